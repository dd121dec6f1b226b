// Full-text search over events, quotes and actors with MiniSearch. The index
// is built on the first search, not at load: most visits never search.
import MiniSearch, { type SearchOptions } from 'minisearch';
import { fold } from '../corpus/fold';
import type { CorpusIndex } from '../model/corpus-index';

export type SearchKind = 'event' | 'quote' | 'actor';

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  /** What the reader sees in the result list. */
  label: string;
  text: string;
}

export interface SearchResult extends SearchDoc {
  score: number;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** Every event the query reaches: directly, through a quote or through an actor. */
  eventIds: Set<string>;
  /** Every quote the query matches: by its words or by its speaker. */
  quoteIds: Set<string>;
}

const indexes = new WeakMap<CorpusIndex, MiniSearch<SearchDoc>>();
const warming = new WeakSet<CorpusIndex>();

/** How every search matches: each word as a prefix, a little fuzzy, all words required. */
export const SEARCH_OPTIONS: SearchOptions = { prefix: true, fuzzy: 0.2, combineWith: 'AND' };

/** Terms are folded (lower case, no diacritics): "Lodz" finds "Łódź". */
export const processTerm = (term: string): string => fold(term);

function newIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['text'],
    storeFields: ['id', 'kind', 'label', 'text'],
    extractField: (doc, field) => (field === 'key' ? `${doc.kind}:${doc.id}` : (doc as unknown as Record<string, string>)[field]),
    processTerm,
    searchOptions: SEARCH_OPTIONS,
  });
}

function docsOf(index: CorpusIndex): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const e of index.eventsInOrder) docs.push({ id: e.id, kind: 'event', label: e.title, text: e.title });
  for (const q of index.corpus.quotes) docs.push({ id: q.id, kind: 'quote', label: q.text, text: q.text });
  for (const a of index.corpus.actors) docs.push({ id: a.id, kind: 'actor', label: a.name, text: [a.name, ...a.aliases].join(' ') });
  return docs;
}

/**
 * Builds the search index in small slices after start-up (100,000 events
 * take ~2 s in one go, which would freeze the first keystroke), a few
 * milliseconds at a time so scrolling and zooming stay smooth meanwhile.
 */
export function warmSearch(index: CorpusIndex): void {
  if (indexes.has(index) || warming.has(index)) return;
  warming.add(index);
  const mini = newIndex();
  void mini.addAllAsync(docsOf(index), { chunkSize: 100 }).then(() => {
    if (!indexes.has(index)) indexes.set(index, mini);
  });
}

export function searchCorpus(index: CorpusIndex, query: string, limit = 50): SearchOutcome {
  const q = query.trim();
  if (!q) return { results: [], eventIds: new Set(), quoteIds: new Set() };
  if (index.tiled) return tiledOutcome(index, q);
  let mini = indexes.get(index);
  if (!mini) {
    // A search before the warm-up is done builds the index at once.
    mini = newIndex();
    mini.addAll(docsOf(index));
    indexes.set(index, mini);
  }
  const hits = mini.search(q);
  const eventIds = new Set<string>();
  const quoteIds = new Set<string>();
  const actorHits = new Set<string>();
  for (const hit of hits) {
    if (hit.kind === 'event') eventIds.add(hit.id);
    else if (hit.kind === 'quote') {
      quoteIds.add(hit.id);
      const eventId = index.eventOfQuote.get(hit.id);
      if (eventId) eventIds.add(eventId);
    } else actorHits.add(hit.id);
  }
  if (actorHits.size > 0) {
    for (const e of index.eventsInOrder) if (e.actorIds.some((a) => actorHits.has(a))) eventIds.add(e.id);
    for (const quote of index.corpus.quotes) if (quote.speakerId !== null && actorHits.has(quote.speakerId)) quoteIds.add(quote.id);
  }
  const results = hits.slice(0, limit).map((h) => ({
    id: h.id as string,
    kind: h.kind as SearchKind,
    label: h.label as string,
    text: h.text as string,
    score: h.score,
  }));
  return { results, eventIds, quoteIds };
}

const foldedNames = new WeakMap<CorpusIndex['corpus']['actors'], string[]>();

/**
 * A tiled index holds the window's events only: events come from the sharded
 * search's hits (src/tiled), fetched as the query changes; actors, which are
 * all loaded, by their folded names.
 */
function tiledOutcome(index: CorpusIndex, q: string): SearchOutcome {
  const { actors } = index.corpus;
  let names = foldedNames.get(actors);
  if (!names) foldedNames.set(actors, (names = actors.map((a) => fold(a.name))));
  const words = fold(q).split(/\s+/).filter(Boolean);
  const results: SearchResult[] = [];
  const eventIds = new Set<string>();
  const found = index.tiled?.search;
  if (found && found.query === q) {
    // Every hit read so far is listed, past `limit`: the reader asked for the pages after the first ("More results").
    for (const [id, , title, salience] of found.hits) {
      eventIds.add(id);
      results.push({ id, kind: 'event', label: title, text: title, score: salience });
    }
  }
  // Actors are listed most events first: the first matches are the likely ones.
  for (let i = 0, n = 0; i < actors.length && n < 10; i++) {
    if (!words.every((w) => names[i].includes(w))) continue;
    results.push({ id: actors[i].id, kind: 'actor', label: actors[i].name, text: actors[i].name, score: 0 });
    n++;
  }
  return { results, eventIds, quoteIds: new Set() };
}
