// What an export holds: the events and quotes of the current view (filters,
// search and window), or of the whole filtered corpus, and a line naming them.
import { formatPartial } from '../corpus/dates';
import type { CorpusEvent, Quote } from '../corpus/schema';
import type { CorpusIndex, TimeWindow } from '../model/corpus-index';
import { applyFilters, quotePasses, type Filters } from '../query/filters';
import { eventsInWindow } from '../query/window-scan';

export interface ExportScope {
  events: CorpusEvent[];
  quotes: Quote[];
  /** "Actors: Donald Trump; search “China”; 1 January 2019 – 31 December 2020". */
  description: string;
}

function isoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function describeFilters(index: CorpusIndex, filters: Filters, span: TimeWindow | null): string {
  const parts: string[] = [];
  if (filters.actorIds.length > 0) {
    const names = filters.actorIds.map((id) => index.actorsById.get(id)?.name ?? id);
    parts.push(`${filters.match === 'all' ? 'All of' : 'Actors'}: ${names.join(', ')}`);
  }
  if (filters.query.trim()) parts.push(`search “${filters.query.trim()}”`);
  if (span) parts.push(`${formatPartial(isoDay(span.start))} – ${formatPartial(isoDay(span.end))}`);
  return parts.length ? parts.join('; ') : 'All events';
}

/** `span` null: every event the filters leave, at any date. */
export function selectScope(index: CorpusIndex, filters: Filters, span: TimeWindow | null): ExportScope {
  const { mask, search } = applyFilters(index, filters);
  const positions = span ? eventsInWindow(index, mask, span) : [...mask.keys()].filter((i) => mask[i]);
  const events = positions.map((i) => index.eventsInOrder[i]);
  const query = filters.query.trim();
  // As the Quotes panel lists them: the quotes of the events, by the filters' speakers, matching the search.
  const quotes = events
    .flatMap((e) => index.quotesByEvent.get(e.id) ?? [])
    .filter((q) => quotePasses(index, q, filters) && (!query || search.quoteIds.has(q.id)));
  return { events, quotes, description: describeFilters(index, filters, span) };
}
