// Partial dates of the contract (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as time
// ranges and human labels. Local time, like the timeline's axis.
import type { EventDate } from './schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type Precision = 'year' | 'month' | 'day';

/** Years before 1 CE carry a leading minus (`-0479`): the parts after it give the precision. */
const unsigned = (partial: string) => (partial.startsWith('-') ? partial.slice(1) : partial);

export function precisionOf(partial: string): Precision {
  const n = unsigned(partial).split('-').length;
  return n === 1 ? 'year' : n === 2 ? 'month' : 'day';
}

function parts(partial: string): [number, number, number] {
  const [y, m = '1', d = '1'] = unsigned(partial).split('-');
  return [partial.startsWith('-') ? -Number(y) : Number(y), Number(m) - 1, Number(d)];
}

/** Orders partial dates by their first instant, the coarser first on a tie (string order fails before 1 CE). */
export function comparePartial(a: string, b: string): number {
  const d = periodStart(a).getTime() - periodStart(b).getTime();
  return d !== 0 ? d : unsigned(a).length - unsigned(b).length;
}

/** A local date; setFullYear keeps years below 100 and rolls months over. */
function localDate(y: number, m: number, d: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m, d);
  return date;
}

/** First instant of the period a partial date names. */
export function periodStart(partial: string): Date {
  return localDate(...parts(partial));
}

/** First instant after the period a partial date names. */
export function periodEnd(partial: string): Date {
  const [y, m, d] = parts(partial);
  const p = precisionOf(partial);
  return p === 'year' ? localDate(y + 1, 0, 1) : p === 'month' ? localDate(y, m + 1, 1) : localDate(y, m, d + 1);
}

/** The whole span an event date covers, from its start period to its end period. */
export function dateSpan(date: EventDate): { start: Date; end: Date } {
  return { start: periodStart(date.start), end: periodEnd(date.end ?? date.start) };
}

/** True when the event is one day or less, so it is drawn as a point. */
export function isPointDate(date: EventDate): boolean {
  return !date.end && precisionOf(date.start) === 'day';
}

/** A year as a reader writes it: year 0 is 1 BC, -0986 is 987 BC. */
const yearLabel = (y: number) => (y <= 0 ? `${1 - y} BC` : String(y));

export function formatPartial(partial: string): string {
  const [y, m, d] = parts(partial);
  switch (precisionOf(partial)) {
    case 'year':
      return yearLabel(y);
    case 'month':
      return `${MONTHS[m]} ${yearLabel(y)}`;
    default:
      return `${d} ${MONTHS[m]} ${yearLabel(y)}`;
  }
}

/** "19 June 2024", "March 2024", "c. 2000", "2004–2014". */
export function formatEventDate(date: EventDate): string {
  const approx = date.approximate ? 'c. ' : '';
  if (!date.end || date.end === date.start) return approx + formatPartial(date.start);
  return `${approx}${formatPartial(date.start)}–${formatPartial(date.end)}`;
}

/** `YYYY-MM-DD` of a local date. */
export function toIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const y = date.getFullYear();
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const MONTH_INDEX = new Map(
  MONTHS.flatMap((m, i) => [
    [m.toLowerCase(), i],
    [m.slice(0, 3).toLowerCase(), i],
  ]),
);

/** A valid partial date, or null: checks that the month and day exist. */
export function checkPartial(partial: string): string | null {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(partial);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (mo < 1 || mo > 12) return null;
  const date = periodStart(partial);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? partial : null;
}

/**
 * What a reader types to jump to a date: `2024`, `2024-03`, `2024-06-19`,
 * `March 2024`, `Mar 2024`, `19 June 2024`, `June 19, 2024`. Null if none.
 */
export function parseDateInput(input: string): string | null {
  const s = input.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return checkPartial(s);
  const pad = (n: number) => String(n).padStart(2, '0');
  let m = /^([a-z]+)\.? (\d{4})$/.exec(s);
  if (m && MONTH_INDEX.has(m[1])) return `${m[2]}-${pad(MONTH_INDEX.get(m[1])! + 1)}`;
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(s) ?? null;
  if (m && MONTH_INDEX.has(m[2])) return checkPartial(`${m[3]}-${pad(MONTH_INDEX.get(m[2])! + 1)}-${pad(Number(m[1]))}`);
  m = /^([a-z]+)\.? (\d{1,2}) (\d{4})$/.exec(s);
  if (m && MONTH_INDEX.has(m[1])) return checkPartial(`${m[3]}-${pad(MONTH_INDEX.get(m[1])! + 1)}-${pad(Number(m[2]))}`);
  return null;
}
