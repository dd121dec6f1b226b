// What the reader is looking at: the timeline's visible window and the
// selected event. The timeline and the commands both write here.
import { create } from 'zustand';
import { bulkExtent } from '../model/corpus-index';
import { useCorpusStore, type TimeWindow } from './corpus-store';
import { useFilterStore } from './filter-store';
import { applyFilters } from '../query/filters';

export const MIN_WINDOW_MS = 60 * 60 * 1000; // an hour
// News cites history: corpus dates run from -0986 to 2103, so the widest
// window holds four millennia (the timeline narrows it to the corpus' span).
export const MAX_WINDOW_MS = 4000 * 365.25 * 864e5;

/** A lone event is shown with a week on each side, not at hour scale. */
const FIT_MIN_MARGIN_MS = 7 * 864e5;

export interface ViewState {
  /** The visible window in ms; null until the timeline or a link sets it. */
  window: TimeWindow | null;
  selectedEventId: string | null;
  /** The date a `date=` link named (YYYY, YYYY-MM or YYYY-MM-DD): the Events list lists its events until the reader moves. */
  focusDate: string | null;
  setWindow: (window: TimeWindow) => void;
  select: (eventId: string | null) => void;
}

/** Keeps a window inside the zoom limits, around its centre. */
export function clampWindow({ start, end }: TimeWindow): TimeWindow {
  const centre = (start + end) / 2;
  const width = Math.min(Math.max(end - start, MIN_WINDOW_MS), MAX_WINDOW_MS);
  return { start: centre - width / 2, end: centre + width / 2 };
}

/** The window scaled around its centre: factor < 1 zooms in. */
export function zoomWindow(window: TimeWindow, factor: number): TimeWindow {
  const centre = (window.start + window.end) / 2;
  const half = ((window.end - window.start) * factor) / 2;
  return clampWindow({ start: centre - half, end: centre + half });
}

/** A window that shows all of `extent`, with a margin so edge items are not cut. */
export function fitWindow(extent: TimeWindow): TimeWindow {
  const margin = Math.max((extent.end - extent.start) * 0.05, FIT_MIN_MARGIN_MS);
  return clampWindow({ start: extent.start - margin, end: extent.end + margin });
}

/**
 * "Fit all": the bulk of the events the filters pass (1st to 99th percentile
 * of their dates), so one mention of 1119 does not squeeze the news of
 * 2019 into a pixel; the outliers are a pan away.
 */
export function fitAllWindow(): TimeWindow {
  const index = useCorpusStore.getState().index;
  const bulk = bulkExtent(index, applyFilters(index, useFilterStore.getState()).mask);
  return fitWindow(bulk ?? index.newsExtent);
}

export const useViewStore = create<ViewState>()((set) => ({
  window: null,
  selectedEventId: null,
  focusDate: null,
  setWindow: (window) => set({ window: clampWindow(window) }),
  select: (selectedEventId) => set({ selectedEventId }),
}));
