// Which sentences chrono-node need not read (it is most of the cost of dates).
// dates.ts keeps a chrono date only when chrono is certain of its year, month,
// day or weekday, and chrono is certain of one only from a digit, a month or
// weekday name or abbreviation, "weekend" / "weekday", a casual day word
// ("today", "yesterday", "tonight", "last night"), "this month" / "this
// year" / "end of the month", or "N units ago" (its other relative dates are
// durations, dropped). A sentence with none of these can give chrono nothing
// we keep.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/months';

/** chrono's casual words that fix a day, month or year (a relative date is kept only with "ago"). */
const CASUAL = ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night', 'week', 'month', 'year', 'ago'];
/** Three letters start every month and weekday name and each of chrono's abbreviations of them ("sept", "tues", "thurs"). */
const STEMS = [...new Set([...MONTHS, ...WEEKDAYS, ...MONTH_ABBREVIATIONS].map((w) => w.slice(0, 3)))];
/** Anywhere, not only at a word's start: chrono reads "onMonday" and "thisyear" too. */
const MAY_BE_DATED = new RegExp(`\\d|${[...STEMS, ...CASUAL].join('|')}`, 'i');

/** False only when chrono-node can find no date in `sentence` that dates.ts would keep. */
export const mayHaveChronoDate = (sentence: string): boolean => MAY_BE_DATED.test(sentence);
