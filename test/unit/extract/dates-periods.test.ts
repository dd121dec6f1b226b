import { describe, expect, it } from 'vitest';
import { dates, datesOf } from './dates-helpers';

// Periods are ranges: quarters, halves, seasons, weeks (Monday to Sunday) and weekends.
describe('periods as ranges', () => {
  it.each([
    ['1989-10-26', 'Net income in the third quarter jumped 63%.', { start: '1989-07', end: '1989-09' }],
    ['1989-11-02', 'Savin Corp. reported a third-quarter net loss of $35.2 million.', { start: '1989-07', end: '1989-09' }],
    ['1989-11-02', 'Revenue for the fourth quarter of 1988 rose 8%.', { start: '1988-10', end: '1988-12' }],
    ['2019-07-30', 'Apple reported Q3 revenue of $53.8 billion.', { start: '2019-07', end: '2019-09' }],
    ['1990-02-10', 'Sales in the fourth quarter fell 4%.', { start: '1989-10', end: '1989-12' }],
    ['1989-10-26', 'The company expects profit to recover in the last half of 1989.', { start: '1989-07', end: '1989-12' }],
    ['2024-09-10', 'Growth slowed in the first half.', { start: '2024-01', end: '2024-06' }],
    ['1998-02-06', 'The surge in hiring began last fall.', { start: '1997-09', end: '1997-11' }],
    ['1998-03-22', 'The marches will test the truce this summer.', { start: '1998-06', end: '1998-08' }],
    ['1998-02-23', 'Prices last fell that low in the winter of 1994.', { start: '1994-12', end: '1995-02' }],
    ['2000-04-03', 'Last week, the lawyers met again.', { start: '2000-03-27', end: '2000-04-02' }],
    ['1998-05-01', 'The talks in London resume next week.', { start: '1998-05-04', end: '1998-05-10' }],
    ['2000-02-16', 'He wrote to the attorney general earlier this week.', { start: '2000-02-14', end: '2000-02-20' }],
    ['2000-04-03', 'Over the weekend, the family raised new accusations.', { start: '2000-04-01', end: '2000-04-02' }],
    ['2024-03-14', 'The festival opens this weekend.', { start: '2024-03-16', end: '2024-03-17' }],
    ['1998-02-27', 'The treaty the two presidents signed last May is in force.', { start: '1997-05' }],
    ['1989-10-30', 'The deal was offered to bankers last December.', { start: '1988-12' }],
  ])('%s: %s', (date, sentence, want) => {
    expect(dates(date, sentence)).toEqual([want]);
  });

  it("a quarter's or season's own year is no bare-year event of its own", () => {
    expect(dates('1989-10-27', 'It stopped paying a dividend in the third quarter of 1984.')).toEqual([
      { start: '1984-07', end: '1984-09' },
    ]);
    expect(dates('2021-01-10', 'The vaccine trial began in the summer of 2020.')).toEqual([{ start: '2020-06', end: '2020-08' }]);
  });

  it('"the quarter" is the one the article placed, or the last one over', () => {
    expect(
      datesOf('1989-10-30', 'Unisys posted a loss for the third quarter.', 'It paid $78.8 million in taxes during the quarter.'),
    ).toEqual([[{ start: '1989-07', end: '1989-09' }], [{ start: '1989-07', end: '1989-09' }]]);
    expect(dates('1989-11-02', 'Operations had a loss of $5.5 million for the quarter.')).toEqual([{ start: '1989-07', end: '1989-09' }]);
  });

  it('does not fire on games, falls, names and fractions', () => {
    expect(dates('2024-02-12', 'The Chiefs scored twice in the third quarter.')).toEqual([]);
    expect(dates('2024-02-12', 'He was injured early in the second half.')).toEqual([]);
    expect(dates('2024-02-12', 'Analysts expect a fall in prices.')).toEqual([]);
    expect(dates('2021-12-17', 'The Arab Spring began in Tunisia a decade ago.').map((d) => d.start)).toEqual(['2011']);
    expect(dates('2024-02-12', 'A quarter of the vote went to the Greens.')).toEqual([]);
    expect(dates('2024-02-12', 'Over the past year, prices rose.')).toEqual([]);
  });
});
