// Moving through events: the keyboard walk and "bring this event into view".
import { useCorpusStore } from './corpus-store';
import { useFilterStore } from './filter-store';
import { applyFilters } from '../query/filters';
import { eventsInWindow, lowerBound } from '../query/window-scan';
import { useViewStore } from './view-store';

/** Pans (keeping the zoom) so the event is in view; does nothing if it already is. */
export function revealEvent(eventId: string): void {
  const index = useCorpusStore.getState().index;
  const i = index.orderOf.get(eventId);
  const view = useViewStore.getState();
  if (i === undefined || !view.window) return;
  const { start, end } = view.window;
  const width = end - start;
  const margin = width * 0.05;
  const s = index.starts[i];
  const e = Math.min(index.ends[i], s + width * 0.5);
  if (s >= start + margin && e <= end - margin) return;
  const centre = (s + e) / 2;
  view.setWindow({ start: centre - width / 2, end: centre + width / 2 });
}

/** Selects and reveals an event. */
export function showEvent(eventId: string): void {
  useViewStore.getState().select(eventId);
  revealEvent(eventId);
}

/** Selects the next (+1) or previous (-1) event that passes the filters, in time order. */
export function selectAdjacent(step: 1 | -1): void {
  const index = useCorpusStore.getState().index;
  const { mask } = applyFilters(index, useFilterStore.getState());
  const { selectedEventId, window } = useViewStore.getState();
  const n = index.eventsInOrder.length;
  let i: number;
  if (selectedEventId !== null && index.orderOf.has(selectedEventId)) {
    i = index.orderOf.get(selectedEventId)! + step;
  } else {
    // From nothing: the first (or last) event the Events list shows, else the next (previous)
    // event in time after (before) the window's centre, so a walk never leaps to the corpus' edge.
    const inView = window ? eventsInWindow(index, mask, window) : [];
    if (inView.length > 0) i = step === 1 ? inView[0] : inView[inView.length - 1];
    else if (window) i = lowerBound(index.starts, (window.start + window.end) / 2) - (step === 1 ? 0 : 1);
    else i = step === 1 ? 0 : n - 1;
  }
  while (i >= 0 && i < n && !mask[i]) i += step;
  if (i < 0 || i >= n) return;
  showEvent(index.eventsInOrder[i].id);
}
