// What a printout adds under the timeline: the window's events with their
// dates, actors and sources. Hidden on screen (print.css shows it on paper);
// rendered into <body> so it follows the app rather than sitting in the top bar.
import { createPortal } from 'react-dom';
import { formatEventDate } from '../corpus/dates';
import { useCorpusStore } from '../store/corpus-store';
import { useViewStore } from '../store/view-store';
import { useDeferredFilters, useEventsInView } from '../panels/shared/use-filtered';
import { describeFilters } from './scope';
import './print.css';

/** Paper holds fewer rows than a screen: past this, the printout says how many it left out. */
const MAX_PRINTED = 500;

export function PrintSummary() {
  const index = useCorpusStore();
  const filters = useDeferredFilters();
  const window = useViewStore((s) => s.window);
  const inView = useEventsInView();
  const printed = inView.slice(0, MAX_PRINTED);
  return createPortal(
    <section className="dl-print-summary" aria-hidden="true">
      <h2>
        {index.corpus.name ?? 'Dateline'}: {describeFilters(index, filters, window)}
      </h2>
      <p>{inView.length.toLocaleString('en')} events in view</p>
      <table>
        <thead>
          <tr><th>Date</th><th>Event</th><th>Actors</th><th>Source</th></tr>
        </thead>
        <tbody>
          {printed.map((i) => {
            const e = index.eventsInOrder[i];
            const article = index.articlesById.get(e.articleId);
            return (
              <tr key={e.id}>
                <td>{formatEventDate(e.date)}</td>
                <td>{e.title}</td>
                <td>{e.actorIds.map((id) => index.actorsById.get(id)?.name ?? id).join(', ')}</td>
                <td>
                  {article?.title}
                  {article?.source && <span className="dl-print-url">{article.source}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {inView.length > MAX_PRINTED && <p>{(inView.length - MAX_PRINTED).toLocaleString('en')} more; zoom in to print them.</p>}
    </section>,
    document.body,
  );
}
