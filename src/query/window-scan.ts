// Which events a time window shows: a binary search to the first candidate,
// ranges much wider than the window left out as context, and the events of
// one date. Pure functions over the corpus index.
import type { CorpusIndex, TimeWindow } from '../model/corpus-index';

/**
 * A range much wider than the window ("2019" seen at a week's zoom) is
 * context, not news of the moment: it shows once the reader zooms out to its
 * scale. Listing or drawing every such range would bury the window's events.
 */
export const CONTEXT_SHARE = 0.6;

export function isContext(index: CorpusIndex, i: number, width: number): boolean {
  return index.isRange[i] === 1 && index.ends[i] - index.starts[i] > width * CONTEXT_SHARE;
}

/**
 * The first event that can show in a window starting at `from`: anything
 * earlier ends before it or is context there (see CONTEXT_SHARE), so scans
 * start here instead of at the corpus' first event.
 */
export function firstCandidate(index: CorpusIndex, from: number, width: number): number {
  const { starts } = index;
  return lowerBound(starts, from - width * CONTEXT_SHARE - 864e5); // a day's event starts up to a day early
}

/** The position of the first value at or after `t` in sorted `values`. */
export function lowerBound(values: Float64Array, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices of passing events in the window at its scale, in time order. */
export function eventsInWindow(index: CorpusIndex, mask: Uint8Array, span: TimeWindow): number[] {
  const out: number[] = [];
  const { starts, ends } = index;
  const width = span.end - span.start;
  for (let i = firstCandidate(index, span.start, width); i < starts.length && starts[i] < span.end; i++) {
    if (mask[i] && ends[i] > span.start && !isContext(index, i, width)) out.push(i);
  }
  return out;
}

/** Indices of passing events dated on `date` (YYYY, YYYY-MM or YYYY-MM-DD), in time order: what a `date=` link lists. */
export function eventsOn(index: CorpusIndex, mask: Uint8Array, date: string): number[] {
  const out: number[] = [];
  index.eventsInOrder.forEach((e, i) => {
    if (mask[i] && e.date.start.startsWith(date)) out.push(i);
  });
  return out;
}
