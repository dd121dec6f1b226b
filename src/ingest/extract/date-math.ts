// Calendar arithmetic for the date rules: UTC days, partial dates of the
// contract (ISO years, so 480 BC is `-0479`), and the choice of a year for a
// month or day the text gives without one.
import type { EventDate } from '../../corpus/schema';
import type { Tense } from './tense';

const DAY_MS = 86_400_000;
/** How many days a reading against the clause's tense costs: a near date still wins over a far one of the right tense. */
const AGAINST_TENSE_DAYS = 200;
/** How many days another year than the article's costs when the clause has no tense cue. */
const OTHER_YEAR_DAYS = 60;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY` in the contract's ISO form; null past 9999 or before -9999 (not representable). */
export function isoYear(y: number): string | null {
  if (!Number.isInteger(y) || y > 9999 || y < -9999) return null;
  return y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

export const utcDay = (y: number, m: number, d: number): Date => {
  const date = new Date(Date.UTC(2000, 0, 1, 12));
  date.setUTCFullYear(y, m, d);
  return date;
};
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);
export const daysBetween = (a: Date, b: Date): number => Math.round((b.getTime() - a.getTime()) / DAY_MS);

export function dayOf(d: Date): string {
  return `${isoYear(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}
/** `YYYY-MM` of year `y`, month index `m` (rolls over: month 12 is January of y + 1). */
export function monthOf(y: number, m: number): string {
  const d = utcDay(y, m, 1);
  return `${isoYear(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}`;
}

/** Monday of the week of `d` (ISO weeks start on Monday). */
export const mondayOf = (d: Date): Date => addDays(d, -((d.getUTCDay() + 6) % 7));

/** A period of months, `months` long, starting at month index `m` of year `y`. */
export function monthRange(y: number, m: number, months: number): EventDate {
  return months <= 1 ? { start: monthOf(y, m) } : { start: monthOf(y, m), end: monthOf(y, m + months - 1) };
}

/** Parses a partial date back to its year, month index and day (missing parts are 0 and 1). */
export function partsOf(partial: string): [number, number, number] {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(partial);
  if (!m) return [NaN, 0, 1];
  return [Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1];
}

/** The same partial date `years` later (earlier when negative), at its own precision. */
export function shiftYears(partial: string, years: number): string | null {
  const [y, m, d] = partsOf(partial);
  const year = isoYear(y + years);
  if (year === null) return null;
  const precision = partial.replace(/^-/, '').split('-').length;
  // 29 February a year on is 1 March: utcDay rolls it over.
  return precision === 1 ? year : precision === 2 ? monthOf(y + years, m) : dayOf(utcDay(y + years, m, d));
}

export function shiftDate(date: EventDate, years: number): EventDate | null {
  const start = shiftYears(date.start, years);
  const end = date.end ? shiftYears(date.end, years) : undefined;
  if (start === null || end === null) return null;
  return { ...date, start, ...(end ? { end } : {}) };
}

/**
 * The year that puts a period (`span(y)`: its first and last day in year y) nearest the
 * reference day, a reading against the clause's tense costing AGAINST_TENSE_DAYS
 * (HeidelTime and SUTime resolve underspecified dates the same way); `strict` when a word
 * leaves no choice ("since August" is behind).
 */
export function nearestYearOf(ref: Date, span: (y: number) => [Date, Date], tense: Tense, strict = false): number {
  const y0 = ref.getUTCFullYear();
  let best = y0;
  let bestCost = Infinity;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    const [first, last] = span(y);
    // Distance to the period: 0 when the reference day is inside it.
    const diff = ref < first ? daysBetween(ref, first) : ref > last ? -daysBetween(last, ref) : 0;
    const against = (tense === 'past' && diff > 0) || (tense === 'future' && diff < 0);
    // Without a cue, the article's own year is the likelier (a date in it is what the story is about).
    const otherYear = tense === 'unknown' && y !== y0 ? OTHER_YEAR_DAYS : 0;
    const cost = Math.abs(diff) + otherYear + (against ? (strict ? 1e6 : AGAINST_TENSE_DAYS) : 0);
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  return best;
}

/** The year for month `m` (day `d`, or the whole month when undefined), see nearestYearOf. */
export function nearestYear(ref: Date, m: number, d: number | undefined, tense: Tense, strict = false): number {
  return nearestYearOf(ref, (y) => [utcDay(y, m, d ?? 1), d === undefined ? utcDay(y, m + 1, 0) : utcDay(y, m, d)], tense, strict);
}
