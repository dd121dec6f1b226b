// Dates in one sentence: chrono-node for what it reads well, rules of our own
// for what it misreads (bare years, ranges of years, "N years ago", "first in
// N years") and a past bias, since news speaks of the past unless the verb is future.
import * as chrono from 'chrono-node';
import type { EventDate } from '../../corpus/schema';
import type { Piece } from './text';

export interface DateHit extends Piece {
  date: EventDate;
}

const FUTURE = /\b(will|shall|is due|are due|due to|scheduled|set to|plans? to|planned|upcoming|expected to|going to|deadline|until|by next|'ll)\b[^.;]*$/i;
const DURATION = /^(?:the\s+)?(?:next|past|last|coming|following)\s+(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty)\s/i;
const NOT_NOW = /^(?:now|today|currently|right now|tonight|this (?:morning|afternoon|evening))$/i;
const WORD_NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100 };
const NUM = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)';
const YEARS_AGO = new RegExp(`\\b(?:about |around |some |nearly |almost |over |more than )?${NUM}(?:\\s*(?:to|-|–|or)\\s*${NUM})?\\s+years?\\s+ago\\b`, 'gi');
const FIRST_IN = new RegExp(`\\b(?:first|last|since)\\b[^.;]*?\\bin\\s+(?:about |nearly |almost |over |more than )?${NUM}\\s+years\\b`, 'gi');
const YEAR = /(?<![\d,.$£€:/#-])\b(?:(about|around|circa|c\.|approximately|some)\s+)?(1[5-9]\d\d|20\d\d)(s)?\b(?![\d:%]|[.,]\d|\s*(?:%|percent|people|km|kg|tonnes|tons|units|copies|votes|members|employees|metres|meters|feet|miles|dollars|euros|pounds))(?:\s*(?:to|-|–|and|through|until)\s*(1[5-9]\d\d|20\d\d)\b)?/gi;
/** After a 4-digit number: a clock ("1620 UTC", "1700 hours", "1830 local time"), so no year. */
const CLOCK_AFTER = /^\s*(?:\(?(?:UTC|GMT|Z|CET|CEST|EET|EEST|WET|BST|IST|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|ET|PT|CT|MT)\b|h\b|hrs?\b|hours\b|local\s+time\b|[ap]\.?m\b\.?|o['’]clock\b|Zulu\b)/i;
/** Before a 4-digit number: "at 1700", "at about 1700", "(11:25am, 1625"; or a clock right before it. */
const CLOCK_BEFORE = /(?:\bat\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|precisely\s+|exactly\s+)?|\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*[(,]?\s*|\b(?:UTC|GMT)\s*[+-]?\s*)$/i;
/** Words before a year that say it is one: "in 1620", "since 1873", "March 1868", "dates to 1873". */
const YEAR_BEFORE = /(?:\b(?:in|since|born|founded|established|built|of|from|until|till|by|before|after|during|to|circa|c\.|around|about|early|late|mid|mid-|year|between|through|throughout|as of|spring|summer|autumn|fall|winter|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,2}(?:st|nd|rd|th)?,?)|[-–])\s*$/i;
/** "the 1968 assassination", "its 1971 inception": a determiner makes a far number a year. */
const YEAR_DETERMINER = /\b(?:the|a|an|its|his|her|their|our|this|that)\s*$|['’]s\s*$/i;
/** Far numbers that count: "is 1501 and", "1846 persons were", "1720 had been". */
const COUNT_BEFORE = /\b(?:is|are|was|were|reached|total(?:led|ed|s)?|than|number|some|over|nearly|almost)\s*$/i;
const COUNT_AFTER = /^\s+(?:\p{Ll}+s\b|(?:had|have|has|were|are|was|is|of|more|out|and|or|new|other)\b)/u;
/** Years this far from the article's need such words (or a decade, a range) when they look like a count. */
const FAR_YEARS = 30;
const DATELINE = /^\s*(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\W*$/;

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : WORD_NUM[s.toLowerCase()] ?? NaN);
const pad = (n: number) => String(n).padStart(2, '0');

export function referenceDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** The dates of text[s.start, s.end); `ref` is the article's date at noon UTC. */
export function findDates(text: string, s: Piece, ref: Date): DateHit[] {
  const sentence = text.slice(s.start, s.end);
  if (DATELINE.test(sentence)) return [];
  const hits: DateHit[] = [];
  const taken = (a: number, b: number) => hits.some((h) => a < h.end && b > h.start);
  const add = (a: number, b: number, date: EventDate) => {
    if (!taken(s.start + a, s.start + b)) hits.push({ start: s.start + a, end: s.start + b, date });
  };
  const refYear = ref.getUTCFullYear();
  for (const m of sentence.matchAll(YEARS_AGO)) {
    const a = num(m[1]);
    const b = m[2] ? num(m[2]) : a;
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      add(m.index, m.index + m[0].length, b === a ? { start: String(refYear - a), approximate: true }
        : { start: String(refYear - Math.max(a, b)), end: String(refYear - Math.min(a, b)), approximate: true });
    }
  }
  for (const m of sentence.matchAll(FIRST_IN)) {
    const n = num(m[1]);
    const at = m.index + m[0].lastIndexOf('in ');
    if (!Number.isNaN(n)) add(at, m.index + m[0].length, { start: String(refYear - n), approximate: true });
  }
  for (const r of chrono.parse(sentence, { instant: ref, timezone: 0 })) {
    const date = chronoDate(r, sentence, ref);
    if (date) add(r.index, r.index + r.text.replace(/[\s,]+$/, '').length, date);
  }
  for (const m of sentence.matchAll(YEAR)) {
    if (!isYear(sentence, m, refYear)) continue;
    const approximate = Boolean(m[1] || m[3]);
    // "the 1990s" is a decade, "the 1800s" a century.
    const end = m[4] ?? (m[3] ? String(Number(m[2]) + (m[2].endsWith('00') && m[2] < '2000' ? 99 : 9)) : undefined);
    const date: EventDate = { start: m[2] };
    if (end && end > m[2]) date.end = end;
    if (approximate) date.approximate = true;
    add(m.index, m.index + m[0].length, date);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A 4-digit match of YEAR is a year: not a clock time, and a far year needs words that make it one. */
function isYear(sentence: string, m: RegExpMatchArray, refYear: number): boolean {
  const at = m.index ?? 0;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(at + m[0].length, at + m[0].length + 20);
  // "at 1700" is a clock, "at 2019 levels" a year.
  const clock = CLOCK_AFTER.test(after) || CLOCK_BEFORE.test(before) && !/^\s+\p{Ll}/u.test(after);
  if (!m[3] && !m[4] && clock) return false;
  if (Math.abs(Number(m[2]) - refYear) <= FAR_YEARS || m[1] || m[3] || m[4]) return true;
  // "the Wildlife Protection Act, 1972": a name (no weekday: "as of Wednesday, 1885 aftershocks"), a comma, the year.
  if (YEAR_BEFORE.test(before) || YEAR_DETERMINER.test(before) || /\p{Lu}\p{L}*(?<!day),\s*$/u.test(before)) return true;
  return !COUNT_BEFORE.test(before) && !COUNT_AFTER.test(after);
}

function chronoDate(r: chrono.ParsedResult, sentence: string, ref: Date): EventDate | undefined {
  const k = r.start;
  const has = (c: chrono.Component) => k.isCertain(c);
  if (!has('year') && !has('month') && !has('day') && !has('weekday')) return undefined; // a clock time
  if (DURATION.test(r.text) || NOT_NOW.test(r.text.trim())) return undefined;
  if (/^\d{1,2}(?:\s*(?:to|-)\s*\d{1,2})?$/.test(r.text.trim())) return undefined;
  const future = FUTURE.test(sentence.slice(Math.max(0, r.index - 60), r.index));
  let d = k.date();
  if (!has('year')) d = shift(d, ref, has('weekday') && !has('month') ? 'week' : 'year', future);
  const y = d.getUTCFullYear();
  const precise = has('day') || has('weekday');
  const start = precise ? `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` : has('month') ? `${y}-${pad(d.getUTCMonth() + 1)}` : `${y}`;
  const date: EventDate = { start };
  if (r.end && (r.end.isCertain('day') || r.end.isCertain('month'))) {
    const e = r.end.date();
    const end = r.end.isCertain('day') ? `${e.getUTCFullYear()}-${pad(e.getUTCMonth() + 1)}-${pad(e.getUTCDate())}` : `${e.getUTCFullYear()}-${pad(e.getUTCMonth() + 1)}`;
    if (end > start) date.end = end;
  }
  return date;
}

/** Past unless the verb is future: a weekday or month ahead of the article moves back. */
function shift(d: Date, ref: Date, unit: 'week' | 'year', future: boolean): Date {
  const out = new Date(d);
  const sameDay = d.toISOString().slice(0, 10) === ref.toISOString().slice(0, 10);
  if (!future && d > ref && !sameDay) {
    if (unit === 'week') out.setUTCDate(out.getUTCDate() - 7);
    else out.setUTCFullYear(out.getUTCFullYear() - 1);
  } else if (future && d < ref && !sameDay) {
    if (unit === 'week') out.setUTCDate(out.getUTCDate() + 7);
    else out.setUTCFullYear(out.getUTCFullYear() + 1);
  }
  return out;
}
