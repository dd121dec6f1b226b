import { describe, expect, it } from 'vitest';
import { dates, datesOf } from './dates-helpers';

describe('composed relatives at the right granularity', () => {
  it('"a year earlier" and "the year-ago quarter" are the period the article placed, a year back', () => {
    expect(
      datesOf(
        '1989-11-02',
        'Savin Corp. reported a third-quarter net loss of $35.2 million.',
        'It compared with year-earlier profit of $3.8 million.',
        'Revenue declined 8% to $85.7 million from $93.3 million a year earlier.',
        'In the year-ago quarter, the company reported net income of $1.1 million.',
      ),
    ).toEqual([
      [{ start: '1989-07', end: '1989-09' }],
      [{ start: '1988-07', end: '1988-09' }],
      [{ start: '1988-07', end: '1988-09' }],
      [{ start: '1988-07', end: '1988-09' }],
    ]);
  });

  it('"a year earlier" after a day is that day a year back; "a year ago" alone is about the article\'s day a year back', () => {
    expect(datesOf('1989-10-26', 'The fiscal year ended Sept. 30.', 'Profit was $100 million a year earlier.')).toEqual([
      [{ start: '1989-09-30' }],
      [{ start: '1988-09-30' }],
    ]);
    expect(dates('2024-06-19', 'A year ago, the factory was still open.')).toEqual([{ start: '2023-06-19', approximate: true }]);
  });

  it.each([
    ['2024-06-19', 'Sales are up since the start of this year.', { start: '2024-01', approximate: true }],
    ['2024-06-19', 'The plant closed at the end of last year.', { start: '2023-12', approximate: true }],
    ['1989-10-30', 'The transaction is expected to close around year-end.', { start: '1989-12-31' }],
    ['2024-06-19', 'Rents rose 4% last month.', { start: '2024-05' }],
    ['2024-06-19', 'The law took effect earlier this year.', { start: '2024' }],
    ['2024-06-19', 'The same period last year saw a loss.', { start: '2023' }],
  ])('%s: %s', (date, sentence, want) => {
    expect(dates(date, sentence)).toEqual([want]);
  });
});

describe('durations are not dates; "N years ago" is', () => {
  it.each([
    'He served on the court for 33 years.',
    'Now, 83 years later, the wreck has been found.',
    'Two years after the war ended, he left the country.',
    'She received a 20-year sentence.',
    'The plan will cut emissions over the next four years.',
    'He was questioned for three days and released within 14 days.',
    'She has not spoken to her brother for several years.',
  ])('no date: %s', (sentence) => {
    expect(dates('2020-08-26', sentence)).toEqual([]);
  });

  it('"N years ago" is a date, approximate; before 1 CE in ISO form; nothing past the representable', () => {
    expect(dates('2014-05-01', 'The site was settled 3000 years ago.')).toEqual([{ start: '-0986', approximate: true }]);
    expect(dates('2021-12-17', 'The uprisings began a decade ago.')).toEqual([{ start: '2011', approximate: true }]);
    expect(dates('1998-04-24', 'The court ruled two years ago.')).toEqual([{ start: '1996', approximate: true }]);
    expect(dates('2014-05-01', 'The ice sheet formed 20,000 years ago.')).toEqual([]);
    expect(dates('2000-03-31', 'The boat sank two weeks ago.')).toEqual([{ start: '2000-03-17' }]);
  });

  it('a time of day is no event of its own', () => {
    expect(dates('2020-08-26', 'The curfew starts at 8 p.m. and ends at 6 a.m.')).toEqual([]);
    expect(dates('2020-08-26', 'The results are due in just a few minutes.')).toEqual([]);
  });
});

describe('anaphoric dates resolve against the last date placed', () => {
  it('"that day", "the next day", "the same week", "later that year"', () => {
    expect(datesOf('1999-10-24', 'Slepian was killed on Oct. 23, 1998.', 'Earlier that day, the family sent a fax to police.')).toEqual([
      [{ start: '1998-10-23' }],
      [{ start: '1998-10-23' }],
    ]);
    expect(datesOf('2019-05-01', 'The storm hit on March 14, 2019.', 'The next day, roads were closed.')).toEqual([
      [{ start: '2019-03-14' }],
      [{ start: '2019-03-15' }],
    ]);
    expect(datesOf('2019-05-01', 'The vote was held on March 14, 2019.', 'The same week, the minister resigned.')).toEqual([
      [{ start: '2019-03-14' }],
      [{ start: '2019-03-11', end: '2019-03-17' }],
    ]);
    expect(dates('2000-01-28', 'He fled to Florida in June 1998 and returned to Cuba later that year.')).toEqual([
      { start: '1998-06' },
      { start: '1998' },
    ]);
  });

  it('"the following Tuesday" is the first Tuesday after the last date placed', () => {
    expect(datesOf('2020-01-10', 'The protest began on Friday, Nov. 1, 2019.', 'The following Tuesday, the minister resigned.')).toEqual([
      [{ start: '2019-11-01' }],
      [{ start: '2019-11-05' }],
    ]);
  });

  it('with no date placed before, an anaphor gives no date', () => {
    expect(dates('2020-01-10', 'That day, nobody came.')).toEqual([]);
  });
});

describe('a clock time in UTC after a local one is no year', () => {
  it.each([
    ['2019-07-15', 'At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck.', ['2019-07-13']],
    ['2019-10-22', 'The quake was recorded at 4:53 a.m. Thursday morning (2053 Wednesday night, UTC).', ['2019-10-17']],
  ])('%s: %s', (date, sentence, want) => {
    expect(dates(date, sentence).map((d) => d.start)).toEqual(want);
  });
});

describe('"two weeks after the election": anchored to the date the article gave the election', () => {
  it('moves that date by the count, at a precision that holds', () => {
    expect(datesOf('2020-12-01', 'The election was held on Nov. 3, 2020.', 'Two weeks after the election, the count ended.')).toEqual([
      [{ start: '2020-11-03' }],
      [{ start: '2020-11-17' }],
    ]);
    expect(datesOf('2021-06-01', 'The earthquake struck in March 2019.', 'Two years after the earthquake, the town was rebuilt.')).toEqual([
      [{ start: '2019-03' }],
      [{ start: '2021-03' }],
    ]);
  });

  it('without a date for the event, it is no date (and no duration read as one)', () => {
    expect(dates('2020-12-01', 'Two weeks after the election, the count ended.')).toEqual([]);
    expect(datesOf('2020-12-01', 'The election was held in 2020.', 'Two weeks after the election, the count ended.')).toEqual([
      [{ start: '2020' }],
      [],
    ]);
  });
});
