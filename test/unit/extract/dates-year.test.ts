import { describe, expect, it } from 'vitest';
import { dates } from './dates-helpers';

// A month or a day without a year: the year that puts it nearest the article's date, the
// tense of its own clause deciding close calls; a weekday likewise, a week either way.
describe('the nearest sensible year', () => {
  it.each([
    ['2000-01-06', 'The boy must be returned to his father by Jan. 14, the agency said.', '2000-01-14'],
    ['2024-05-20', 'The new terminal should be finished by June.', '2024-06'],
    ['2024-05-20', 'The bill has a June 1 deadline.', '2024-06-01'],
    ['2024-05-20', 'Lawmakers hope to pass it by early June.', '2024-06'],
    ['1998-02-05', 'With the general election due this September, the figures came at a bad time.', '1998-09'],
    ['1999-02-16', 'She invited the ministers to a ceremony in Missouri on March 12.', '1999-03-12'],
    ['1989-10-26', 'Mr. Schwarz will succeed Mr. Davison Feb. 1.', '1990-02-01'],
    ['2024-06-19', 'Prices rose since August.', '2023-08'],
    ['1989-10-30', 'The stock fell to $29.75 in March.', '1989-03'],
    ['1998-10-25', 'The editorial ran on Monday, Oct. 26.', '1998-10-26'],
  ])('%s: %s', (date, sentence, want) => {
    expect(dates(date, sentence).map((d) => d.start)).toEqual([want]);
  });

  it('each date of a sentence takes its own year', () => {
    expect(dates('1989-11-02', 'The reduced dividend is payable Jan. 2 to stock of record Dec. 15.').map((d) => d.start)).toEqual([
      '1990-01-02',
      '1989-12-15',
    ]);
  });

  it.each([
    ['2024-06-21', 'He announced on Friday that the plan would give more to schools.', '2024-06-21'],
    ['2024-06-19', 'He announced on Friday that the plan would give more to schools.', '2024-06-14'],
    ['1990-08-15', 'The monarch will meet the president on Thursday in Maine.', '1990-08-16'],
    ['1998-05-01', 'The two leaders will meet separately Monday with the secretary of state.', '1998-05-04'],
    ['2000-04-03', 'The group would be ready to leave as soon as Tuesday, he said.', '2000-04-04'],
    ['2000-01-15', 'Castro attended a rally Thursday by media workers in Havana.', '2000-01-13'],
    ['2000-01-15', "The relatives said they would look for ways to get around Wednesday's ruling.", '2000-01-12'],
    ['2000-01-06', 'His grandparents could not be located Wednesday in their hometown.', '2000-01-05'],
    ['1999-10-24', 'A memorial service planned for Saturday was canceled.', '1999-10-23'],
  ])('a weekday, %s: %s', (date, sentence, want) => {
    expect(dates(date, sentence).map((d) => d.start)).toEqual([want]);
  });

  it('does not read a verb, a name, a fraction or a set as a date', () => {
    expect(dates('2024-05-20', 'Officials may decide this march will go ahead.')).toEqual([]);
    expect(dates('1989-10-30', 'Sun Microsystems Inc. said it would sell bonds.')).toEqual([]);
    expect(dates('1989-10-30', 'The notes pay 6 3/8% and were priced at 101 1/4 to yield 5.75%.')).toEqual([]);
    expect(dates('1998-03-22', 'Orangemen march each July through the main Catholic area.')).toEqual([]);
    expect(dates('2019-07-01', 'Hungary launched a program dubbed "Zrínyi 2026" in 2017.').map((d) => d.start)).toEqual(['2017']);
    expect(dates('2016-04-25', 'The kingdom unveiled its "Vision 2030" plan.')).toEqual([]);
  });

  it('a quoted phrase that only holds a year with its preposition is still a date', () => {
    expect(dates('2021-01-10', 'The motto was "Onward in 2021" for the club.').map((d) => d.start)).toEqual(['2021']);
  });

  it('a range whose ends are of different kinds is two dates', () => {
    expect(dates('1989-10-30', 'It would extend its bid, due to expire last Thursday, to Nov. 6.').map((d) => d.start)).toEqual([
      '1989-10-26',
      '1989-11-06',
    ]);
  });

  it('a wire dateline repeating the publication date is no event', () => {
    expect(dates('1999-03-12', 'WASHINGTON, March 12 (Xinhua) -- The three countries joined NATO today.')).toEqual([]);
  });
});
