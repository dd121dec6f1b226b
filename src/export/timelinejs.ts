// Knight Lab TimelineJS3's JSON (https://timeline.knightlab.com/docs/json-format.html):
// a title slide, then one slide per event. TimelineJS renders `text.text` as
// HTML, so every article string is escaped here: article text is data.
import { formatEventDate, precisionOf } from '../corpus/dates';
import type { CorpusEvent } from '../corpus/schema';
import { mainActor, sentenceOf, type ExportContext } from './sentences';

/** TimelineJS is built for up to a few hundred slides; above this the reader is offered the top events. */
export const TIMELINEJS_MAX_SLIDES = 300;

export interface TljsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TljsSlide {
  unique_id?: string;
  start_date?: TljsDate;
  end_date?: TljsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
}

export interface TljsTimeline {
  title: TljsSlide;
  events: TljsSlide[];
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A partial date at its own precision: `2019` has no month, `2019-03` no day. */
export function tljsDate(partial: string): TljsDate {
  const [y, m, d] = partial.split('-').map(Number);
  const p = precisionOf(partial);
  return p === 'year' ? { year: y } : p === 'month' ? { year: y, month: m } : { year: y, month: m, day: d };
}

/** Only http(s) links: a `javascript:` source must not become a link. */
function sourceLink(url: string, title: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeHtml(title);
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(title)}</a>`;
}

/**
 * Salience (0..1) first; a corpus from before ranking has none, so an article's
 * own event outranks a mentioned one. Kept in time order.
 */
export function topEvents(events: CorpusEvent[], n: number): CorpusEvent[] {
  if (events.length <= n) return events;
  const score = (e: CorpusEvent) => e.salience ?? (e.kind === 'published' ? 0.5 : 0.25);
  const keep = new Set([...events].sort((a, b) => score(b) - score(a)).slice(0, n));
  return events.filter((e) => keep.has(e));
}

/** A DOM-id-safe slide id: TimelineJS puts it in the page's hash. */
function slideId(eventId: string): string {
  return eventId.replace(/[^A-Za-z0-9_-]/g, '_');
}

export function eventSlide(ctx: ExportContext, event: CorpusEvent): TljsSlide {
  const sentence = sentenceOf(ctx, event);
  const paragraphs = [
    sentence && `<p>${escapeHtml(sentence)}</p>`,
    `<p>${sourceLink(ctx.articleSource(event.articleId), ctx.articleTitle(event.articleId))}</p>`,
  ];
  const slide: TljsSlide = {
    unique_id: slideId(event.id),
    start_date: tljsDate(event.date.start),
    text: { headline: escapeHtml(event.title), text: paragraphs.filter(Boolean).join('') },
  };
  if (event.date.end && event.date.end !== event.date.start) slide.end_date = tljsDate(event.date.end);
  if (event.date.approximate) slide.display_date = formatEventDate(event.date);
  const group = mainActor(ctx, event);
  if (group) slide.group = group;
  return slide;
}

export function toTimelineJs(ctx: ExportContext, events: CorpusEvent[], description: string): TljsTimeline {
  const count = `${events.length.toLocaleString('en')} event${events.length === 1 ? '' : 's'}`;
  return {
    title: {
      text: { headline: escapeHtml(ctx.corpusName), text: `<p>${escapeHtml(description)}</p><p>${count}, from Dateline.</p>` },
    },
    events: events.map((e) => eventSlide(ctx, e)),
  };
}
