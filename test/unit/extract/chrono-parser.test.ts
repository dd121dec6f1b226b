// dates.ts runs chrono without the parsers that only read durations: every
// date it keeps from chrono's full casual parser it still gets, and it no
// longer runs the ones whose every reading it would drop.
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { datesChrono } from '../../../src/ingest/extract/chrono-parser';

const REF = { instant: new Date(Date.UTC(2020, 5, 15, 12)), timezone: 0 };
/** What dates.ts keeps of a chrono result: no relative date unless "ago". */
const kept = (rs: chrono.ParsedResult[]) =>
  rs.filter((r) => !r.tags().has('result/relativeDate') || /\bago\b/i.test(r.text)).map((r) => `${r.index}:${r.text}`);

const SENTENCES = [
  'The court will rule within 14 days, the lawyer said on Monday.',
  'Three days later, on March 5, 2020, the vote was held.',
  'Two weeks ago the company said sales rose in the next 2 weeks after the launch on 5/3/2020.',
  'He was born in 1924 and died yesterday at 3 pm, 83 years later.',
  'The talks, set for next week, follow a meeting last Thursday, to Nov. 6.',
  'The plant closed at the end of the month, two days after the strike began on Friday night.',
];

describe('chrono for dates', () => {
  it('drops only parsers whose every reading is a relative date without "ago"', () => {
    expect(datesChrono.parsers.length).toBeLessThan(chrono.casual.parsers.length);
    expect(datesChrono.parsers.length).toBeGreaterThan(chrono.casual.parsers.length - 5);
    // "within 14 days", "3 days later": nothing to read any more.
    expect(datesChrono.parse('within 14 days', REF)).toEqual([]);
    expect(datesChrono.parse('83 years later', REF)).toEqual([]);
    expect(kept(datesChrono.parse('two weeks ago', REF))).toEqual(['0:two weeks ago']);
  });

  it.each(SENTENCES)('keeps every date dates.ts keeps: %s', (s) => {
    expect(kept(datesChrono.parse(s, REF))).toEqual(expect.arrayContaining(kept(chrono.casual.parse(s, REF))));
  });

  it('no longer loses a date to a duration chrono merged it with', () => {
    // The full parser joined "the end of the month" and "two days after" into one relative date, which dates.ts drops.
    const s = 'The plant closed at the end of the month, two days after the strike began on Friday night.';
    expect(kept(chrono.casual.parse(s, REF))).toEqual(['74:on Friday night']);
    expect(kept(datesChrono.parse(s, REF))).toEqual(['24:end of the month', '74:on Friday night']);
  });
});
