import { describe, it, expect } from 'vitest';
import { findDates, referenceDate } from '../../../src/ingest/extract/dates';
import { run } from './helpers';

const dates = (sentence: string, date = '2024-06-19') =>
  findDates(sentence, { start: 0, end: sentence.length }, referenceDate(date)).map((h) => h.date);

describe('actors', () => {
  it('merges titles and short forms, keeps a longer title as role', () => {
    const text =
      'President Vladimir Putin arrived. Mr. Putin said "we agree on everything here." Former U.S. ' +
      'ambassador to Russia Michael McFaul disagreed.';
    const { out } = run(text);
    const putin = out.actors.find((a) => a.id === 'person:vladimir-putin');
    expect(putin?.aliases).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin', 'Mr. Putin']));
    expect(out.actors.find((a) => a.id === 'person:michael-mcfaul')?.role).toMatch(/ambassador/);
    expect(out.actors.find((a) => a.id === 'country:united-states')).toBeTruthy();
  });

  it('family name first: Mr. Kim is Kim Jong Un', () => {
    const { out } = run('Kim Jong Un met him. Later Mr. Kim left.');
    expect(out.mentions.filter((m) => m.actorId === 'person:kim-jong-un')).toHaveLength(2);
  });

  it('a capital, even as a metonym, stays the city and belongs to its country (issue 9)', () => {
    const { out } = run('Mr. Putin landed in Pyongyang. He said Moscow and Pyongyang will continue.');
    expect(out.actors.find((a) => a.id === 'place:pyongyang')?.partOf).toBe('country:north-korea');
    expect(out.actors.find((a) => a.id === 'place:moscow')?.partOf).toBe('country:russia');
    expect(out.actors.some((a) => a.id === 'country:russia')).toBe(false);
  });

  it('U.S., United States and American are one actor ("American officials" names no country: no mention)', () => {
    const { out } = run('The U.S. said so. The United States agreed. American officials smiled.');
    expect(out.mentions.filter((m) => m.actorId === 'country:united-states')).toHaveLength(2);
    expect(out.actors.find((a) => a.id === 'country:united-states')?.aliases).toEqual(['U.S.', 'United States', 'American']);
  });
});

describe('quotes', () => {
  it('splits a quote around its attribution and resolves the pronoun', () => {
    const text = 'Jane Doe, a spokeswoman, spoke. "We are ready," she said, "and we will win."';
    const { out } = run(text);
    expect(out.quotes.map((q) => q.text)).toEqual(['We are ready,', 'and we will win.']);
    expect(out.quotes.every((q) => q.speakerId === 'person:jane-doe')).toBe(true);
  });

  it('curly marks, "said X" and continuation quotes', () => {
    const text = '“The deal is signed today,” said John Smith, a lawyer.\n\n“It will hold for many years to come.”';
    const { out } = run(text);
    expect(out.quotes).toHaveLength(2);
    expect(out.quotes.map((q) => q.speakerId)).toEqual(['person:john-smith', 'person:john-smith']);
  });

  it('a scare-quoted term nobody uses is not a quote', () => {
    const { out } = run('The so-called "reckless" plan was dropped.');
    expect(out.quotes).toHaveLength(0);
  });
});

