// The active filters, always in sight under the top bar: each ticked actor,
// the match mode and the query as removable chips, with how many events
// match across all dates (not only in view). Hidden when nothing filters.
// It is the first row of the main grid (app.css), so showing it takes no
// height from the timeline.
import { useCorpusStore } from '../../store/corpus-store';
import { useFilterStore } from '../../store/filter-store';
import { applyFilters } from '../../query/filters';

export function FilterBar() {
  const index = useCorpusStore((s) => s.index);
  const actorIds = useFilterStore((s) => s.actorIds);
  const match = useFilterStore((s) => s.match);
  const query = useFilterStore((s) => s.query);
  const toggleActor = useFilterStore((s) => s.toggleActor);
  const setMatch = useFilterStore((s) => s.setMatch);
  const setQuery = useFilterStore((s) => s.setQuery);
  const clearActors = useFilterStore((s) => s.clearActors);
  const searching = query.trim() !== '';
  if (actorIds.length === 0 && !searching) return null;
  const { count } = applyFilters(index, { actorIds, match, query });
  const total = index.eventsInOrder.length;
  return (
    <section className="dl-filterbar" aria-label="Active filters">
      <strong className="dl-filterbar-count" aria-live="polite">
        {count.toLocaleString('en')} of {total.toLocaleString('en')} events
      </strong>
      <ul className="dl-filterbar-chips">
        {actorIds.map((id) => {
          const actor = index.actorsById.get(id);
          const name = actor?.name ?? id;
          return (
            <li key={id}>
              <button
                type="button"
                className={`dl-chip dl-chip-${actor?.kind ?? 'unknown'} is-active dl-removable`}
                onClick={() => toggleActor(id)}
                aria-label={`Remove the filter ${name}`}
                title={`Remove ${name}`}
              >
                {name} <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
        {actorIds.length > 1 && (
          <li>
            <button
              type="button"
              className="dl-chip dl-chip-mode"
              onClick={() => setMatch(match === 'all' ? 'any' : 'all')}
              aria-label={`Match ${match === 'all' ? 'all' : 'any'} of the actors; switch to ${match === 'all' ? 'any' : 'all'}`}
            >
              {match === 'all' ? 'all of them' : 'any of them'}
            </button>
          </li>
        )}
        {searching && (
          <li>
            <button
              type="button"
              className="dl-chip dl-chip-query is-active dl-removable"
              onClick={() => setQuery('')}
              aria-label={`Remove the search "${query.trim()}"`}
            >
              “{query.trim()}” <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
      </ul>
      <button
        type="button"
        className="dl-link-button"
        onClick={() => {
          clearActors();
          setQuery('');
        }}
      >
        Clear all
      </button>
    </section>
  );
}
