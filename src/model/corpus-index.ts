// Indexes built once when a corpus loads: everything the views look up by id,
// and the events in time order as typed arrays so filtering 100k events is a
// tight loop, not an allocation storm.
import { dateSpan, isPointDate } from '../corpus/dates';
import { publishedEventId, type Actor, type ArticleHead, type CorpusEvent, type CorpusIndexFile, type Quote } from '../corpus/schema';
import { rankOrder } from './salience';

export interface TimeWindow {
  start: number;
  end: number;
}

export interface CorpusIndex {
  corpus: CorpusIndexFile;
  articlesById: Map<string, ArticleHead>;
  actorsById: Map<string, Actor>;
  eventsById: Map<string, CorpusEvent>;
  /** Events sorted by start, then corpus order (article, then place in it): the order of keyboard walks and lists. */
  eventsInOrder: CorpusEvent[];
  /** Position of each event in `eventsInOrder`. */
  orderOf: Map<string, number>;
  /** Start and end (ms) of each event in `eventsInOrder`. */
  starts: Float64Array;
  ends: Float64Array;
  /** 1 where the event is drawn as a range: a month, a year or a span. */
  isRange: Uint8Array;
  /** Quotes by the event they belong to (a quote without one: its article's published event). */
  quotesByEvent: Map<string, Quote[]>;
  /** Events of each article in time order. */
  eventsByArticle: Map<string, CorpusEvent[]>;
  /** The event each quote belongs to. */
  eventOfQuote: Map<string, string>;
  /** From the earliest event's start to the latest event's end, in ms. */
  extent: TimeWindow;
  /** The span of the articles' own dates: where a first visit starts. */
  newsExtent: TimeWindow;
  /** Position of each actor in `corpus.actors`. */
  actorIndex: Map<string, number>;
  /**
   * Each event's actors with its quotes' speakers, by actor position, in
   * `eventsInOrder` order: event i has `eventActors[eventActorStart[i] ..
   * eventActorStart[i + 1])`. Filtering 100,000 events is a typed-array scan.
   */
  eventActorStart: Int32Array;
  eventActors: Int32Array;
  /** Positions in `eventsInOrder`, most salient first (salience.ts): the timeline's order of placement. */
  byRank: Int32Array;
  /** Set when the index holds only the tiles around the window of a tiled corpus (src/tiled, docs/tiles.md). */
  tiled?: TiledInfo;
}

export interface TimeBucket {
  start: number;
  end: number;
  count: number;
}

/**
 * A tiled index's counts of all events (`buckets` of the window's tiles, or
 * the whole corpus's `overview`) when nothing is filtered out, as the loaded
 * events are only the most salient of them; under a one-actor filter, that
 * actor's counts from its own tiles (`filtered`); null when the loaded events
 * are the whole story (a whole index, every event of the finest tiles, every
 * event of the actor) or another filter narrows them (no tile counts it).
 */
export function tiledCounts(index: CorpusIndex, mask: Uint8Array, which: 'buckets' | 'overview'): TimeBucket[] | null {
  const tiled = index.tiled;
  if (!tiled) return null;
  // One actor filtered: its own tiles' counts, when the mask is exactly its loaded events.
  if (which === 'buckets' && tiled.filtered && sameMask(mask, tiled.filtered.mask)) return tiled.filtered.buckets;
  if (which === 'buckets' && tiled.complete) return null;
  for (let i = 0; i < mask.length; i++) if (!mask[i]) return null;
  return tiled[which];
}

