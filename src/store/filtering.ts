// Which events, quotes and actor counts the current filters leave. Pure
// functions over the corpus index, memoized on their inputs' identity so every
// panel that asks in one render shares one computation.
import { isPointDate } from '../corpus/dates';
import type { CorpusEvent, Quote } from '../corpus/schema';
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

/** An event's actors, with the speakers of its quotes: a quote's speaker takes part in it. */
export function eventActorIds(index: CorpusIndex, event: CorpusEvent): string[] {
  const quotes = index.quotesByEvent.get(event.id);
  if (!quotes) return event.actorIds;
  const ids = new Set(event.actorIds);
  for (const q of quotes) if (q.speakerId) ids.add(q.speakerId);
  return [...ids];
}

let last: { index: CorpusIndex; actorIds: string[]; match: MatchMode; query: string; result: FilterResult } | null = null;

export function applyFilters(index: CorpusIndex, filters: Filters): FilterResult {
  if (last && last.index === index && last.actorIds === filters.actorIds && last.match === filters.match && last.query === filters.query) {
    return last.result;
  }
  const search = searchCorpus(index, filters.query);
  const searching = filters.query.trim() !== '';
  const n = index.eventsInOrder.length;
  const mask = new Uint8Array(n);
  const actorCounts = new Map<string, number>();
  let count = 0;
  for (let i = 0; i < n; i++) {
    const event = index.eventsInOrder[i];
    if (searching && !search.eventIds.has(event.id)) continue;
    const actors = eventActorIds(index, event);
    if (!actorsMatch(actors, filters.actorIds, filters.match)) continue;
    mask[i] = 1;
    count++;
    for (const a of actors) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
  }
  const result = { mask, count, search, actorCounts };
  last = { index, ...filters, result };
  return result;
}

/**
 * A range much wider than the window ("2019" seen at a week's zoom) is
 * context, not news of the moment: it shows once the reader zooms out to its
 * scale. Listing or drawing every such range would bury the window's events.
 */
export const CONTEXT_SHARE = 0.6;

export function isContext(index: CorpusIndex, i: number, width: number): boolean {
  const event = index.eventsInOrder[i];
  const isRange = event.kind === 'mentioned' && !isPointDate(event.date);
  return isRange && index.ends[i] - index.starts[i] > width * CONTEXT_SHARE;
}

/** Indices of passing events in the window at its scale, in time order. */
export function eventsInWindow(index: CorpusIndex, mask: Uint8Array, window: TimeWindow): number[] {
  const out: number[] = [];
  const { starts, ends } = index;
  const width = window.end - window.start;
  for (let i = 0; i < starts.length && starts[i] < window.end; i++) {
    if (mask[i] && ends[i] > window.start && !isContext(index, i, width)) out.push(i);
  }
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
