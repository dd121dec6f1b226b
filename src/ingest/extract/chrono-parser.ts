// chrono-node as dates.ts runs it: its casual English without the parsers
// whose every result dates.ts drops. A count of units without "ago" ("within
// 2 days", "3 days later", "the next 2 weeks", "next week") is a date chrono
// computes from the reference and tags `result/relativeDate`, which dates.ts
// keeps only with "ago" (date-periods.ts reads such phrases itself); those
// parsers were about a third of chrono's time on every dated sentence.
// chrono exports its parsers only inside its configurations, and a minified
// build (the page's extraction worker) renames their classes, so each is known
// by what it reads: alone, on the probes below, it finds only such dates.
// The same dates on every article of the dev corpora and the demo; where
// chrono merged a date with a duration after it ("at the end of the month,
// two days after"), the merged relative date was dropped, and the date is now
// kept.
import * as chrono from 'chrono-node';

const RELATIVE = 'result/relativeDate';
/** Phrases of every kind the casual parsers read, the ones dates.ts keeps and the ones it drops. */
const PROBES = [
  ...['within 2 days', 'in 3 weeks', '3 days later', '2 days after', 'the next 2 weeks', 'the past 3 years', '+2 days', 'next week'],
  ...['last month', 'this year', '2 weeks ago', 'on Monday', 'last Monday', 'March 5, 2020', '5 March', 'March', '5/3/2020', '2020-03-05'],
  ...['yesterday', 'tonight', 'this morning', 'at 3 pm', '15:30', 'the end of the month', 'March 2020'],
];

/** A parser whose every reading of the probes is a relative date without "ago" (and which reads one at least). */
function onlyDurations(parser: chrono.Parser): boolean {
  const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
  const ref = new Date(Date.UTC(2020, 5, 15, 12));
  const found = PROBES.flatMap((p) => alone.parse(p, { instant: ref, timezone: 0 }));
  return found.length > 0 && found.every((r) => r.tags().has(RELATIVE) && !/\bago\b/i.test(r.text));
}

/** chrono's casual English parser without the duration-only parsers. */
export const datesChrono: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !onlyDurations(p));
  return c;
})();
