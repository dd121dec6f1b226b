// Dates in one sentence: periods, relative and anaphoric dates first
// (date-periods.ts), then chrono-node for what it reads well, and rules of our
// own for what it misreads (bare years, ranges of years, "N years ago", "first
// in N years"). A month, day or weekday without a year takes the year (week)
// that puts it nearest the article's date, the tense of its clause deciding
// close calls. Durations ("for 33 years", "83 years later") are no dates.
import * as chrono from 'chrono-node';
import type { EventDate } from '../../corpus/schema';
import { datesChrono } from './chrono-parser';
import { addDays, dayOf, isoYear, monthOf, nearestYear, utcDay } from './date-math';
import { findAnaphora } from './date-anaphora';
import { findHolidays } from './date-holidays';
import { findYearsInWords } from './date-words';
import { YEAR_RULES } from './date-years';
import { findPeriods, isBusinessPeriod, type DateContext } from './date-periods';
import { mayHaveChronoDate } from './date-prefilter';
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../lexicon/numbers';
import { tenseAt } from './tense';
import type { Piece } from './text';

export type { DateContext } from './date-periods';

export interface DateHit extends Piece {
  date: EventDate;
  /** The whole phrase when it gives two dates ("between 1994 and 1997"): what a title leaves out. */
  phrase?: Piece;
}

