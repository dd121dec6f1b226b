// The current filter result, shared by every panel (applyFilters memoizes).
// Panels read the filters and the window deferred: after a tick or a pan the
// timeline paints first, and the lists follow in a render React may
// interrupt, so a click never waits for every panel.
import { useDeferredValue, useMemo } from 'react';
import { useCorpusStore } from '../../store/corpus-store';
import { useFilterStore } from '../../store/filter-store';
import { applyFilters, type FilterResult, type Filters } from '../../query/filters';
import { eventsInWindow } from '../../query/window-scan';
import { useViewStore } from '../../store/view-store';

export function useDeferredFilters(): Filters {
  const actorIds = useDeferredValue(useFilterStore((s) => s.actorIds));
  const match = useDeferredValue(useFilterStore((s) => s.match));
  const query = useDeferredValue(useFilterStore((s) => s.query));
  return { actorIds, match, query };
}

export function useFiltered(): FilterResult {
  const index = useCorpusStore((s) => s.index);
  return applyFilters(index, useDeferredFilters());
}

/**
 * Indices (into eventsInOrder) of the passing events in the visible window.
 * Kept while its deferred inputs are: a tick re-renders the panels at once
 * with the old filters (the new ones follow deferred), and that render must
 * not scan the window again for the same answer.
 */
export function useEventsInView(): number[] {
  const index = useCorpusStore((s) => s.index);
  const { mask } = useFiltered();
  const view = useDeferredValue(useViewStore((s) => s.window));
  return useMemo(() => (view ? eventsInWindow(index, mask, view) : []), [index, mask, view]);
}
