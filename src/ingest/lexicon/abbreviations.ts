// Abbreviations that end with a period but not a sentence ("Mr. Putin",
// "Sen. Warren", "Jan. 5"). The title ones are also titles (titles.ts).
import { MONTH_ABBREVIATIONS } from './months';

/** Abbreviated titles before a name. */
export const TITLE_ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'rev'];
/** "St. Louis", "St Anne": part of the name (a town, a church, a saint), never a title cut off it; each spelled out. */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/** Every abbreviation the sentence splitter reads through. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...Object.keys(NAME_ABBREVIATIONS),
  ...MONTH_ABBREVIATIONS,
  'jr',
  'sr',
  'no',
  'vs',
  'v',
  'approx',
  'est',
  'fig',
  'u.s',
  'e.g',
  'i.e',
]);
