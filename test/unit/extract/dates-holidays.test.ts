import { describe, expect, it } from 'vitest';
import { dates, starts } from './dates-helpers';
import { run } from './helpers';

// Sentences of the dev corpora (TempEval-3, Wikinews, SemEval) and their dates.
describe('holidays by name are days', () => {
  it.each([
    ['2000-01-07', 'He was found floating in an inner-tube off the Florida coast on Thanksgiving Day after a boat sank.', '1999-11-25'],
    ['2000-03-30', 'Elian was plucked from the Atlantic last Thanksgiving following a boat wreck that killed his mother.', '1999-11-25'],
    ['1998-10-26', 'Stopping clinic violence is going to be a major theme of our campaign from now to Election Day.', '1998-11-03'],
    ['2020-11-05', 'Jorgensen won 1.2 percent of the vote on Election Day.', '2020-11-03'],
    ['2020-01-02', 'He was hospitalized since Christmas Eve, his family reported.', '2019-12-24'],
    ['1999-12-20', 'The agency said the boy would be home by Christmas.', '1999-12-25'],
    ['2000-04-20', 'The family hopes to reunite before Easter.', '2000-04-23'],
    ['2024-06-19', "The ceasefire was agreed on New Year's Day 2023.", '2023-01-01'],
  ])('%s: %s', (date, sentence, want) => {
    expect(starts(date, sentence)).toEqual([want]);
  });

  it('a weekday and the holiday it is are the same day', () => {
    expect(starts('2019-09-03', 'They set out on a three-day voyage, with Monday being the Labor Day holiday.')).toEqual([
      '2019-09-02',
      '2019-09-02',
    ]);
  });

  it.each([
    ['2006-01-18', "Demand for Apple's iPod during the Christmas and New Year sales period lifted sales."],
    ['2019-01-14', 'The attacker jumped on stage during the Great Orchestra of Christmas Charity.'],
    ['2021-02-01', 'Christmas shopping moved online and Easter eggs sold out.'],
    ['2020-10-30', 'The event was Halloween-themed and focused on equipment.'],
    ['2018-11-01', 'Her passion for the hobby stemmed through my love for Halloween.'],
    ['2020-11-01', 'Voters in Bolivia cast ballots on election day in their own country.'],
  ])('a holiday word that names no day, %s: %s', (date, sentence) => {
    expect(dates(date, sentence)).toEqual([]);
  });
});

describe('"between 1994 and 1997" is two dates', () => {
  it.each([
    ['1999-05-07', 'Kopp is a suspect in three sniper attacks near Rochester, N.Y., between 1994 and 1997.', ['1994', '1997']],
    ['1989-10-30', 'It would dilute earnings by about 9% in both 1990 and 1991 and by less thereafter.', ['1990', '1991']],
    ['1998-10-25', 'In 45 states, the number of doctors who performed abortions declined between 1982 and 1992.', ['1982', '1992']],
    ['1989-10-30', 'Shares were bought between Aug. 26 and Oct. 20 for $24.25 a share.', ['1989-08-26', '1989-10-20']],
  ])('%s: %s', (date, sentence, want) => {
    expect(starts(date, sentence)).toEqual(want);
  });

  it('a range without "between" or "and" stays one span', () => {
    expect(dates('1989-10-30', 'Shares were bought from Aug. 26 to Oct. 20.')).toEqual([{ start: '1989-08-26', end: '1989-10-20' }]);
    expect(dates('2024-06-19', 'He served as mayor 1994-1997.')).toEqual([{ start: '1994', end: '1997' }]);
    expect(dates('2024-06-19', 'The 1990s and 2000s were good years for the town.')[0]).toEqual({
      start: '1990',
      end: '1999',
      approximate: true,
    });
  });

  it('each of the two dates is titled without the whole phrase', () => {
    const { out } = run('Kokesh supported the 2008 and 2012 presidential campaigns of Ron Paul.', '2019-07-01');
    const mentioned = out.events.filter((e) => e.kind === 'mentioned');
    expect(mentioned.map((e) => e.date.start)).toEqual(['2008', '2012']);
    for (const e of mentioned) expect(e.title).not.toMatch(/\band\b|20\d\d/);
  });
});
