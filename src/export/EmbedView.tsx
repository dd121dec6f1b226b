// `?embed=1`: the view for an <iframe>: the timeline, the event pane once an
// event is selected, and a link to the full app showing the same view.
import { useCorpusStore } from '../store/corpus-store';
import { currentUrlState } from '../store/url-sync';
import { useViewStore } from '../store/view-store';
import { EventPanel } from '../panels/event/EventPanel';
import { TimelineView } from '../timeline/TimelineView';
import { appBase, fullViewUrl } from './embed';
import { useViewChanges } from './use-view-changes';
import './embed.css';

export function EmbedView() {
  const name = useCorpusStore((s) => s.index.corpus.name);
  const selected = useViewStore((s) => s.selectedEventId);
  useViewChanges(); // the link follows every pan, selection and filter
  const href = fullViewUrl(appBase(window.location), currentUrlState());
  return (
    <div className="dl-app dl-embed">
      <header className="dl-embed-bar">
        <span className="dl-embed-name">{name ?? 'Dateline'}</span>
        <a className="dl-embed-open" href={href} target="_blank" rel="noopener">
          Open in Dateline
        </a>
      </header>
      <main className={`dl-embed-main${selected ? ' dl-embed-with-event' : ''}`}>
        <section className="dl-timeline-region" aria-label="Timeline">
          <TimelineView />
        </section>
        {selected && <EventPanel />}
      </main>
    </div>
  );
}
