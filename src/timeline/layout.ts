// What vis-timeline is given: the titles of the most salient events that fit
// the window without overlapping (a map's biggest cities first), and, per
// calendar bucket, a small count of the passing events that got no room.
// Placement is greedy: events in salience order (salience.ts, re-ranked by
// the filters simply because only passing events compete) take the lowest
// free row at their date. Each row is a vis-timeline group, so what is laid
// out here is what is drawn; vis-timeline's cost follows the number of items
// it shows (toolchain.md), and this keeps that number to what fits.
import { tiledCounts, type CorpusIndex, type TimeWindow } from '../model/corpus-index';
import { firstCandidate, isContext } from '../query/window-scan';
import { bucketLabel, bucketOf, unitFor } from './buckets';
import { toItem, type EventItem } from './items';

/** A label's text on one line up to this width (px) (rows hold two lines anyway), then on two balanced lines... */
export const ONE_LINE_PX = 170;
/** ...of at most this width: two lines of about 50 characters. */
export const TEXT_MAX_PX = 340;
/** Padding and borders around a label's text. */
export const LABEL_PAD_PX = 22;
/** One row: two lines of text, padding, borders and the gap under it. */
export const ROW_PX = 46;
/** The row of counts over the axis, and the axis itself. */
export const MORE_ROW_PX = 24;
export const AXIS_PX = 40;
/** Width of a count's bucket on screen. */
export const BUCKET_PX = 110;
/** Free space kept between two labels in a row. */
const GAP_PX = 8;
/** Occupancy is tracked in cells this wide. */
const CELL_PX = 4;
const HALF_DAY = 12 * 3600e3;

export const MORE_GROUP = 'more';
export const MORE_PREFIX = 'more:';
export const rowGroup = (row: number): string => `row${row}`;
/** The row of a title's group (rowGroup's inverse); undefined for the row of counts. */
export const rowOf = (group: string | undefined): number | undefined => (group?.startsWith('row') ? Number(group.slice(3)) : undefined);

/** Text width in px at the label's font; a canvas in the browser, an estimate elsewhere. */
export type Measure = (text: string) => number;
/** About 6.6 px a character at 12.5 px; a little generous, so estimates do not overlap. */
export const estimateWidth: Measure = (text) => text.length * 6.6;

export interface LayoutInput {
  index: CorpusIndex;
  mask: Uint8Array;
  window: TimeWindow;
  widthPx: number;
  heightPx: number;
  selectedId: string | null;
  measure?: Measure;
  /**
   * Where titles were drawn last (event id -> row): a title that still fits
   * there stays, so a relayout moves fewer items and the picture holds still.
   */
  previousRows?: ReadonlyMap<string, number>;
}

export interface TimelineLayout {
  items: EventItem[];
  /** Rows of titles the height holds. */
  rows: number;
  /** Passing events in the visible window, and how many of them show their title. */
  inWindow: number;
  titled: number;
}

export function rowsFor(heightPx: number): number {
  return Math.max(1, Math.floor((heightPx - AXIS_PX - MORE_ROW_PX) / ROW_PX));
}

/**
 * The width (px) of a label's text box: its own width on one line, or two
 * balanced lines (with room for word wrap) when longer, so a 100-character
 * headline reads whole in two lines instead of being cut after 40.
 */
export function textBoxWidth(textPx: number): number {
  if (textPx <= ONE_LINE_PX) return Math.ceil(textPx) + 2;
  return Math.min(TEXT_MAX_PX, Math.ceil(textPx * 0.56) + 16);
}

// Text box widths by event position, measured once per corpus and measure.
const widthCache = new WeakMap<CorpusIndex, { measure: Measure; widths: Float32Array }>();

// What the placement loop reads of each event, in typed arrays: it runs over
// every competing event (80,000 at a wide zoom) several times per layout, and
// reading the event objects themselves cost most of that loop.
const eventTables = new WeakMap<CorpusIndex, { published: Uint8Array; titleLength: Uint16Array }>();

