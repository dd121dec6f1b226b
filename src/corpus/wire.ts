// The corpus index as the app downloads it: the same data as CorpusIndexFile,
// with each event and quote a row of values and actors and articles referred
// to by position. Ids and keys repeated 100,000 times were most of the bytes;
// this form is about a third of the plain JSON and parses that much faster.
import type { Actor, CorpusEvent, CorpusIndexFile, EventKind, Quote } from './schema';

export const WIRE_VERSION = 1;

/** An event's or quote's own id: its article's id plus a suffix, or a full id. */
type IdPart = string | [string];

type EventRow = [
  article: number,
  id: IdPart,
  kind: 0 | 1,
  start: string,
  end: string | 0,
  approximate: 0 | 1,
  title: string,
  spanStart: number,
  spanEnd: number,
  actors: number[],
  salience?: number,
];
type QuoteRow = [article: number, id: IdPart, text: string, speaker: number, spanStart: number, spanEnd: number, event: IdPart | 0];

export interface WireIndex extends Omit<CorpusIndexFile, 'events' | 'quotes'> {
  wire: typeof WIRE_VERSION;
  events: EventRow[];
  quotes: QuoteRow[];
}

/** An event row's `kind`, here and in tiles (corpus/tiles.ts): a position in this list. */
export const EVENT_KINDS: readonly EventKind[] = ['published', 'mentioned'];

export function encodeIndex(index: CorpusIndexFile): WireIndex {
  const articleAt = new Map(index.articles.map((a, i) => [a.id, i]));
  const actorAt = new Map(index.actors.map((a, i) => [a.id, i]));
  // An id that names no known actor is kept by adding that actor as unknown.
  const actors: Actor[] = [...index.actors];
  const actorRef = (id: string) => {
    let at = actorAt.get(id);
    if (at === undefined) {
      at = actors.push({ id, name: id, kind: 'group', aliases: [] }) - 1;
      actorAt.set(id, at);
    }
    return at;
  };
  const idPart = (id: string, articleId: string): IdPart => (id.startsWith(articleId) ? id.slice(articleId.length) : [id]);
  const articleRef = (id: string) => {
    const at = articleAt.get(id);
    if (at === undefined) throw new Error(`event or quote of an unknown article "${id}"`);
    return at;
  };
  const events = index.events.map((e): EventRow => {
    const row: EventRow = [
      articleRef(e.articleId),
      idPart(e.id, e.articleId),
      e.kind === 'published' ? 0 : 1,
      e.date.start,
      e.date.end ?? 0,
      e.date.approximate ? 1 : 0,
      e.title,
      e.span[0],
      e.span[1],
      e.actorIds.map(actorRef),
    ];
    if (e.salience !== undefined) row.push(e.salience);
    return row;
  });
  const quotes = index.quotes.map((q): QuoteRow => [
    articleRef(q.articleId),
    idPart(q.id, q.articleId),
    q.text,
    q.speakerId === null ? -1 : actorRef(q.speakerId),
    q.span[0],
    q.span[1],
    q.eventId === undefined ? 0 : idPart(q.eventId, q.articleId),
  ]);
  return { ...index, wire: WIRE_VERSION, actors, events, quotes };
}

export function decodeIndex(wire: WireIndex): CorpusIndexFile {
  if (wire.wire !== WIRE_VERSION) throw new Error(`corpus index format ${String(wire.wire)} is not ${WIRE_VERSION}: rebuild the app`);
  const { articles, actors } = wire;
  const fullId = (part: IdPart, articleId: string) => (Array.isArray(part) ? part[0] : articleId + part);
  const events = wire.events.map(([a, id, kind, start, end, approximate, title, s, e, actorRefs, salience]): CorpusEvent => {
    const articleId = articles[a].id;
    const date: CorpusEvent['date'] = { start };
    if (end) date.end = end;
    if (approximate) date.approximate = true;
    const event: CorpusEvent = {
      id: fullId(id, articleId),
      articleId,
      kind: EVENT_KINDS[kind],
      date,
      title,
      span: [s, e],
      actorIds: actorRefs.map((r) => actors[r].id),
    };
    if (salience !== undefined) event.salience = salience;
    return event;
  });
  const quotes = wire.quotes.map(([a, id, text, speaker, s, e, eventId]): Quote => {
    const articleId = articles[a].id;
    const quote: Quote = { id: fullId(id, articleId), articleId, text, speakerId: speaker < 0 ? null : actors[speaker].id, span: [s, e] };
    if (eventId !== 0) quote.eventId = fullId(eventId, articleId);
    return quote;
  });
  const { wire: _wire, ...rest } = wire;
  return { ...rest, events, quotes };
}
