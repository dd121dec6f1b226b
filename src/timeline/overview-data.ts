// The overview's numbers: a histogram of the passing events over a span
// that holds the bulk of them and the visible window. Pure, for the tests.
import { bulkExtent, tiledCounts, type CorpusIndex, type TimeWindow } from '../model/corpus-index';
import type { Filters } from '../query/filters';
import type { TimelineLayout } from './layout';

export interface Histogram {
  span: TimeWindow;
  bins: Int32Array;
  /** Passing events before and after the span: outliers, a click away. */
  before: number;
  after: number;
  total: number;
}

/** The span the strip draws: the bulk of the events (1st-99th percentile, as Fit all) padded, and the window. */
export function overviewSpan(index: CorpusIndex, mask: Uint8Array, span: TimeWindow | null): TimeWindow {
  // A tiled index holds the window's events only: the news span is the bulk.
  const bulk = (!index.tiled && bulkExtent(index, mask)) || index.newsExtent;
  // A lone day still gets a readable strip: at least a month.
  const width = Math.max(bulk.end - bulk.start, 30 * 864e5);
  const centre = (bulk.start + bulk.end) / 2;
  const pad = width * 0.05;
  let start = centre - width / 2 - pad;
  let end = centre + width / 2 + pad;
  if (span) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

/**
 * A tiled index under an actor filter alone (any of them, or one): the
 * actors' counts per coarse tile; else null (the loaded events are counted).
 */
function actorTotals(index: CorpusIndex, filters?: Filters) {
  if (!index.tiled || !filters || filters.actorIds.length === 0 || filters.query.trim() !== '') return null;
  if (filters.match === 'all' && filters.actorIds.length > 1) return null;
  return index.tiled.actorBuckets(filters.actorIds);
}

export function histogram(index: CorpusIndex, mask: Uint8Array, span: TimeWindow, binCount: number, filters?: Filters): Histogram {
  const bins = new Int32Array(Math.max(1, binCount));
  const { starts, ends } = index;
  const binMs = (span.end - span.start) / bins.length;
  let before = 0;
  let after = 0;
  let total = 0;
  const add = (t: number, n: number) => {
    total += n;
    if (t < span.start) before += n;
    else if (t >= span.end) after += n;
    else bins[Math.floor((t - span.start) / binMs)] += n;
  };
  const totals = tiledCounts(index, mask, 'overview') ?? actorTotals(index, filters);
  if (totals) {
    for (const b of totals) add((b.start + b.end) / 2, b.count);
    return { span, bins, before, after, total };
  }
  for (let i = 0; i < starts.length; i++) {
    if (!mask[i]) continue;
    // An event counts at its middle: a year's event in its year, not on 1 January.
    add((starts[i] + ends[i]) / 2, 1);
  }
  return { span, bins, before, after, total };
}

export type ShownCounts = Pick<TimelineLayout, 'inWindow' | 'titled'>;

/** What the timeline shows: how many of the window's events have their title drawn, or why nothing is. */
export function statusText(total: number, passing: number, counts: ShownCounts | null): string {
  if (total === 0) return 'No events in this corpus.';
  if (passing === 0) return 'No event passes the filters.';
  if (!counts) return '';
  const { inWindow, titled } = counts;
  const n = (k: number) => k.toLocaleString('en');
  if (inWindow === 0) return 'No events in this window; the overview shows where they are.';
  if (titled >= inWindow) return `All ${n(inWindow)} ${inWindow === 1 ? 'event' : 'events'} of this window by title.`;
  return `The ${n(titled)} most prominent of ${n(inWindow)} events here by title; zoom in for more (+N counts the rest).`;
}