function tablesOf(index: CorpusIndex): { published: Uint8Array; titleLength: Uint16Array } {
  let hit = eventTables.get(index);
  if (!hit) {
    const events = index.eventsInOrder;
    hit = { published: new Uint8Array(events.length), titleLength: new Uint16Array(events.length) };
    for (let i = 0; i < events.length; i++) {
      hit.published[i] = events[i].kind === 'published' ? 1 : 0;
      hit.titleLength[i] = Math.min(events[i].title.length, 0xffff);
    }
    eventTables.set(index, hit);
  }
  return hit;
}

function labelWidths(index: CorpusIndex, measure: Measure): Float32Array {
  let hit = widthCache.get(index);
  if (!hit || hit.measure !== measure) {
    hit = { measure, widths: new Float32Array(index.eventsInOrder.length).fill(-1) };
    widthCache.set(index, hit);
  }
  return hit.widths;
}

export function layoutItems({
  index,
  mask,
  window: span,
  widthPx,
  heightPx,
  selectedId,
  measure = estimateWidth,
  previousRows,
}: LayoutInput): TimelineLayout {
  const width = Math.max(span.end - span.start, 1);
  const px = Math.max(widthPx, 1);
  // One screen either side, so a pan shows items before the next layout;
  // aligned to half screens so a small pan keeps the same competition.
  const step = width / 2;
  const from = Math.floor((span.start - width) / step) * step;
  const to = from + 4 * width;
  const msPerPx = width / px;
  const toPx = (t: number) => (t - span.start) / msPerPx;
  const originPx = toPx(from);
  const cells = Math.ceil((4 * px) / CELL_PX);
  const rows = rowsFor(heightPx);
  const occupied = new Uint8Array(rows * cells);
  const widths = labelWidths(index, measure);
  const { published, titleLength } = tablesOf(index);
  const { starts, ends, eventsInOrder, byRank } = index;
  const placed = new Uint8Array(starts.length);
  const items: EventItem[] = [];
  let titled = 0;

  const cellOf = (x: number) => Math.min(cells - 1, Math.max(0, Math.floor((x - originPx) / CELL_PX)));
  const fits = (row: number, a: number, b: number) => {
    for (let c = a; c <= b; c++) if (occupied[row * cells + c]) return false;
    return true;
  };
  // Where an event sits (the cell its label must hold): its dot, its box's
  // centre or its bar's visible start. From the index's arrays alone.
  const anchorOf = (i: number) => cellOf(index.isRange[i] ? Math.max(toPx(starts[i]), 0) : toPx(starts[i] + HALF_DAY));
  const anchorTaken = (anchor: number, maxRow: number) => {
    for (let r = 0; r <= maxRow; r++) if (!occupied[r * cells + anchor]) return false;
    return true;
  };
  // `maxRow`: the highest row this pass may use (see the passes below);
  // callers check first that the event's anchor is free in one of them.
  // Per pass, by a bar's first cell: the smallest last cell a bar starting
  // there found no room with. A bar from the same cell reaching as far or
  // further needs those cells too, so it finds none either (occupancy only
  // grows within a pass): half the events are bars, and most lose.
  const barFailed = new Int32Array(cells);
  const place = (i: number, maxRow: number, force: boolean): boolean => {
    // Rows 0..maxRow all taken where it sits (the common case once a
    // stretch is full): rejected before its label is measured.
    // The type as toItemType says, from the index's arrays (no date parsing in this loop).
    const type = index.isRange[i] ? 'range' : published[i] ? 'box' : 'point';
    if (widths[i] < 0) widths[i] = textBoxWidth(measure(eventsInOrder[i].title));
    const w = widths[i] + LABEL_PAD_PX;
    let left: number;
    let right: number;
    let align: EventItem['align'];
    if (type === 'range') {
      // vis-timeline keeps a range's label in view, so it starts at the
      // window's left edge when the range does not; it shows beside a narrow bar.
      left = toPx(starts[i]);
      right = Math.max(toPx(ends[i]), Math.max(left, 0) + w);
    } else if (type === 'box') {
      // A box is centred on its date, or leans away from a window edge so
      // that it shows whole (its line still points at the date).
      const x = toPx(starts[i] + HALF_DAY);
      align = x < w / 2 ? (x < 0 ? 'right' : 'left') : x > px - w / 2 ? (x > px ? 'left' : 'right') : 'center';
      [left, right] = align === 'left' ? [x, x + w] : align === 'right' ? [x - w, x] : [x - w / 2, x + w / 2];
    } else {
      // A point's label follows its dot.
      left = toPx(starts[i] + HALF_DAY) - 6;
      right = left + 16 + w;
    }
    // A label cut by a window edge is no title: it waits for a pan.
    if (!force && ((left < 0 && right > 0 && type !== 'range') || (left < px && right > px))) return false;
    const a = cellOf(left - GAP_PX / 2);
    const b = cellOf(right + GAP_PX / 2);
    if (!force && type === 'range' && b >= barFailed[a]) return false;
    const before = previousRows?.get(eventsInOrder[i].id);
    let row = before !== undefined && before <= maxRow && fits(before, a, b) ? before : 0;
    while (row <= maxRow && !fits(row, a, b)) row++;
    if (row > maxRow) {
      if (!force) {
        if (type === 'range') barFailed[a] = Math.min(barFailed[a], b);
        return false;
      }
      row = 0; // the selected event shows even over another
    }
    occupied.fill(1, row * cells + a, row * cells + b + 1);
    placed[i] = 1;
    items.push({ ...toItem(eventsInOrder[i], rowGroup(row)), textPx: widths[i], align });
    if (starts[i] < span.end && ends[i] > span.start) titled++;
    return true;
  };

  const candidate = (i: number) => mask[i] === 1 && starts[i] < to && ends[i] > from && !isContext(index, i, width);
  const selected = selectedId === null ? undefined : index.orderOf.get(selectedId);
  if (selected !== undefined && candidate(selected)) place(selected, rows - 1, true);
  // The competitors, most salient first, with their anchors: at a wide zoom
  // all 80,000 events of a large corpus compete, and most are turned away by
  // one look at their anchor's cells, so that look is a typed-array read.
  const ranked = new Int32Array(byRank.length);
  const anchors = new Int32Array(byRank.length);
  let competing = 0;
  for (let k = 0; k < byRank.length; k++) {
    const i = byRank[k];
    if (!candidate(i) || placed[i]) continue;
    anchors[competing] = anchorOf(i);
    ranked[competing++] = i;
  }
  // The first passes keep to the lowest rows: the most salient event of each
  // stretch of time gets a row before any crowd stacks up, so headlines
  // spread over the axis instead of piling on the busiest days.
  // Within a pass, a label that found no room at an anchor cell tells that a
  // label as long, of the same kind, will not find room there either: many
  // events share a day, so most later ones are turned away without a search.
  const failed = new Float32Array(2 * cells);
  for (const maxRow of new Set([0, Math.min(1, rows - 1), rows - 1])) {
    failed.fill(Infinity);
    barFailed.fill(cells);
    for (let k = 0; k < competing; k++) {
      const i = ranked[k];
      if (placed[i] || anchorTaken(anchors[k], maxRow)) continue;
      if (index.isRange[i]) {
        place(i, maxRow, false); // a bar's extent depends on its end as well
        continue;
      }
      // Compared by title length, not measured: measuring every event of a
      // wide window would cost more than the search it saves.
      const slot = (published[i] ? cells : 0) + anchors[k];
      const size = titleLength[i];
      if (size >= failed[slot]) continue;
      if (!place(i, maxRow, false)) failed[slot] = size;
    }
  }

  const { more, inWindow } = countUntitled(index, mask, placed, span, from, to, px);
  items.push(...more);
  return { items, rows, inWindow, titled };
}

