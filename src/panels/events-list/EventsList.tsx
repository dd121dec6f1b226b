// The events in view, in time order, with the filters applied: the
// timeline's content as a list of buttons, for keyboards and screen readers.
// After a `date=` link, the events of that date, until the reader moves.
import { useMemo } from 'react';
import { formatEventDate, formatPartial } from '../../corpus/dates';
import { useCorpusStore } from '../../store/corpus-store';
import { showEvent } from '../../store/navigation';
import { eventsOn } from '../../query/window-scan';
import { useViewStore } from '../../store/view-store';
import { useEventsInView, useFiltered } from '../shared/use-filtered';

const MAX_LISTED = 300;

export function EventsList() {
  const index = useCorpusStore((s) => s.index);
  const events = index.eventsInOrder;
  const selected = useViewStore((s) => s.selectedEventId);
  const focusDate = useViewStore((s) => s.focusDate);
  const inView = useEventsInView();
  const { mask } = useFiltered();
  const onDate = useMemo(() => (focusDate ? eventsOn(index, mask, focusDate) : null), [index, mask, focusDate]);
  const shown = onDate ?? inView;
  // The same rows while the deferred inputs stay (a tick first re-renders
  // with the old filters): React then skips them.
  const rows = useMemo(
    () =>
      shown.slice(0, MAX_LISTED).map((i) => {
        const e = events[i];
        return (
          <li key={e.id}>
            <button
              type="button"
              className={`dl-event-row dl-${e.kind}`}
              aria-current={e.id === selected ? 'true' : undefined}
              onClick={() => showEvent(e.id)}
            >
              <span className="dl-event-row-date">{formatEventDate(e.date)}</span>
              <span className="dl-event-row-title">{e.title}</span>
            </button>
          </li>
        );
      }),
    [events, shown, selected],
  );
  return (
    <section className="dl-panel dl-events" aria-label="Events">
      <header className="dl-panel-head">
        <h2>Events</h2>
        <span className="dl-muted">
          {focusDate
            ? `${shown.length.toLocaleString('en')} on ${formatPartial(focusDate)}`
            : `${shown.length.toLocaleString('en')} in view`}
        </span>
      </header>
      {shown.length === 0 ? (
        <p className="dl-empty">
          {focusDate ? `No events on ${formatPartial(focusDate)}.` : 'No events in view. Zoom out or clear the filters.'}
        </p>
      ) : (
        <ol className="dl-event-list">{rows}</ol>
      )}
      {shown.length > MAX_LISTED && (
        <p className="dl-muted dl-more">{(shown.length - MAX_LISTED).toLocaleString('en')} more; zoom in to list them.</p>
      )}
    </section>
  );
}
