// The long regex literals were rewritten from word lists and String.raw pieces
// to keep lines short; the fixture holds the source and flags each compiled to
// before the rewrite, so a changed word list or a lost escape fails here.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as attribution from '../../../src/ingest/extract/attribution';
import * as anaphora from '../../../src/ingest/extract/date-anaphora';
import * as periods from '../../../src/ingest/extract/date-periods';
import * as dates from '../../../src/ingest/extract/dates';
import * as quotes from '../../../src/ingest/extract/quotes';
import * as generate from '../../../scripts/gen-parts/generate';

const before: Record<string, { source: string; flags: string }> = JSON.parse(
  fs.readFileSync(new URL('../../fixtures/regex-sources.json', import.meta.url), 'utf8'),
);

const now: Record<string, RegExp> = {
  'quotes ROLE_NOUN': quotes.ROLE_NOUN,
  'quotes ORG_NOUNS': quotes.ORG_NOUNS,
  'dates DURATION': dates.DURATION,
  'dates YEAR': dates.YEAR,
  'dates CLOCK_AFTER': dates.CLOCK_AFTER,
  'dates CLOCK_BEFORE': dates.CLOCK_BEFORE,
  'dates YEAR_BEFORE': dates.YEAR_BEFORE,
  'attribution ROLE_PHRASE': attribution.ROLE_PHRASE,
  'date-periods BUSINESS': periods.BUSINESS,
  'date-periods SPORTS': periods.SPORTS,
  'date-periods PERIOD_WORD': periods.PERIOD_WORD,
  'gen-parts COMMON_OPENER': generate.COMMON_OPENER,
  ...Object.fromEntries(periods.RULES.map((r, i) => [`date-periods RULES[${i}]`, r.re])),
  ...Object.fromEntries(anaphora.ANAPHORA.map((r, i) => [`date-anaphora ANAPHORA[${i}]`, r.re])),
};

describe('regexes built from pieces', () => {
  it('cover the same set as before the rewrite', () => {
    expect(Object.keys(now).sort()).toEqual(Object.keys(before).sort());
  });
  it.each(Object.keys(before))('%s compiles to the same source and flags', (name) => {
    expect(now[name]?.source).toBe(before[name].source);
    expect(now[name]?.flags).toBe(before[name].flags);
  });
});
