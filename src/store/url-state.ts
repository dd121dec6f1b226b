// The address bar as a description of the view: parse and serialize, pure.
//   ?from=…&to=…&actors=id,id&match=all&event=id&q=text   (from/to: ISO dates or date-times)
//   ?date=2024-06-19 or #2024-06-19: centre that day at a few weeks and select its events
//   &embed=1: the compact view for an <iframe> (timeline and event pane only)
// A bad value is dropped with a notice naming it; the rest of the link applies.
import { checkPartial, periodEnd, periodStart } from '../corpus/dates';
import type { CorpusIndex, TimeWindow } from '../model/corpus-index';
import type { MatchMode } from '../query/filters';

export interface UrlState {
  window?: TimeWindow;
  actorIds?: string[];
  match?: MatchMode;
  eventId?: string;
  query?: string;
  /** A partial date to centre on (from `date=` or the hash). */
  date?: string;
  /** The compact view for an <iframe>. */
  embed?: boolean;
}

export interface ParsedUrl {
  state: UrlState;
  /** One line per ignored value, naming it. */
  notices: string[];
}

/** Days shown around a `date=` day: "a few weeks". */
const DATE_LINK_PADDING_DAYS = 10;

export function parseUrl(search: string, hash: string, index: Pick<CorpusIndex, 'actorsById' | 'eventsById'>): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const notices: string[] = [];
  const bad = (what: string, value: string, why: string) => notices.push(`Ignored ${what} "${truncate(value)}": ${why}.`);

  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const start = from === null ? NaN : parseInstant(from);
    const end = to === null ? NaN : parseInstant(to);
    if (from !== null && Number.isNaN(start)) bad('from', from, 'not a date');
    if (to !== null && Number.isNaN(end)) bad('to', to, 'not a date');
    if (!Number.isNaN(start) && !Number.isNaN(end)) {
      if (start < end) state.window = { start, end };
      else bad('from/to', `${from} … ${to}`, '"from" is not before "to"');
    } else if ((from === null) !== (to === null) && !Number.isNaN(from === null ? end : start)) {
      notices.push(`Ignored "${from === null ? 'to' : 'from'}": a window needs both "from" and "to".`);
    }
  }

  const actors = params.get('actors');
  if (actors) {
    const ids = actors
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const known = ids.filter((id) => index.actorsById.has(id));
    for (const id of ids) if (!index.actorsById.has(id)) bad('actor', id, 'no such actor in this corpus');
    state.actorIds = [...new Set(known)];
  }

  const match = params.get('match');
  if (match !== null) {
    if (match === 'any' || match === 'all') state.match = match;
    else bad('match', match, 'expected "any" or "all"');
  }

  const event = params.get('event');
  if (event !== null) {
    if (index.eventsById.has(event)) state.eventId = event;
    else bad('event', event, 'no such event in this corpus');
  }

  const q = params.get('q');
  if (q !== null && q.trim()) state.query = q;

  const hashDate = hash.replace(/^#/, '');
  const date = params.get('date') ?? (hashDate ? decodeURIComponent(hashDate) : null);
  if (date !== null) {
    if (checkPartial(date)) state.date = date;
    else bad('date', date, 'expected a real date as YYYY-MM-DD, YYYY-MM or YYYY');
  }
  const embed = params.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') state.embed = embed === '1';
    else bad('embed', embed, 'expected 1 or 0');
  }
  return { state, notices };
}

/** The window a `date=` link opens: the period, padded to a few weeks. */
export function windowForDate(partial: string): TimeWindow {
  const start = periodStart(partial).getTime();
  const end = periodEnd(partial).getTime();
  const pad = DATE_LINK_PADDING_DAYS * 864e5;
  return { start: start - pad, end: end + pad };
}

export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.window) {
    params.set('from', formatInstant(state.window.start));
    params.set('to', formatInstant(state.window.end));
  }
  if (state.actorIds && state.actorIds.length > 0) params.set('actors', state.actorIds.join(','));
  if (state.match && state.match !== 'any') params.set('match', state.match);
  if (state.eventId) params.set('event', state.eventId);
  if (state.query) params.set('q', state.query);
  if (state.embed) params.set('embed', '1');
  // Commas and colons read better unescaped, and are legal in a query string.
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

/** `YYYY-MM-DD` (local midnight) or any ISO date-time; NaN otherwise. */
export function parseInstant(value: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return checkPartial(value) ? periodStart(value).getTime() : NaN;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) return NaN;
  return Date.parse(value);
}

/** ISO date-time in UTC, to the second: exact enough to restore a view. */
export function formatInstant(ms: number): string {
  return new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
