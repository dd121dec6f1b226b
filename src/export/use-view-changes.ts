// Re-renders the caller on every pan, selection and filter: for what is
// computed from the stores' current state (the view's link, an export's scope).
import { useFilterStore } from '../store/filter-store';
import { useViewStore } from '../store/view-store';

export function useViewChanges(): void {
  useViewStore((s) => s.window);
  useViewStore((s) => s.selectedEventId);
  useFilterStore((s) => s.actorIds);
  useFilterStore((s) => s.match);
  useFilterStore((s) => s.query);
}
