import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { mayHaveChronoDate } from '../../../src/ingest/extract/date-prefilter';
import { dates } from './dates-helpers';

/** chrono-node read the sentence as the extractor does and was certain of a year, month, day or weekday somewhere. */
function chronoIsCertain(sentence: string): boolean {
  return chrono
    .parse(sentence, { instant: new Date(Date.UTC(2019, 8, 2, 12)), timezone: 0 })
    .some((r) => (['year', 'month', 'day', 'weekday'] as const).some((c) => r.start.isCertain(c)));
}

// The prefilter lets chrono skip a sentence only when chrono would give it no date the extractor keeps.
describe('the chrono prefilter keeps every sentence chrono dates', () => {
  it.each([
    'The company said in a press release late yesterday and followed it up with a press conference last night.',
    "But it's not tonight we're worried about.",
    'Yesterday, Compaq plunged further, closing at $100 a share, off $8.',
    'Sony will formally take ownership of the movie studio later this month, a spokesman said.',
    'Steve Jobs spoke at the conference less than two weeks ago.',
    'The fund held 7% of the total portfolio, as of Sept. 30.',
    'The Northern Arena Esports Championship ran throughout the weekend, facing off teams of video gamers in a packed hall.',
    '"You have to work those seven days to earn a weekend," quipped editor Heather Antos, later in the panel.',
    'The hashtag was used in messages on Twitter over one million times by Thursday night.',
    'Cisco has promised a compatible release before the end of the month.',
    'Staff at several Apple Stores said that buyers should try again tomorrow.',
    'The vote is due on Tues. and the results on Wed.',
    'The exhibition closes in mid-December.',
    'The company was founded in 1998 in Palo Alto.',
    'The deadline was 3/15 for all entries.',
    'Tourism fell sharply this year, the ministry said.',
  ])('%s', (sentence) => {
    expect(chronoIsCertain(sentence) || dates('2019-09-02', sentence).length > 0).toBe(true);
    expect(mayHaveChronoDate(sentence)).toBe(true);
  });
});

describe('the chrono prefilter skips sentences without date words', () => {
  it.each([
    'The group said it would continue to campaign for the release of the prisoners.',
    'Police have not released the names of the victims.',
    'Following take off, the plane turned back with a mechanical problem, intending to land at Henderson.',
    'He expects rising production costs, as suppliers try to meet demand, and fewer specials.',
  ])('%s', (sentence) => {
    expect(mayHaveChronoDate(sentence)).toBe(false);
    expect(chronoIsCertain(sentence)).toBe(false);
    expect(dates('2019-09-02', sentence)).toEqual([]);
  });

  // A stem anywhere in a word counts ("decision", "mayor"): looser than chrono, never stricter.
  it('still reads words written together ("onMonday", "thisyear")', () => {
    expect(mayHaveChronoDate('It opened onMonday.')).toBe(true);
    expect(mayHaveChronoDate('It opened thisyear.')).toBe(true);
  });
});
