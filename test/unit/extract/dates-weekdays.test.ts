import { describe, expect, it } from 'vitest';
import { starts } from './dates-helpers';

// An intention with an object instead of "to" ("planned a demonstration on Saturday") and "ahead of the
// weekend" put a weekday ahead; a planned thing without an object takes its own verb's tense.
describe('intent without "to" is ahead', () => {
  it.each([
    ['2000-01-07', 'Protesters planned a large demonstration in Little Havana on Saturday.', ['2000-01-08']],
    ['2000-01-07', 'Exile groups called for a general strike on Monday in Miami.', ['2000-01-10']],
    ['1989-10-30', 'Many traders had chosen to square positions ahead of the weekend.', ['1989-11-04']],
  ])('%s: %s', (date, sentence, want) => {
    expect(starts(date, sentence)).toEqual(want);
  });

  it.each([
    ['1999-10-24', 'A memorial service planned for Saturday was canceled.', ['1999-10-23']],
    [
      '1998-08-17',
      'On Friday, when Albright set aside vacation plans for the trip, the State Department lifted a warning.',
      ['1998-08-14'],
    ],
    [
      '1989-10-30',
      'Milton Roy bought 254,200 shares from Sept. 14 to Thursday, and in trading Friday its shares leaped $2.',
      ['1989-09-14', '1989-10-26', '1989-10-27'],
    ],
  ])('a weekday that stays behind, %s: %s', (date, sentence, want) => {
    expect(starts(date, sentence)).toEqual(want);
  });
});

describe('a page stamp is behind the article', () => {
  it('"Article last amended: Mar 17" on an October article is the March before', () => {
    expect(starts('2020-10-20', 'Article last amended: Mar 17 at 3:24:55 UTC (history)')).toEqual(['2020-03-17']);
    expect(starts('2020-10-20', 'The vote is scheduled for Mar 17.')).toEqual(['2021-03-17']);
  });
});
