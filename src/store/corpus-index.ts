// Indexes built once when a corpus loads: everything the views look up by id,
// and the events in time order as typed arrays so filtering 100k events is a
// tight loop, not an allocation storm.
import { dateSpan } from '../corpus/dates';
import type { Actor, ArticleHead, CorpusEvent, CorpusIndexFile, Quote } from '../corpus/schema';

export interface TimeWindow {
  start: number;
  end: number;
}

export interface CorpusIndex {
  corpus: CorpusIndexFile;
  articlesById: Map<string, ArticleHead>;
  actorsById: Map<string, Actor>;
  eventsById: Map<string, CorpusEvent>;
  /** Events sorted by start, then id: the order of keyboard walks and lists. */
  eventsInOrder: CorpusEvent[];
  /** Position of each event in `eventsInOrder`. */
  orderOf: Map<string, number>;
  /** Start and end (ms) of each event in `eventsInOrder`. */
  starts: Float64Array;
  ends: Float64Array;
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
}

export function indexCorpus(corpus: CorpusIndexFile): CorpusIndex {
  const withSpan = corpus.events.map((event) => {
    const span = dateSpan(event.date);
    return { event, start: span.start.getTime(), end: span.end.getTime() };
  });
  withSpan.sort((a, b) => a.start - b.start || (a.event.id < b.event.id ? -1 : 1));
  const n = withSpan.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const eventsInOrder: CorpusEvent[] = new Array(n);
  const orderOf = new Map<string, number>();
  const eventsByArticle = new Map<string, CorpusEvent[]>();
  let min = Infinity;
  let max = -Infinity;
  const news = { start: Infinity, end: -Infinity };
  withSpan.forEach(({ event, start, end }, i) => {
    starts[i] = start;
    ends[i] = end;
    eventsInOrder[i] = event;
    orderOf.set(event.id, i);
    push(eventsByArticle, event.articleId, event);
    if (start < min) min = start;
    if (end > max) max = end;
    if (event.kind === 'published') {
      news.start = Math.min(news.start, start);
      news.end = Math.max(news.end, end);
    }
  });
  if (!Number.isFinite(min)) [min, max] = [Date.now() - 30 * 864e5, Date.now()];

  const eventsById = new Map(corpus.events.map((e) => [e.id, e]));
  const quotesByEvent = new Map<string, Quote[]>();
  const eventOfQuote = new Map<string, string>();
  for (const quote of corpus.quotes) {
    const eventId = quote.eventId && eventsById.has(quote.eventId) ? quote.eventId : `${quote.articleId}.published`;
    push(quotesByEvent, eventId, quote);
    eventOfQuote.set(quote.id, eventId);
  }
  return {
    corpus,
    articlesById: new Map(corpus.articles.map((a) => [a.id, a])),
    actorsById: new Map(corpus.actors.map((a) => [a.id, a])),
    eventsById,
    eventsInOrder,
    orderOf,
    starts,
    ends,
    quotesByEvent,
    eventsByArticle,
    eventOfQuote,
    extent: { start: min, end: max },
    newsExtent: Number.isFinite(news.start) ? news : { start: min, end: max },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
