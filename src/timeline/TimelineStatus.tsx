// One line that says what the timeline shows: how many of the window's
// events have their title drawn, or why there is nothing to draw.
import { useCorpusStore } from '../store/corpus-store';
import { useFilterStore } from '../store/filter-store';
import { applyFilters } from '../store/filtering';
import type { TimelineLayout } from './layout';

export function statusText(total: number, passing: number, counts: Pick<TimelineLayout, 'inWindow' | 'titled'> | null): string {
  if (total === 0) return 'No events in this corpus.';
  if (passing === 0) return 'No event passes the filters.';
  if (!counts) return '';
  const { inWindow, titled } = counts;
  const n = (k: number) => k.toLocaleString('en');
  if (inWindow === 0) return 'No events in this window; the overview below shows where they are.';
  if (titled >= inWindow) return `All ${n(inWindow)} ${inWindow === 1 ? 'event' : 'events'} of this window by title.`;
  return `The ${n(titled)} most prominent of ${n(inWindow)} events here by title; zoom in for more (+N counts the rest).`;
}

export function TimelineStatus({ counts }: { counts: Pick<TimelineLayout, 'inWindow' | 'titled'> | null }) {
  const index = useCorpusStore();
  const actorIds = useFilterStore((s) => s.actorIds);
  const match = useFilterStore((s) => s.match);
  const query = useFilterStore((s) => s.query);
  const { count } = applyFilters(index, { actorIds, match, query });
  return (
    <p className="dl-timeline-status">
      {statusText(index.eventsInOrder.length, count, counts)}
    </p>
  );
}
