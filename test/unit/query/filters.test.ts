import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/model/corpus-index';
import { applyFilters, quotePasses } from '../../../src/query/filters';
import { eventsInWindow } from '../../../src/query/window-scan';
import { fixtureIndex } from '../../fixtures/corpus';

const index = indexCorpus(fixtureIndex().index);
const passing = (actorIds: string[], match: 'any' | 'all' = 'any', query = '') => {
  const { mask } = applyFilters(index, { actorIds, match, query });
  return index.eventsInOrder.filter((_, i) => mask[i]).map((e) => e.id);
};

describe('filters', () => {
  it('orders events by time', () => {
    expect(index.eventsInOrder.map((e) => e.id)).toEqual(['a2.published', 'a1.m1', 'a1.published', 'a3.published']);
  });

  it('keeps everything with no filter', () => {
    expect(passing([])).toHaveLength(4);
  });

  it('matches any or all of the chosen actors', () => {
    expect(passing(['person:kim-jong-un', 'country:russia'])).toEqual(['a1.m1', 'a1.published']);
    expect(passing(['person:vladimir-putin', 'person:joe-biden'], 'all')).toEqual(['a2.published']);
    expect(passing(['person:kim-jong-un', 'country:russia'], 'all')).toEqual([]);
  });

  it('counts each actor over the events that pass', () => {
    const { actorCounts } = applyFilters(index, { actorIds: ['person:vladimir-putin'], match: 'any', query: '' });
    expect(actorCounts.get('person:vladimir-putin')).toBe(2);
    expect(actorCounts.get('person:joe-biden')).toBe(1);
    expect(actorCounts.get('country:russia')).toBeUndefined();
  });

  it('searches events, quotes and actors', () => {
    expect(passing([], 'any', 'geneva')).toEqual(['a2.published']);
    expect(passing([], 'any', 'sanctions')).toEqual(['a1.published']); // through Putin's quote
    expect(passing([], 'any', 'Kim')).toEqual(['a1.published']); // through the actor
    expect(passing(['person:joe-biden'], 'any', 'putin')).toEqual(['a2.published']);
    const { search } = applyFilters(index, { actorIds: [], match: 'any', query: 'constructive' });
    expect(search.results.map((r) => `${r.kind}:${r.id}`)).toEqual(['quote:a2.q1']);
  });

  it('lists the passing events of a window', () => {
    const { mask } = applyFilters(index, { actorIds: [], match: 'any', query: '' });
    const june2024 = { start: new Date(2024, 5, 1).getTime(), end: new Date(2024, 6, 1).getTime() };
    expect(eventsInWindow(index, mask, june2024).map((i) => index.eventsInOrder[i].id)).toEqual(['a1.published', 'a3.published']);
  });

  it('keeps a quote when its speaker is among the chosen actors', () => {
    const quotes = index.corpus.quotes;
    const ids = (actorIds: string[]) => quotes.filter((q) => quotePasses(index, q, { actorIds, match: 'any', query: '' })).map((q) => q.id);
    expect(ids([])).toEqual(['a1.q1', 'a1.q2', 'a2.q1']);
    expect(ids(['person:vladimir-putin'])).toEqual(['a1.q2']);
    expect(ids(['person:joe-biden'])).toEqual(['a2.q1']);
  });
});

describe('window scans', () => {
  it('find exactly what a scan of every event finds', async () => {
    const { isContext } = await import('../../../src/query/window-scan');
    // Seeded pseudo-random events: days, months, years and spans over 40 years.
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pad = (n: number) => String(n).padStart(2, '0');
    const events = Array.from({ length: 2000 }, (_, i) => {
      const y = 1990 + Math.floor(rand() * 40);
      const m = 1 + Math.floor(rand() * 12);
      const kind = rand();
      const date =
        kind < 0.5
          ? { start: `${y}-${pad(m)}-${pad(1 + Math.floor(rand() * 28))}` }
          : kind < 0.7
            ? { start: `${y}-${pad(m)}` }
            : kind < 0.85
              ? { start: `${y}` }
              : { start: `${y}`, end: `${y + 1 + Math.floor(rand() * 10)}` };
      return { id: `e${i}`, articleId: 'a', kind: 'mentioned' as const, date, title: '', span: [0, 0] as [number, number], actorIds: [] };
    });
    const idx = indexCorpus({ schemaVersion: 1, articles: [], actors: [], events, quotes: [], warnings: [] });
    const mask = new Uint8Array(events.length).fill(1);
    for (const [from, days] of [
      [Date.UTC(2001, 3, 1), 7],
      [Date.UTC(2010, 0, 1), 90],
      [Date.UTC(1995, 5, 1), 3650],
      [Date.UTC(2020, 0, 1), 1],
    ]) {
      const window = { start: from, end: from + days * 864e5 };
      const width = window.end - window.start;
      const brute = events
        .map((_, i) => i)
        .filter((i) => idx.ends[i] > window.start && idx.starts[i] < window.end && !isContext(idx, i, width));
      expect(eventsInWindow(idx, mask, window)).toEqual(brute);
    }
  });
});
