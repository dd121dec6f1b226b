// Abbreviations that end with a period but not a sentence ("Mr. Putin",
// "Sen. Warren", "Jan. 5"). The title ones are also titles (titles.ts).
import { MONTH_ABBREVIATIONS } from './months';

/** Abbreviated titles before a name. */
export const TITLE_ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev'];
/** "St. Louis", "St Anne": part of the name (a town, a church, a saint), never a title cut off it. */
export const NAME_ABBREVIATIONS = ['st', 'ste', 'mt', 'ft'];

/** Every abbreviation the sentence splitter reads through. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...NAME_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  'jr',
  'sr',
  'no',
  'vs',
  'v',
  'mt',
  'ft',
  'approx',
  'est',
  'fig',
  'u.s',
  'e.g',
  'i.e',
]);