const DURATION_COUNTS = String.raw`\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty`;
export const DURATION = new RegExp(String.raw`^(?:the\s+)?(?:next|past|last|coming|following)\s+(?:${DURATION_COUNTS})\s`, 'i');
const NOT_NOW = /^(?:now|today|currently|right now|tonight|this (?:morning|afternoon|evening))$/i;
const NUM = `(\\d{1,3}(?:,\\d{3})*|\\d+|${NUMBER_WORD_PATTERN})`;
const YEARS_AGO = new RegExp(
  `\\b(?:about |around |some |nearly |almost |over |more than )?${NUM}(?:\\s*(?:to|-|–|or)\\s*${NUM})?\\s+(years?|decades?)\\s+ago\\b`,
  'gi',
);
const FIRST_IN = new RegExp(
  `\\b(?:first|last|since)\\b[^.;]*?\\bin\\s+(?:about |nearly |almost |over |more than )?${NUM}\\s+years\\b`,
  'gi',
);
/** Words after a 4-digit number that make it a count or a measure, not a year. */
const NOT_YEAR_AFTER = [
  ...['%', 'percent', 'people', 'km', 'kg', 'tonnes', 'tons', 'units', 'copies', 'votes', 'members', 'employees'],
  ...['metres', 'meters', 'feet', 'miles', 'dollars', 'euros', 'pounds'],
];
export const YEAR = new RegExp(
  String.raw`(?<![\d,.$£€:/#-])\b(?:(about|around|circa|c\.|approximately|some)\s+)?(1[5-9]\d\d|20\d\d)(s)?\b` +
    String.raw`(?![\d:%]|[.,]\d|\s*(?:${NOT_YEAR_AFTER.join('|')}))(?:\s*(?:to|-|–|and|through|until)\s*(1[5-9]\d\d|20\d\d)\b)?`,
  'gi',
);
/** After a 4-digit number: a clock ("1620 UTC", "2024 Friday, UTC", "1700 hours", "1830 local time"), so no year. */
const TIME_ZONES = [
  ...['UTC', 'GMT', 'Z', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'BST', 'IST', 'JST', 'KST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT'],
  ...['MSK', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'HST', 'ET', 'PT', 'CT', 'MT'],
];
export const CLOCK_AFTER = new RegExp(
  String.raw`^\s*(?:(?:[A-Z][a-z]+day)?(?:\s+(?:morning|afternoon|evening|night))?,?\s*\(?(?:${TIME_ZONES.join('|')})\b` +
    String.raw`|h\b|hrs?\b|hours\b|local\s+time\b|[ap]\.?m\b\.?|o['’]clock\b|Zulu\b)`,
  'i',
);
/** Before a 4-digit number: "at 1700", "at about 1700", "(11:25am, 1625"; or a clock right before it. */
export const CLOCK_BEFORE = new RegExp(
  String.raw`(?:\bat\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|precisely\s+|exactly\s+)?` +
    String.raw`|\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[(,]?\s*|\b(?:UTC|GMT)\s*[+-]?\s*)$`,
  'i',
);
/** Words before a year that say it is one: "in 1620", "since 1873", "March 1868", "dates to 1873". */
const YEAR_WORDS = [
  ...['in', 'since', 'born', 'founded', 'established', 'built', 'of', 'from', 'until', 'till', 'by', 'before', 'after', 'during'],
  ...['to', 'circa', String.raw`c\.`, 'around', 'about', 'early', 'late', 'mid', 'mid-', 'year', 'between', 'through', 'throughout'],
  ...['as of', 'spring', 'summer', 'autumn', 'fall', 'winter'],
  String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?,?`,
];
export const YEAR_BEFORE = new RegExp(String.raw`(?:\b(?:${YEAR_WORDS.join('|')})|[-–])\s*$`, 'i');
/** "the 1968 assassination", "its 1971 inception": a determiner makes a far number a year. */
const YEAR_DETERMINER = /\b(?:the|a|an|its|his|her|their|our|this|that)\s*$|['’]s\s*$/i;
/** Far numbers that count: "is 1501 and", "1846 persons were", "1720 had been". */
const COUNT_BEFORE = /\b(?:is|are|was|were|reached|total(?:led|ed|s)?|than|number|some|over|nearly|almost)\s*$/i;
const COUNT_AFTER = /^\s+(?:\p{Ll}+s\b|(?:had|have|has|were|are|was|is|of|more|out|and|or|new|other)\b)/u;
/** Years this far from the article's need such words (or a decade, a range) when they look like a count. */
const FAR_YEARS = 30;
/** 'a program dubbed "Zrinyi 2026"', '"Vision 2030"': a year that ends a quoted name is part of the name. */
const QUOTED_NAME_BEFORE = /["“](?:\p{Lu}[\p{L}'’-]*\s+)+$/u;
const DATELINE = /^\s*(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\W*$/;

/** "WASHINGTON, August 11 (Xinhua) --": a wire dateline repeats the publication date. */
const WIRE_BEFORE = /^\s*[\p{Lu}][\p{Lu}\s.,'-]*,\s*$/u;
const WIRE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?(?:--|_|—|–|-)/;
/** "since August", "ever since March", a page stamp "Article last amended: Mar 17": behind the article whatever the verb. */
const SINCE = /\bsince\s+(?:(?:early|late|mid)[-\s]+)?$|\b(?:amended|updated|modified|edited|revised)\s*:\s*$/i;
/** Before a range that is two dates of their own, not one span. */
const TWO_DATES_BEFORE = /\bbetween\s+$/i;
/** Relative dates chrono computes from a count of units: durations unless "ago". */
const COUNTED = 'result/relativeDate';

const num = (s: string) => (/^[\d,]+$/.test(s) ? Number(s.replace(/,/g, '')) : (NUMBER_WORDS[s.toLowerCase()] ?? NaN));

export function referenceDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** "N years ago" (a range for "10 to 20 years ago"); nothing past 9999 or before -9999. */
function yearsBack(refYear: number, a: number, b: number): EventDate | null {
  const from = isoYear(refYear - Math.max(a, b));
  const to = isoYear(refYear - Math.min(a, b));
  if (from === null || to === null) return null;
  return a === b ? { start: from, approximate: true } : { start: from, end: to, approximate: true };
}

/** A context for one article: its date at noon UTC and, as sentences are read, the last date it placed. */
export function dateContext(ymd: string): DateContext {
  return { ref: referenceDate(ymd) };
}

/**
 * The dates of text[s.start, s.end). `ctx` is the article's context (a bare reference date
 * reads the sentence alone); its anchor moves to the last date the sentence placed.
 */
export function findDates(text: string, s: Piece, at: Date | DateContext): DateHit[] {
  const ctx: DateContext = at instanceof Date ? { ref: at } : at;
  const ref = ctx.ref;
  const sentence = text.slice(s.start, s.end);
  if (DATELINE.test(sentence)) return [];
  const hits: DateHit[] = [];
  // Anaphora ("that day", "a year earlier") keep their span now and are read last, against the dates before them.
  const anaphora = findAnaphora(sentence, ctx);
  const unrepresentable: DateHit[] = [];
  const taken = (a: number, b: number) =>
    [...hits, ...unrepresentable].some((h) => a < h.end && b > h.start) ||
    anaphora.some((h) => a - s.start < h.end && b - s.start > h.start);
  const add = (a: number, b: number, date: EventDate | null | undefined, phrase?: Piece) => {
    if (date && !taken(s.start + a, s.start + b) && !isWireDateline(sentence, a, b, date, ref))
      hits.push({ start: s.start + a, end: s.start + b, date, ...(phrase ? { phrase } : {}) });
  };
  const refYear = ref.getUTCFullYear();
  for (const p of [...findPeriods(sentence, ctx), ...findPeriods(sentence, ctx, YEAR_RULES)]) add(p.start, p.end, p.date);
  for (const h of [...findHolidays(sentence, ref), ...findYearsInWords(sentence)]) add(h.start, h.end, h.date);
  // The word each pattern needs, looked for first: the patterns themselves try every position of every sentence.
  for (const m of /ago\b/i.test(sentence) ? sentence.matchAll(YEARS_AGO) : []) {
    const unit = /^decade/i.test(m[3]) ? 10 : 1;
    const date = yearsBack(refYear, num(m[1]) * unit, (m[2] ? num(m[2]) : num(m[1])) * unit);
    // "20,000 years ago" is before -9999: no event, and no other reading of its words either.
    if (date) add(m.index, m.index + m[0].length, date);
    else unrepresentable.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, date: { start: '0000' } });
  }
  for (const m of /years\b/i.test(sentence) ? sentence.matchAll(FIRST_IN) : []) {
    const n = num(m[1]);
    const at = m.index + m[0].lastIndexOf('in ');
    add(at, m.index + m[0].length, yearsBack(refYear, n, n));
  }
  const chronoFound = mayHaveChronoDate(sentence) ? chronoResults(sentence, ref) : [];
  for (const f of chronoFound) add(f.index, f.index + f.text.replace(/[\s,]+$/, '').length, chronoDate(f, sentence, ref));
  for (const m of sentence.matchAll(YEAR)) {
    if (!isYear(sentence, m, refYear)) continue;
    const approximate = Boolean(m[1] || m[3]);
    // "the 1990s" is a decade, "the 1800s" a century.
    const end = m[4] ?? (m[3] ? String(Number(m[2]) + (m[2].endsWith('00') && m[2] < '2000' ? 99 : 9)) : undefined);
    // "between 1994 and 1997", "in both 1990 and 1991": two years, as TimeML has them ("from 2012 to 2015" is a span).
    if (m[4] && !m[3] && (/\band\b/i.test(m[0]) || TWO_DATES_BEFORE.test(sentence.slice(0, m.index)))) {
      const second = m.index + m[0].lastIndexOf(m[4]);
      const phrase = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      add(m.index, m.index + m[0].indexOf(m[2]) + 4, { start: m[2], ...(approximate ? { approximate } : {}) }, phrase);
      add(second, second + 4, { start: m[4] }, phrase);
      continue;
    }
    const date: EventDate = { start: m[2] };
    if (end && end > m[2]) date.end = end;
    if (approximate) date.approximate = true;
    add(m.index, m.index + m[0].length, date);
  }
  hits.sort((a, b) => a.start - b.start);
  // Only a period the text names is a period to compare with ("a year earlier" twice is not two years back).
  ctx.period =
    hits
      .map((h) => h.date)
      .filter(isBusinessPeriod)
      .pop() ?? ctx.period;
  for (const an of anaphora) {
    const before = hits.filter((h) => h.end <= s.start + an.start);
    const date = an.resolve(before.pop()?.date ?? ctx.anchor, ctx.period);
    if (date) hits.push({ start: s.start + an.start, end: s.start + an.end, date });
  }
  hits.sort((a, b) => a.start - b.start);
  if (hits.length) ctx.anchor = hits[hits.length - 1].date;
  // In place: copying the list per sentence made a long article's dates quadratic.
  if (hits.length) (ctx.placed ??= []).push(...hits.map((h) => ({ date: h.date, sentence })));
  return hits;
}

/** The publication date after an all-capitals place and before "(Agency) --" is a dateline, no event. */
function isWireDateline(sentence: string, a: number, b: number, date: EventDate, ref: Date): boolean {
  return date.start === dayOf(ref) && WIRE_BEFORE.test(sentence.slice(0, a)) && WIRE_AFTER.test(sentence.slice(b));
}

/**
 * chrono's results, a range whose ends are of different kinds ("last Thursday, to Nov. 6",
 * "Friday to December") read as its two dates.
 */
interface Found {
  index: number;
  text: string;
  r: chrono.ParsedResult;
}
function chronoResults(sentence: string, ref: Date, offset = 0): Found[] {
  const out: Found[] = [];
  for (const r of datesChrono.parse(sentence, { instant: ref, timezone: 0 })) {
    const mixed = r.end && r.start.isCertain('month') !== r.end.isCertain('month');
    // "between Aug. 26 and Oct. 20": two dates (TimeML's reading); "from ... to ..." stays a span (a tenure, a term).
    const between = r.end && r.start.isCertain('month') && TWO_DATES_BEFORE.test(sentence.slice(0, r.index));
    const cut = mixed || between ? /\s*,?\s*(?:to|-|–|through|until|till|and)\s+/i.exec(r.text) : null;
    if (!cut) {
      out.push({ index: r.index + offset, text: r.text, r });
      continue;
    }
    out.push(...chronoResults(r.text.slice(0, cut.index), ref, offset + r.index));
    out.push(...chronoResults(r.text.slice(cut.index + cut[0].length), ref, offset + r.index + cut.index + cut[0].length));
  }
  return out;
}

/** A 4-digit match of YEAR is a year: not a clock time, and a far year needs words that make it one. */
function isYear(sentence: string, m: RegExpMatchArray, refYear: number): boolean {
  const at = m.index ?? 0;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(at + m[0].length, at + m[0].length + 32);
  // "at 1700" is a clock, "at 2019 levels" a year.
  const clock = CLOCK_AFTER.test(after) || (CLOCK_BEFORE.test(before) && !/^\s+\p{Ll}/u.test(after));
  if (!m[3] && !m[4] && clock) return false;
  if (QUOTED_NAME_BEFORE.test(before) && /^["”]/.test(after) && !YEAR_BEFORE.test(before)) return false;
  if (Math.abs(Number(m[2]) - refYear) <= FAR_YEARS || m[1] || m[3] || m[4]) return true;
  // "the Wildlife Protection Act, 1972": a name (no weekday: "as of Wednesday, 1885 aftershocks"), a comma, the year.
  if (YEAR_BEFORE.test(before) || YEAR_DETERMINER.test(before) || /\p{Lu}\p{L}*(?<!day),\s*$/u.test(before)) return true;
  return !COUNT_BEFORE.test(before) && !COUNT_AFTER.test(after);
}

function chronoDate({ r, index, text: raw }: Found, sentence: string, ref: Date): EventDate | undefined {
  const k = r.start;
  const has = (c: chrono.Component) => k.isCertain(c);
  const text = raw.trim();
  if (!has('year') && !has('month') && !has('day') && !has('weekday')) return undefined; // a clock time
  if (DURATION.test(text) || NOT_NOW.test(text)) return undefined;
  if (/^\d{1,2}(?:\s*(?:to|-)\s*\d{1,2})?$/.test(text)) return undefined;
  // "6 3/8%", "101 1/4": fractions; "Sun Microsystems": a name.
  if (/^\d{1,2}\/\d{1,2}$/.test(text) && (/\d\s+$/.test(sentence.slice(0, index)) || /^%/.test(sentence.slice(index + raw.length))))
    return undefined;
  if (/^(?:Sun|Sat|Mon|Tue|Wed|Thu|Fri)$/.test(text)) return undefined;
  // "(2024 Friday, UTC)": the day of a clock time restated in UTC, not a date of its own.
  if (/\(\d{4}\s+$/.test(sentence.slice(0, index))) return undefined;
  // "for 37 years", "within 14 days", "83 years later" are durations; "two weeks ago" is a date.
  if (r.tags().has(COUNTED) && !/\bago\b/i.test(text)) return undefined;
  // "this march", "may": a verb or a noun when not capitalized; "each July" is a set, not a date.
  if (/\b(?:may|march)\b/.test(text) || /\b(?:each|every)\s+$/i.test(sentence.slice(0, index))) return undefined;
  const tense = () => tenseAt(sentence, index, index + raw.length);
  let start: string;
  if (has('year')) {
    const d = k.date();
    start =
      has('day') || has('weekday')
        ? dayOf(d)
        : has('month')
          ? monthOf(d.getUTCFullYear(), d.getUTCMonth())
          : String(isoYear(d.getUTCFullYear()));
  } else if (has('month')) {
    const m = k.get('month')! - 1;
    const day = has('day') ? k.get('day')! : undefined;
    const lead = sentence.slice(Math.max(0, index - 30), index);
    const y =
      has('weekday') && day !== undefined
        ? yearOfWeekday(ref, m, day, k.get('weekday')!)
        : SINCE.test(lead)
          ? nearestYear(ref, m, day, 'past', true)
          : nearestYear(ref, m, day, tense());
    start = day === undefined ? monthOf(y, m) : dayOf(utcDay(y, m, day));
  } else if (has('weekday') && !has('day') && !/\b(?:last|next|this|past|coming)\b/i.test(text)) {
    start = dayOf(nearestWeekday(ref, k.get('weekday')!, tenseAt(sentence, index, index + raw.length, false)));
  } else {
    start = dayOf(k.date());
  }
  const date: EventDate = { start };
  if (r.end && (r.end.isCertain('day') || r.end.isCertain('month'))) {
    const e = r.end;
    const y = e.isCertain('year')
      ? e.get('year')!
      : Number(start.slice(0, 4)) + (e.get('month')! - 1 < Number(start.slice(5, 7)) - 1 ? 1 : 0);
    const end = e.isCertain('day') ? dayOf(utcDay(y, e.get('month')! - 1, e.get('day')!)) : monthOf(y, e.get('month')! - 1);
    if (end > start) date.end = end;
  }
  return date;
}

/** "Monday, Oct. 26": the year near the article's in which that day is that weekday. */
function yearOfWeekday(ref: Date, m: number, day: number, weekday: number): number {
  const y0 = ref.getUTCFullYear();
  const fits = [y0, y0 - 1, y0 + 1].filter((y) => utcDay(y, m, day).getUTCDay() === weekday);
  return fits.length ? fits[0] : nearestYear(ref, m, day, 'unknown');
}

/** A weekday alone: the article's own day, else the last one before it, or the next one when the clause speaks of the future. */
function nearestWeekday(ref: Date, weekday: number, tense: string): Date {
  const ahead = (weekday - ref.getUTCDay() + 7) % 7;
  if (ahead === 0) return ref;
  return tense === 'future' || tense === 'present' ? addDays(ref, ahead) : addDays(ref, ahead - 7);
}
