// Salience on small hand-made corpora: each test changes one piece of
// evidence and checks the order it gives. The event expected higher has the
// later id, so the id tie-break cannot make a test pass on its own.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusEvent, Quote } from '../../../src/corpus/schema';
import { ingestFolder } from '../../../src/ingest/ingest';
import { addSalience, datePrecision } from '../../../src/ingest/rank/salience';

let next = 0;
function ev(
  articleId: string,
  start: string,
  actorIds: string[],
  kind: CorpusEvent['kind'] = 'mentioned',
  extra: Partial<CorpusEvent> = {},
): CorpusEvent {
  next++;
  return {
    id: `${articleId}.e${next}`,
    articleId,
    kind,
    date: { start },
    title: `event ${next}`,
    span: [next * 10, next * 10 + 5],
    actorIds,
    ...extra,
  };
}

function rank(events: CorpusEvent[], quotes: Quote[] = []): Map<string, number> {
  addSalience({ events, quotes });
  return new Map(events.map((e) => [e.id, e.salience!]));
}

/** Background: other articles and actors, so that no single feature is the corpus' maximum by accident. */
function background(): CorpusEvent[] {
  return ['2001-01-01', '2002-02-02', '2003-03-03', '2004-04-04'].map((d, i) => ev(`bg${i}`, d, [`bgActor${i}`], 'published'));
}

describe('salience', () => {
  it("ranks an article's own event above a mentioned one with the same evidence", () => {
    const pub = ev('a1', '2020-03-10', ['x'], 'published');
    const men = ev('a2', '2020-03-11', ['y']);
    const s = rank([...background(), pub, men]);
    expect(s.get(pub.id)!).toBeGreaterThan(s.get(men.id)!);
  });

  it('ranks a date that several articles mention above one sentence’s aside', () => {
    const common = ['b1', 'b2', 'b3', 'b4', 'b5'].map((a, i) => ev(a, '2020-01-05', [`c${i}`]));
    const aside = ev('a0', '2019-06-07', ['c9']);
    const s = rank([...background(), ...common, aside]);
    for (const e of common) expect(s.get(e.id)!).toBeGreaterThan(s.get(aside.id)!);
  });

  it('ranks a happening several articles tell (same date, same actor) above the same date with another actor', () => {
    const told = ['d1', 'd2', 'd3'].map((a) => ev(a, '2020-05-01', ['summit']));
    const other = ev('c0', '2020-05-01', ['bystander']);
    const s = rank([...background(), ...told, other]);
    expect(s.get(told[0].id)!).toBeGreaterThan(s.get(other.id)!);
  });

  it('ranks an event of a prominent actor above one of an obscure actor', () => {
    const busy = ['2018-01-01', '2018-02-01', '2018-03-01', '2018-04-01', '2018-05-01', '2018-06-01'].map((d, i) =>
      ev(`p${i}`, d, ['prominent']),
    );
    const ofProminent = ev('q9', '2017-07-07', ['prominent']);
    const ofObscure = ev('q2', '2017-08-08', ['obscure']);
    const s = rank([...background(), ...busy, ofProminent, ofObscure]);
    expect(s.get(ofProminent.id)!).toBeGreaterThan(s.get(ofObscure.id)!);
  });

  it('ranks an event with quotes above the same event without', () => {
    const quoted = ev('r9', '2016-01-01', ['r']);
    const plain = ev('r2', '2016-02-02', ['s']);
    const quote: Quote = { id: 'r9.q1', articleId: 'r9', text: 'We will win', speakerId: null, span: [quoted.span[0], quoted.span[1]] };
    const s = rank([...background(), quoted, plain], [quote]);
    expect(s.get(quoted.id)!).toBeGreaterThan(s.get(plain.id)!);
  });

  it('ranks a bare or approximate year below a dated day', () => {
    const day = ev('t1', '2015-05-04', ['t']);
    const month = ev('t2', '2014-05', ['u']);
    const year = ev('t3', '2013', ['v']);
    const vague = ev('t4', '2012', ['w'], 'mentioned', { date: { start: '2012', approximate: true } });
    const s = rank([...background(), day, month, year, vague]);
    expect(s.get(day.id)!).toBeGreaterThan(s.get(month.id)!);
    expect(s.get(month.id)!).toBeGreaterThan(s.get(year.id)!);
    expect(s.get(year.id)!).toBeGreaterThan(s.get(vague.id)!);
    expect(datePrecision({ start: '2012', end: '2016' })).toBeLessThan(datePrecision({ start: '2012' }));
  });

  it('spreads the values over 0..1, distinct where the evidence ties, the same for any input order', () => {
    const events = [...background(), ...['2020-01-01', '2020-01-01', '2019', '2020-02'].map((d, i) => ev(`u${i}`, d, ['same']))];
    const first = rank(events.map((e) => ({ ...e })));
    const values = [...first.values()];
    expect(Math.max(...values)).toBe(1);
    expect(Math.min(...values)).toBe(0);
    expect(new Set(values).size).toBe(values.length);
    const reversed = rank(events.map((e) => ({ ...e })).reverse());
    expect(reversed).toEqual(first);
  });

  it('takes an empty corpus and a corpus of one event', () => {
    expect(addSalience({ events: [], quotes: [] }).events).toEqual([]);
    const one = ev('v1', '2020-01-01', []);
    addSalience({ events: [one], quotes: [] });
    expect(one.salience).toBe(1);
  });

  it('is stored by the ingest on every event', () => {
    const { corpus } = ingestFolder(path.resolve('seeds'), null, { cacheDir: false });
    expect(corpus.events.length).toBeGreaterThan(0);
    for (const e of corpus.events) expect(e.salience).toBeGreaterThanOrEqual(0);
  });
});
