// The current filter result, shared by every panel (applyFilters memoizes).
import { useCorpusStore } from '../../store/corpus-store';
import { useFilterStore } from '../../store/filter-store';
import { applyFilters, eventsInWindow, type FilterResult } from '../../store/filtering';
import { useViewStore } from '../../store/view-store';

export function useFiltered(): FilterResult {
  const index = useCorpusStore();
  const actorIds = useFilterStore((s) => s.actorIds);
  const match = useFilterStore((s) => s.match);
  const query = useFilterStore((s) => s.query);
  return applyFilters(index, { actorIds, match, query });
}

/** Indices (into eventsInOrder) of the passing events in the visible window. */
export function useEventsInView(): number[] {
  const index = useCorpusStore();
  const { mask } = useFiltered();
  const window = useViewStore((s) => s.window);
  return window ? eventsInWindow(index, mask, window) : [];
}
