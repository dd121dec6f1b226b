import { describe, expect, it } from 'vitest';
import { dates, starts } from './dates-helpers';

// Broadcast transcripts of TempEval-3 (CNN, NPR, VOA) write years in words.
describe('years in words', () => {
  it.each([
    ['1998-01-15', 'In nineteen ninety-one Charles Keating was convicted in state court.', ['1991']],
    ['1998-01-15', "Keating's convictions were thrown out in nineteen ninety-six on a technicality.", ['1996']],
    ['1998-02-27', 'Atlanta nineteen ninety-six. A bomb blast shocks the Olympic games.', ['1996']],
    ['1998-02-27', 'January nineteen ninety-seven. Atlanta again.', ['1997-01']],
    ['1998-02-27', 'They claim the Atlanta bombing, a nineteen ninety-seven attack on a gay lounge.', ['1997']],
    ['1998-03-03', 'The approach of the year two thousand has many of these groups in a kind of millennial frenzy.', ['2000']],
    ['1998-03-03', 'The city could have used some special protection in nineteen seventy-nine when the Soviet Union invaded.', ['1979']],
    ['2012-05-01', 'The plant has run since nineteen hundred and will close in twenty twenty.', ['1900', '2020']],
  ])('%s: %s', (date, sentence, want) => {
    expect(starts(date, sentence)).toEqual(want);
  });

  it.each([
    ['2013-01-01', 'Families have kept their glass working secrets for more than two thousand years.'],
    ['1998-03-03', 'Nineteen twenty-five people signed the letter.'],
    ['1998-03-03', 'He counted twenty thirty times.'],
  ])('a count in words is no year, %s: %s', (date, sentence) => {
    expect(dates(date, sentence)).toEqual([]);
  });
});
