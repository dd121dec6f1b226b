import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../../src/corpus/dates';
import type { CorpusEvent, CorpusIndexFile } from '../../../src/corpus/schema';
import { indexCorpus } from '../../../src/model/corpus-index';
import { rankOrder, salienceOf } from '../../../src/model/salience';

/** A seeded generator (mulberry32), so a failure names a corpus that can be rebuilt. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusOf(count: number, seed: number): CorpusIndexFile {
  const next = random(seed);
  const dates = ['2020', '2020-03', '2020-03-01', '2020-03-02', '2019-12-31', '-0500', '2021-01-01'];
  const events: CorpusEvent[] = Array.from({ length: count }, (_, i) => {
    const start = dates[Math.floor(next() * dates.length)];
    const date = next() < 0.2 ? { start, end: '2021-06' } : { start };
    return {
      id: `e${i}`,
      articleId: 'a',
      kind: 'mentioned',
      date,
      title: `t${i}`,
      span: [0, 1],
      actorIds: [],
      salience: Math.round(next() * 20) / 20,
    };
  });
  return {
    schemaVersion: 1,
    articles: [{ id: 'a', title: 'A', date: '2020-03-01', body: 'b', length: 1 }],
    actors: [],
    events,
    quotes: [],
    warnings: [],
  };
}

describe('indexCorpus', () => {
  it('orders events by start, ties in corpus order, with each start and end from the date', () => {
    const corpus = corpusOf(500, 7);
    const index = indexCorpus(corpus);
    const expected = corpus.events
      .map((event, at) => ({ event, at, start: dateSpan(event.date).start.getTime() }))
      .sort((a, b) => a.start - b.start || a.at - b.at);
    expect(index.eventsInOrder.map((e) => e.id)).toEqual(expected.map((x) => x.event.id));
    index.eventsInOrder.forEach((event, i) => {
      expect(index.orderOf.get(event.id)).toBe(i);
      expect(index.ends[i]).toBe(dateSpan(event.date).end.getTime());
    });
  });

  it('ranks by salience, ties in time order, as a comparator sort would', () => {
    const { eventsInOrder } = indexCorpus(corpusOf(2000, 11));
    const expected = eventsInOrder.map((_, i) => i).sort((a, b) => salienceOf(eventsInOrder[b]) - salienceOf(eventsInOrder[a]) || a - b);
    expect(Array.from(rankOrder(eventsInOrder))).toEqual(expected);
  });

  it('indexes an empty corpus', () => {
    const index = indexCorpus({ ...corpusOf(0, 1), articles: [] });
    expect(index.eventsInOrder).toEqual([]);
    expect(Array.from(index.byRank)).toEqual([]);
  });
});
