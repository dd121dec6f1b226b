// Corpus events -> vis-timeline items. Labels are plain text: the template
// below builds DOM nodes with textContent, so article text is never HTML.
import type { DataItem } from 'vis-timeline/esnext';
import { dateSpan, formatEventDate, isPointDate } from '../corpus/dates';
import type { CorpusEvent } from '../corpus/schema';

export interface EventItem extends DataItem {
  id: string;
  label: string;
  dateLabel: string;
  /** The row (vis-timeline group) the layout placed it in. */
  group?: string;
  /** The width of its text box as the layout planned it (one line or two balanced lines). */
  textPx?: number;
  /** A box's side of its date (vis-timeline's per-item `align`): away from a window edge. */
  align?: 'left' | 'right' | 'center';
  /** Set on a count of untitled events: the bucket it stands for, and where they sit. */
  more?: { start: number; end: number; centre: number; count: number };
}

const HALF_DAY = 12 * 60 * 60 * 1000;

/** Articles are boxes, single days points, longer or vaguer dates ranges. */
export function toItemType(event: CorpusEvent): 'box' | 'point' | 'range' {
  return event.kind === 'published' ? 'box' : isPointDate(event.date) ? 'point' : 'range';
}

export function toItem(event: CorpusEvent, group?: string): EventItem {
  const span = dateSpan(event.date);
  const dateLabel = formatEventDate(event.date);
  const classes = [`dl-${event.kind}`];
  if (event.date.approximate) classes.push('dl-approximate');
  const base = { id: event.id, label: event.title, dateLabel, className: classes.join(' '), content: '', group };
  const type = toItemType(event);
  if (type === 'range') return { ...base, type, start: span.start, end: span.end };
  return { ...base, type, start: new Date(span.start.getTime() + HALF_DAY) };
}

/** True when two items would draw the same, so the DataSet can skip them. */
export function sameItem(a: EventItem, b: EventItem): boolean {
  return (
    a.type === b.type &&
    a.label === b.label &&
    a.className === b.className &&
    a.group === b.group &&
    a.textPx === b.textPx &&
    a.align === b.align &&
    +(a.start as Date) === +(b.start as Date) &&
    +((a.end as Date | undefined) ?? 0) === +((b.end as Date | undefined) ?? 0)
  );
}

/** vis-timeline's `template` option: the item's content as text nodes. */
export function renderItem(item: EventItem): HTMLElement {
  // One element, label and title at once: every element of an item is styled,
  // laid out and painted again when a filter redraws the timeline.
  const root = document.createElement('span');
  root.className = 'dl-item-label dl-item-title';
  // The width the layout reserved (CSSOM, so the CSP's style-src holds).
  if (item.textPx) root.style.width = `${item.textPx}px`;
  root.textContent = item.label;
  root.title = item.more
    ? `${item.more.count.toLocaleString('en')} more events, ${item.dateLabel}: click to zoom in`
    : `${item.dateLabel}: ${item.label}`;
  // A keyboard stop (roving-focus.ts decides which one takes Tab).
  root.dataset.id = item.id;
  root.setAttribute('role', 'button');
  root.setAttribute('aria-label', root.title);
  root.tabIndex = -1;
  return root;
}
