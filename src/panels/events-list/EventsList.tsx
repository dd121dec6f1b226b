// The events in view, in time order, with the filters applied: the
// timeline's content as a list of buttons, for keyboards and screen readers.
import { formatEventDate } from '../../corpus/dates';
import { useCorpusStore } from '../../store/corpus-store';
import { showEvent } from '../../store/navigation';
import { useViewStore } from '../../store/view-store';
import { useEventsInView } from '../shared/use-filtered';

const MAX_LISTED = 300;

export function EventsList() {
  const events = useCorpusStore((s) => s.eventsInOrder);
  const selected = useViewStore((s) => s.selectedEventId);
  const inView = useEventsInView();
  const listed = inView.slice(0, MAX_LISTED);
  return (
    <section className="dl-panel dl-events" aria-label="Events">
      <header className="dl-panel-head">
        <h2>Events</h2>
        <span className="dl-muted">{inView.length.toLocaleString('en')} in view</span>
      </header>
      {inView.length === 0 ? (
        <p className="dl-empty">No events in view. Zoom out or clear the filters.</p>
      ) : (
        <ol className="dl-event-list">
          {listed.map((i) => {
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
          })}
        </ol>
      )}
      {inView.length > MAX_LISTED && (
        <p className="dl-muted dl-more">
          {(inView.length - MAX_LISTED).toLocaleString('en')} more; zoom in to list them.
        </p>
      )}
    </section>
  );
}
