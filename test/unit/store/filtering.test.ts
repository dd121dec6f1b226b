import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/store/corpus-index';
import { applyFilters, eventsInWindow, quotePasses } from '../../../src/store/filtering';
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

  it("keeps a quote when its speaker is among the chosen actors", () => {
    const quotes = index.corpus.quotes;
    const ids = (actorIds: string[]) => quotes.filter((q) => quotePasses(index, q, { actorIds, match: 'any', query: '' })).map((q) => q.id);
    expect(ids([])).toEqual(['a1.q1', 'a1.q2', 'a2.q1']);
    expect(ids(['person:vladimir-putin'])).toEqual(['a1.q2']);
    expect(ids(['person:joe-biden'])).toEqual(['a2.q1']);
  });
});
