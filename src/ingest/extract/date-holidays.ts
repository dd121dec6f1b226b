// Holidays by name ("Thanksgiving Day", "Election Day", "on Christmas", "New
// Year's Day") as days: @date/holidays-us computes the movable ones
// (Thanksgiving, Easter, Labor Day). A name without a year takes the year
// that puts it nearest the article's date, as a month and day does.
import holidaysUs from '@date/holidays-us';
import type { EventDate } from '../../corpus/schema';
import { addDays, dayOf, nearestYearOf, utcDay } from './date-math';
import { tenseAt } from './tense';

type DayOf = (year: number) => Date;

/** US Election Day: the Tuesday after the first Monday of November (not in the package). */
function electionDay(year: number): Date {
  const first = utcDay(year, 10, 1);
  const firstMonday = addDays(first, (8 - first.getUTCDay()) % 7);
  return addDays(firstMonday, 1);
}
/** The package's dates are local midnight: the same calendar day at noon UTC, as date-math has them. */
const fromPackage =
  (f: (y: number) => Date): DayOf =>
  (y) => {
    const d = f(y);
    return utcDay(d.getFullYear(), d.getMonth(), d.getDate());
  };
const fixed =
  (m: number, d: number): DayOf =>
  (y) =>
    utcDay(y, m, d);

/**
 * Names and their days. `bare` names are dates only after a preposition ("at Christmas", "by
 * Thanksgiving"): alone they are as often a season or a thing ("Christmas shopping", "Easter eggs").
 */
const HOLIDAYS: { name: string; day: DayOf; bare?: boolean }[] = [
  { name: String.raw`New\s+Year['’]?s\s+Eve`, day: fixed(11, 31) },
  { name: String.raw`New\s+Year['’]?s(?:\s+Day)?`, day: fromPackage(holidaysUs.newYearsDay) },
  { name: String.raw`Christmas\s+Eve`, day: fixed(11, 24) },
  { name: String.raw`Christmas\s+Day`, day: fromPackage(holidaysUs.christmas) },
  { name: 'Christmas', day: fromPackage(holidaysUs.christmas), bare: true },
  { name: String.raw`Thanksgiving\s+Day`, day: fromPackage(holidaysUs.thanksgiving) },
  { name: 'Thanksgiving', day: fromPackage(holidaysUs.thanksgiving), bare: true },
  { name: String.raw`Election\s+Day`, day: electionDay },
  { name: String.raw`Easter\s+Sunday`, day: fromPackage(holidaysUs.easter) },
  { name: 'Easter', day: fromPackage(holidaysUs.easter), bare: true },
  { name: String.raw`Labou?r\s+Day`, day: fromPackage(holidaysUs.laborDay) },
  { name: String.raw`Memorial\s+Day`, day: fromPackage(holidaysUs.memorialDay) },
  { name: String.raw`Veterans['’]?\s+Day`, day: fromPackage(holidaysUs.veteransDay) },
  { name: String.raw`(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day`, day: fromPackage(holidaysUs.martinLutherKingDay) },
  { name: String.raw`Presidents['’]?\s+Day`, day: fromPackage(holidaysUs.presidentsDay) },
  { name: String.raw`Columbus\s+Day`, day: fromPackage(holidaysUs.columbusDay) },
  { name: String.raw`Fourth\s+of\s+July`, day: fromPackage(holidaysUs.independenceDay) },
  { name: 'Halloween', day: fromPackage(holidaysUs.halloween), bare: true },
  { name: String.raw`(?:St\.?\s+)?Valentine['’]?s\s+Day`, day: fromPackage(holidaysUs.valentinesDay) },
  { name: String.raw`Mother['’]?s\s+Day`, day: fromPackage(holidaysUs.mothersDay) },
  { name: String.raw`Father['’]?s\s+Day`, day: fromPackage(holidaysUs.fathersDay) },
];
const BEFORE_BARE = String.raw`(?<=\b(?:on|at|by|over|until|till|before|after|since|around|through|during|last|next|this)\s+)`;
/** Case-sensitive: "election day" in lower case is any country's. One alternation, the longer names first. */
const HOLIDAY = new RegExp(
  `(?:${HOLIDAYS.map((h, i) => `${h.bare ? BEFORE_BARE : ''}(?<h${i}>\\b${h.name}\\b)`).join('|')})` +
    String.raw`(?:,?\s+(?:of\s+)?(\d{4})\b)?`,
  'g',
);
const HINT =
  /Year|Christmas|Thanksgiving|Election|Easter|Labou?r|Memorial|Veteran|King|MLK|President|Columbus|July|Halloween|Valentine|Mother|Father/;

export interface HolidayHit {
  start: number;
  end: number;
  date: EventDate;
}

/** The holidays named in one sentence, with offsets into it. */
export function findHolidays(sentence: string, ref: Date): HolidayHit[] {
  if (!HINT.test(sentence)) return [];
  const hits: HolidayHit[] = [];
  for (const m of sentence.matchAll(HOLIDAY)) {
    const i = HOLIDAYS.findIndex((_, k) => m.groups?.[`h${k}`] !== undefined);
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const day = HOLIDAYS[i].day;
    const given = m[m.length - 1];
    // "last Thanksgiving" is behind, "next Easter" ahead, whatever the verb.
    const which = /\b(last|next|this)\s+$/i.exec(sentence.slice(0, at))?.[1].toLowerCase();
    const tense = which === 'last' ? 'past' : which === 'next' ? 'future' : tenseAt(sentence, at, end);
    const year = given ? Number(given) : nearestYearOf(ref, (y) => [day(y), day(y)], tense, which === 'last' || which === 'next');
    hits.push({ start: at, end, date: { start: dayOf(day(year)) } });
  }
  return hits;
}