/**
 * The passing events without a title, counted per calendar bucket about
 * BUCKET_PX wide: each count is an item drawn across its bucket's period,
 * which a click opens (TimelineView). Also counts the window's events.
 */
function countUntitled(index: CorpusIndex, mask: Uint8Array, placed: Uint8Array, span: TimeWindow, from: number, to: number, px: number) {
  const width = span.end - span.start;
  const unit = unitFor((width / px) * BUCKET_PX);
  const buckets = new Map<string, { start: number; end: number; count: number; sum: number }>();
  const { starts, ends } = index;
  let inWindow = 0;
  // Events come in time order, so the bucket changes only now and then:
  // look it up (which builds dates) only when it does.
  let bucket: { start: number; end: number; count: number; sum: number } | undefined;
  for (let i = firstCandidate(index, from, width); i < starts.length && starts[i] < to; i++) {
    if (!mask[i] || ends[i] <= from || isContext(index, i, width)) continue;
    if (starts[i] < span.end && ends[i] > span.start) inWindow++;
    if (placed[i]) continue;
    const t = Math.min(Math.max(starts[i] + HALF_DAY, from), ends[i]);
    if (!bucket || t < bucket.start || t >= bucket.end) {
      const b = bucketOf(t, unit);
      bucket = buckets.get(b.key) ?? { start: b.start, end: b.end, count: 0, sum: 0 };
      buckets.set(b.key, bucket);
    }
    bucket.count++;
    bucket.sum += t;
  }
  // A tiled index's loaded events are the most salient of more: the tiles' counts say how many.
  const totals = tiledCounts(index, mask, 'buckets');
  if (totals) {
    inWindow = 0;
    for (const [key, b] of buckets) buckets.set(key, { ...b, count: 0, sum: 0 });
    for (const t of totals) {
      if (t.end <= from || t.start >= to) continue;
      const mid = (t.start + t.end) / 2;
      if (mid >= span.start && mid < span.end) inWindow += t.count;
      const b = bucketOf(mid, unit);
      const into = buckets.get(b.key) ?? { start: b.start, end: b.end, count: 0, sum: 0 };
      into.count += t.count;
      into.sum += mid * t.count;
      buckets.set(b.key, into);
    }
    // Less the titled ones, which the loop above skipped.
    for (let i = firstCandidate(index, from, width); i < starts.length && starts[i] < to; i++) {
      if (!placed[i]) continue;
      const into = buckets.get(bucketOf(Math.min(Math.max(starts[i] + HALF_DAY, from), ends[i]), unit).key);
      if (into) into.count = Math.max(0, into.count - 1);
    }
  }
  const more: EventItem[] = [];
  for (const [key, b] of buckets) {
    if (b.count === 0) continue;
    more.push({
      id: `${MORE_PREFIX}${key}`,
      type: 'range',
      start: new Date(b.start),
      end: new Date(b.end),
      group: MORE_GROUP,
      label: `+${b.count.toLocaleString('en')}`,
      dateLabel: bucketLabel(b.start, b.end, unit.name),
      className: 'dl-more',
      content: '',
      more: { start: b.start, end: b.end, centre: b.sum / b.count, count: b.count },
    });
  }
  return { more, inWindow };
}

/**
 * Where a click on a count goes: its bucket, or, when the bucket is about as
 * wide as the window (calendar units jump, a week after a day), half the
 * window around where its events sit. Null when no zoom can narrow it.
 */
export function openMore(more: NonNullable<EventItem['more']>, span: TimeWindow, minWidth: number): TimeWindow | null {
  const width = span.end - span.start;
  if (width <= minWidth * 1.01) return null;
  const pad = (more.end - more.start) * 0.1;
  if (more.end - more.start + 2 * pad <= width * 0.7) return { start: more.start - pad, end: more.end + pad };
  const half = Math.max(width / 2, minWidth) / 2;
  return { start: more.centre - half, end: more.centre + half };
}