function sameMask(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a tiled corpus knows beyond the events it has loaded. */
export interface TiledInfo {
  /** Events and articles of the whole corpus. */
  events: number;
  articles: number;
  /** Events per actor id in the whole corpus. */
  actorTotals: Map<string, number>;
  /** Every event of the loaded tiles counted per bucket (local ms), time order: what the loaded events stand for. */
  buckets: TimeBucket[];
  /** Every event of the corpus per coarse bucket, for the overview strip. */
  overview: TimeBucket[];
  /** The events of these actors per coarse tile, from the actors file: the overview under an actor filter. */
  actorBuckets: (actorIds: string[]) => TimeBucket[];
  /**
   * The last sharded search's hits (src/tiled/tiled-search.ts): event id, first day, title, salience;
   * `more` reads the next of them (present while there are more), and the index is published again with them.
   */
  search?: { query: string; hits: [string, number, string, number][]; count: number; more?: () => void };
  /** True when the loaded tiles hold every event of their span (the finest level), not only the most salient. */
  complete: boolean;
  /**
   * Under a one-actor filter whose own tiles hold only its most salient events:
   * the loaded events that are the actor's (`mask`, eventsInOrder order) and all
   * its events in the window per bucket (its tiles' counts).
   */
  filtered?: { mask: Uint8Array; buckets: TimeBucket[] };
  /** True while the actors are still loading: the loaded events name none yet (the Actors panel says so). */
  actorsPending?: boolean;
}

/** An actor list's look-ups; a tiled corpus builds them once for every window index it makes (200,000 actors at a million articles). */
export interface ActorMaps {
  actorIndex: Map<string, number>;
  actorsById: Map<string, Actor>;
}

export function actorMaps(actors: Actor[]): ActorMaps {
  return { actorIndex: new Map(actors.map((a, i) => [a.id, i])), actorsById: new Map(actors.map((a) => [a.id, a])) };
}

/** `maps`: those of `corpus.actors`, when the caller keeps them. */
export function indexCorpus(corpus: CorpusIndexFile, maps: ActorMaps = actorMaps(corpus.actors)): CorpusIndex {
  const n = corpus.events.length;
  const { order, dateOf, dates } = timeOrder(corpus.events);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const isRange = new Uint8Array(n);
  const eventsInOrder: CorpusEvent[] = new Array(n);
  const orderOf = new Map<string, number>();
  const eventsByArticle = new Map<string, CorpusEvent[]>();
  let min = Infinity;
  let max = -Infinity;
  const news = { start: Infinity, end: -Infinity };
  for (let i = 0; i < n; i++) {
    const from = order[i];
    const event = corpus.events[from];
    const d = dateOf[from];
    const start = dates.start[d];
    const end = dates.end[d];
    starts[i] = start;
    ends[i] = end;
    isRange[i] = event.kind === 'mentioned' && !dates.point[d] ? 1 : 0;
    eventsInOrder[i] = event;
    orderOf.set(event.id, i);
    push(eventsByArticle, event.articleId, event);
    if (start < min) min = start;
    if (end > max) max = end;
    if (event.kind === 'published') {
      if (start < news.start) news.start = start;
      if (end > news.end) news.end = end;
    }
  }
  if (!Number.isFinite(min)) [min, max] = [Date.now() - 30 * 864e5, Date.now()];

  const eventsById = new Map(corpus.events.map((e) => [e.id, e]));
  const quotesByEvent = new Map<string, Quote[]>();
  const eventOfQuote = new Map<string, string>();
  for (const quote of corpus.quotes) {
    const eventId = quote.eventId && eventsById.has(quote.eventId) ? quote.eventId : publishedEventId(quote.articleId);
    push(quotesByEvent, eventId, quote);
    eventOfQuote.set(quote.id, eventId);
  }
  const { actorIndex, actorsById } = maps;
  const { eventActorStart, eventActors } = eventActorTable(eventsInOrder, quotesByEvent, actorIndex);
  return {
    corpus,
    articlesById: new Map(corpus.articles.map((a) => [a.id, a])),
    actorsById,
    eventsById,
    eventsInOrder,
    orderOf,
    starts,
    ends,
    isRange,
    quotesByEvent,
    eventsByArticle,
    eventOfQuote,
    extent: { start: min, end: max },
    newsExtent: Number.isFinite(news.start) ? news : { start: min, end: max },
    actorIndex,
    eventActorStart,
    eventActors,
    byRank: rankOrder(eventsInOrder),
  };
}

/**
 * Event positions in time order, ties in corpus order. Many events share a
 * date, so each distinct date is converted once and the events are placed by
 * a counting sort over the dates' ranks: no comparator runs per event, which
 * at 80,000 events was most of the start-up's indexing time.
 */
function timeOrder(events: CorpusEvent[]) {
  const keyOf = new Map<string, number>();
  const dates = { start: [] as number[], end: [] as number[], point: [] as boolean[] };
  const dateOf = new Int32Array(events.length);
  events.forEach((event, i) => {
    const key = `${event.date.start}/${event.date.end ?? ''}`;
    let d = keyOf.get(key);
    if (d === undefined) {
      const span = dateSpan(event.date);
      d = dates.start.length;
      dates.start.push(span.start.getTime());
      dates.end.push(span.end.getTime());
      dates.point.push(isPointDate(event.date));
      keyOf.set(key, d);
    }
    dateOf[i] = d;
  });
  // Rank the distinct dates by start; equal starts share a rank.
  const byStart = Array.from(dates.start.keys()).sort((a, b) => dates.start[a] - dates.start[b]);
  const rank = new Int32Array(byStart.length);
  let ranks = 0;
  byStart.forEach((d, k) => {
    if (k > 0 && dates.start[d] !== dates.start[byStart[k - 1]]) ranks++;
    rank[d] = ranks;
  });
  const next = new Int32Array(ranks + 2);
  for (let i = 0; i < events.length; i++) next[rank[dateOf[i]] + 1]++;
  for (let r = 1; r < next.length; r++) next[r] += next[r - 1];
  const order = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) order[next[rank[dateOf[i]]]++] = i;
  return { order, dateOf, dates };
}