describe('dates', () => {
  it('resolves against the article day, in the past unless the verb is future', () => {
    expect(dates('He announced on Friday that it would give more.')).toEqual([{ start: '2024-06-14' }]);
    expect(dates('It shifted its stance back in March.')).toEqual([{ start: '2024-03' }]);
    expect(dates('The plant is due to open in September.')).toEqual([{ start: '2024-09' }]);
    expect(dates('Prices rose since August.')).toEqual([{ start: '2023-08' }]);
  });

  it('bare years, ranges and approximate dates', () => {
    expect(dates('He led it from 2012 to 2015.')).toEqual([{ start: '2012', end: '2015' }]);
    expect(dates('It was built in 2019.')).toEqual([{ start: '2019' }]);
    expect(dates('his first visit in 24 years')).toEqual([{ start: '2000', approximate: true }]);
    expect(dates('a reversal from 10 to 20 years ago')).toEqual([{ start: '2004', end: '2014', approximate: true }]);
  });

  it('no clock times, numbers, durations or datelines', () => {
    expect(dates('The index closed at 7,412 at 18:00 UTC.')).toEqual([]);
    expect(dates('It will grow over the next four years.')).toEqual([]);
    expect(dates('Friday, January 4, 2019')).toEqual([]);
  });

  it('4-digit clock times are no years: next to UTC/GMT/local time/am/pm, after "at", after a clock', () => {
    expect(dates('It began on Monday (1620 UTC) in the capital.', '2019-05-29')).toEqual([{ start: '2019-05-27' }]);
    expect(dates('At around 11:25am US east coast time (1625 UTC), AP called it.', '2020-11-07')).toEqual([]);
    expect(dates('The shooting began at 10:39 a.m. local time (1639 UTC).', '2019-08-04')).toEqual([]);
    expect(dates('The fire reportedly started at 1700.', '2019-04-15')).toEqual([]);
    expect(dates('Flights resume at about 0930 hours.', '2019-04-15')).toEqual([]);
    expect(dates('It reopened at 2 p.m. ET (1800 GMT).', '2019-04-15')).toEqual([]);
    expect(dates('Output is back at 2019 levels.', '2020-04-15')).toEqual([{ start: '2019' }]);
  });

  it('a year far from the article needs evidence; a count is no year', () => {
    expect(dates('Of these, 1846 persons were hospitalized.', '2020-01-10')).toEqual([]);
    expect(dates('1720 had already been discharged.', '2020-01-10')).toEqual([]);
    expect(dates('The total infected is 1501 and rising.', '2020-03-02')).toEqual([]);
    expect(dates('As of 2020, 1885 aftershocks had occurred.', '2020-11-07')).toEqual([{ start: '2020' }]);
    expect(dates('It was 6 and, as of Wednesday, 1885 aftershocks had occurred.', '2020-11-07')).toEqual([{ start: '2020-11-04' }]);
    expect(dates('The cathedral was built in 1620.', '2020-01-10')).toEqual([{ start: '1620' }]);
    expect(dates('He was impeached under the Act of 1867.', '2019-12-18')).toEqual([{ start: '1867' }]);
    expect(dates('Sirhan is serving a life sentence for the 1968 assassination.', '2019-08-30')).toEqual([{ start: '1968' }]);
    expect(dates('Qaboos was born 1940 and studied in India.', '2020-01-11')).toEqual([{ start: '1940' }]);
    expect(dates('In the 1800s, buffalo were hunted.', '2019-11-10')).toEqual([{ start: '1800', end: '1899', approximate: true }]);
    expect(dates('In the 1990s, it grew.', '2019-11-10')).toEqual([{ start: '1990', end: '1999', approximate: true }]);
  });

  it('a date that only contains another of its sentence is no event of its own', () => {
    const { out } = run("Yesterday, at this year's conference, Steve Jobs unveiled the phone.", '2010-06-08');
    expect(out.events.map((e) => e.date.start)).toEqual(['2010-06-07']);
  });

  it('"In 1986 he bought Pixar": the event gets the person the pronoun stands for', () => {
    const { out } = run('Steve Jobs left the company. Mary Smith stayed on.\nIn 1986 he bought Pixar.');
    expect(out.events.find((e) => e.date.start === '1986')?.actorIds).toContain('person:steve-jobs');
  });

  it('one event per date, each with its clause', () => {
    const text = 'Apple was founded in 1976, and Steve Jobs returned in 1997.';
    const { out } = run(text);
    expect(out.events.map((e) => e.date.start)).toEqual(['1976', '1997']);
    expect(out.events[1].actorIds).toContain('person:steve-jobs');
    expect(out.events.map((e) => e.id)).toEqual(['a1.m1', 'a1.m2']);
  });
});

describe('acronyms', () => {
  it("the initials of a person's name are that person, without the sentence's period (\"WSS\", an interviewer's tag)", () => {
    const text =
      'Wikinews reporter William S. Saturn spoke with Kokesh.\n\n\n((WSS))  How did your nomination come about?\n\n\n' +
      '((WSS))  What are your thoughts?';
    const { out } = run(text);
    const ids = out.mentions.map((m) => `${text.slice(m.span[0], m.span[1])}=${m.actorId}`);
    expect(ids).toEqual(expect.arrayContaining(['William S. Saturn=person:william-s-saturn', 'WSS=person:william-s-saturn']));
  });
});
