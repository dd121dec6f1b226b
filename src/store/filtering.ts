// Which events, quotes and actor counts the current filters leave. Pure
// functions over the corpus index, memoized on their inputs' identity so every
// panel that asks in one render shares one computation.
import type { Quote } from '../corpus/schema';
import { searchCorpus, type SearchOutcome } from '../search/search-index';
import type { CorpusIndex, TimeWindow } from './corpus-index';
import type { MatchMode } from './filter-store';

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
  const hit = memo.find((m) => m.index === index && m.actorIds === filters.actorIds && m.match === filters.match && m.query === filters.query);
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
  const actorCounts = new Map<string, number>();
  counts.forEach((c, at) => {
    if (c > 0) actorCounts.set(corpus.actors[at].id, c);
  });
  const result = { mask, count, search, actorCounts };
  memo = [{ index, ...filters, result }, ...memo.slice(0, 1)];
  return result;
}

/**
 * A range much wider than the window ("2019" seen at a week's zoom) is
 * context, not news of the moment: it shows once the reader zooms out to its
 * scale. Listing or drawing every such range would bury the window's events.
 */
export const CONTEXT_SHARE = 0.6;

export function isContext(index: CorpusIndex, i: number, width: number): boolean {
  return index.isRange[i] === 1 && index.ends[i] - index.starts[i] > width * CONTEXT_SHARE;
}

/**
 * The first event that can show in a window starting at `from`: anything
 * earlier ends before it or is context there (see CONTEXT_SHARE), so scans
 * start here instead of at the corpus' first event.
 */
export function firstCandidate(index: CorpusIndex, from: number, width: number): number {
  const { starts } = index;
  return lowerBound(starts, from - width * CONTEXT_SHARE - 864e5); // a day's event starts up to a day early
}

/** The position of the first value at or after `t` in sorted `values`. */
export function lowerBound(values: Float64Array, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of passing events in the window at its scale, in time order. */
export function eventsInWindow(index: CorpusIndex, mask: Uint8Array, window: TimeWindow): number[] {
  const out: number[] = [];
  const { starts, ends } = index;
  const width = window.end - window.start;
  for (let i = firstCandidate(index, window.start, width); i < starts.length && starts[i] < window.end; i++) {
    if (mask[i] && ends[i] > window.start && !isContext(index, i, width)) out.push(i);
  }
  return out;
}

/** Indices of passing events dated on `date` (YYYY, YYYY-MM or YYYY-MM-DD), in time order: what a `date=` link lists. */
export function eventsOn(index: CorpusIndex, mask: Uint8Array, date: string): number[] {
  const out: number[] = [];
  index.eventsInOrder.forEach((e, i) => {
    if (mask[i] && e.date.start.startsWith(date)) out.push(i);
  });
  return out;
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