/**
 * The span holding the bulk of the passing events: from the 1st to the 99th
 * percentile of their starts (whole corpus when few), so "Fit all" is not
 * stretched over centuries by one mention of history. Null when none pass.
 */
export function bulkExtent(index: CorpusIndex, mask: Uint8Array, share = 0.01): TimeWindow | null {
  const { starts, ends } = index;
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  if (count === 0) return null;
  // Starts are sorted: the k-th passing event is the k-th percentile.
  const skip = Math.floor(count * share);
  const pick = (k: number): number => {
    for (let i = 0, seen = 0; i < mask.length; i++) if (mask[i] && seen++ === k) return i;
    return -1;
  };
  const first = pick(skip);
  const last = pick(count - 1 - skip);
  let end = starts[last];
  // The last kept event's own end, unless it is a range wider than the rest.
  if (ends[last] - starts[last] < 31 * 864e5) end = ends[last];
  return { start: starts[first], end: Math.max(end, starts[first] + 864e5) };
}

/** Each event's actors and its quotes' speakers, once each, as actor positions. */
function eventActorTable(events: CorpusEvent[], quotesByEvent: Map<string, Quote[]>, actorIndex: Map<string, number>) {
  const eventActorStart = new Int32Array(events.length + 1);
  let list = new Int32Array(Math.max(16, events.length * 4));
  let size = 0;
  // stamp[a] === i + 1 when actor a is already listed for event i: no Set per event.
  const stamp = new Int32Array(actorIndex.size);
  let mark = 0;
  const add = (id: string | null) => {
    const at = id === null ? undefined : actorIndex.get(id);
    if (at === undefined || stamp[at] === mark) return;
    stamp[at] = mark;
    if (size === list.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      list = grown;
    }
    list[size++] = at;
  };
  for (let i = 0; i < events.length; i++) {
    mark = i + 1;
    eventActorStart[i] = size;
    const event = events[i];
    for (const id of event.actorIds) add(id);
    for (const quote of quotesByEvent.get(event.id) ?? []) add(quote.speakerId);
  }
  eventActorStart[events.length] = size;
  return { eventActorStart, eventActors: list.slice(0, size) };
}

/** An event's actors and its quotes' speakers, from the table filtering uses. */
export function actorsOfEvent(index: CorpusIndex, eventId: string): Actor[] {
  const i = index.orderOf.get(eventId);
  if (i === undefined) return [];
  const out: Actor[] = [];
  for (let k = index.eventActorStart[i]; k < index.eventActorStart[i + 1]; k++) out.push(index.corpus.actors[index.eventActors[k]]);
  return out;
}

/** Every quote of an article, in reading order. */
export function quotesOfArticle(index: CorpusIndex, articleId: string): Quote[] {
  return (index.eventsByArticle.get(articleId) ?? [])
    .flatMap((e) => index.quotesByEvent.get(e.id) ?? [])
    .sort((a, b) => a.span[0] - b.span[0]);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
