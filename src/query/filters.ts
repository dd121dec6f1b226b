// Which events, quotes and actor counts the current filters (actors and a
// search) leave. Pure functions over the corpus index, memoized on their
// inputs' identity so every panel that asks in one render shares one computation.
import type { Quote } from '../corpus/schema';
import type { CorpusIndex } from '../model/corpus-index';
import { searchCorpus, type SearchOutcome } from '../search/search-index';

export type MatchMode = 'any' | 'all';

export interface Filters {
  actorIds: string[];
  match: MatchMode;
  query: string;
}

export interface FilterResult {
  /** 1 where `eventsInOrder[i]` passes the filters. */
  mask: Uint8Array;
  count: number;
  search: SearchOutcome;
  /** Events that pass, per actor. */
  actorCounts: Map<string, number>;
}

export function actorsMatch(ids: Iterable<string>, wanted: string[], match: MatchMode): boolean {
  if (wanted.length === 0) return true;
  const set = new Set(ids);
  return match === 'all' ? wanted.every((a) => set.has(a)) : wanted.some((a) => set.has(a));
}

type Memo = { index: CorpusIndex; actorIds: string[]; match: MatchMode; query: string; result: FilterResult };
// Two entries: while panels render with the deferred filters, the timeline
// already asks with the new ones, and neither should evict the other.
let memo: Memo[] = [];

export function applyFilters(index: CorpusIndex, filters: Filters): FilterResult {
  const hit = memo.find(
    (m) => m.index === index && m.actorIds === filters.actorIds && m.match === filters.match && m.query === filters.query,
  );
  if (hit) return hit.result;
  const search = searchCorpus(index, filters.query);
  const searching = filters.query.trim() !== '';
  const { eventsInOrder, eventActorStart, eventActors, actorIndex, corpus } = index;
  const n = eventsInOrder.length;
  // The chosen actors as marks by position; an unknown id matches nothing.
  const wanted = new Uint8Array(corpus.actors.length);
  let need = 0;
  let unknown = false;
  for (const id of new Set(filters.actorIds)) {
    const at = actorIndex.get(id);
    if (at === undefined) unknown = true;
    else {
      wanted[at] = 1;
      need++;
    }
  }
  const filtering = filters.actorIds.length > 0;
  const all = filters.match === 'all';
  const mask = new Uint8Array(n);
  const counts = new Int32Array(corpus.actors.length);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (searching && !search.eventIds.has(eventsInOrder[i].id)) continue;
    const from = eventActorStart[i];
    const to = eventActorStart[i + 1];
    if (filtering) {
      let hits = 0;
      for (let k = from; k < to; k++) hits += wanted[eventActors[k]];
      if (all ? unknown || hits < need : hits === 0) continue;
    }
    mask[i] = 1;
    count++;
    for (let k = from; k < to; k++) counts[eventActors[k]]++;
  }
  // A tiled index unfiltered: the whole corpus's counts, not the window's.
  const totals = count === n && index.tiled ? index.tiled.actorTotals : null;
  const actorCounts = totals ?? new Map<string, number>();
  if (!totals) {
    counts.forEach((c, at) => {
      if (c > 0) actorCounts.set(corpus.actors[at].id, c);
    });
  }
  // A tiled index under an "any" filter: every event of a chosen actor passes, so its count is its corpus total
  // (the other actors' are those of the loaded events).
  if (index.tiled && filtering && !all && !searching) {
    for (const id of filters.actorIds) {
      const total = index.tiled.actorTotals.get(id);
      if (total !== undefined) actorCounts.set(id, total);
    }
  }
  const result = { mask, count, search, actorCounts };
  memo = [{ index, ...filters, result }, ...memo.slice(0, 1)];
  return result;
}

/**
 * With actors chosen, a quote passes when one of them said it, and the quote's
 * speaker with its event's actors meet the match mode: "Putin" shows Putin's
 * words, not everything said near him.
 */
export function quotePasses(index: CorpusIndex, quote: Quote, filters: Filters): boolean {
  if (filters.actorIds.length === 0) return true;
  if (!quote.speakerId || !filters.actorIds.includes(quote.speakerId)) return false;
  const eventId = index.eventOfQuote.get(quote.id);
  const event = eventId ? index.eventsById.get(eventId) : undefined;
  return actorsMatch([...(event?.actorIds ?? []), quote.speakerId], filters.actorIds, filters.match);
}
