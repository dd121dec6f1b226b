// Corpus events -> vis-timeline items. Labels are plain text: the template
// below builds DOM nodes with textContent, so article text is never HTML.
import type { DataItem } from 'vis-timeline/peer';
import { dateSpan, formatEventDate, isPointDate } from '../corpus/dates';
import type { CorpusEvent } from '../corpus/schema';

export interface EventItem extends DataItem {
  id: string;
  label: string;
  dateLabel: string;
}

const HALF_DAY = 12 * 60 * 60 * 1000;

export function toItem(event: CorpusEvent): EventItem {
  const span = dateSpan(event.date);
  const dateLabel = formatEventDate(event.date);
  const classes = [`dl-${event.kind}`];
  if (event.date.approximate) classes.push('dl-approximate');
  const base = { id: event.id, label: event.title, dateLabel, className: classes.join(' '), content: '' };
  if (event.kind === 'published') {
    return { ...base, type: 'box', start: new Date(span.start.getTime() + HALF_DAY) };
  }
  if (isPointDate(event.date)) {
    return { ...base, type: 'point', start: new Date(span.start.getTime() + HALF_DAY) };
  }
  return { ...base, type: 'range', start: span.start, end: span.end };
}

/** vis-timeline's `template` option: the item's content as text nodes. */
export function renderItem(item: EventItem): HTMLElement {
  const root = document.createElement('span');
  root.className = 'dl-item-label';
  const title = document.createElement('span');
  title.className = 'dl-item-title';
  title.textContent = item.label;
  root.append(title);
  if (item.type === 'range') {
    const date = document.createElement('span');
    date.className = 'dl-item-date';
    date.textContent = item.dateLabel;
    root.append(date);
  }
  return root;
}
