// What a printout adds under the timeline: the window's events with their
// dates, actors and sources. Hidden on screen (print.css shows it on paper);
// rendered into <body> so it follows the app rather than sitting in the top bar.
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { formatEventDate } from '../corpus/dates';
import { useCorpusStore } from '../store/corpus-store';
import { useViewStore } from '../store/view-store';
import { useDeferredFilters, useEventsInView } from '../panels/shared/use-filtered';
import { describeFilters } from './scope';
import './print.css';

/** Paper holds fewer rows than a screen: past this, the printout says how many it left out. */
const MAX_PRINTED = 500;

/** Actors named per event on paper; the rest are counted. */
const MAX_ACTORS = 6;

function actorList(names: string[]): string {
  const shown = names.slice(0, MAX_ACTORS).join(', ');
  return names.length > MAX_ACTORS ? `${shown} and ${names.length - MAX_ACTORS} more` : shown;
}

/** The timeline's box on A4 landscape with 10 mm margins, in CSS px: the width, and the height that leaves room for the title. */
const PRINT_WIDTH_PX = 1040;
const PRINT_HEIGHT_PX = 600;

/**
 * The timeline is laid out in px for the screen, and no script runs while a
 * page prints: print.css keeps the on-screen size and scales it by this
 * factor, kept current here, so nothing is cut off at the page's edge.
 */
function useTimelinePrintScale() {
  useEffect(() => {
    const region = document.querySelector<HTMLElement>('.dl-timeline-region');
    if (!region) return;
    const observer = new ResizeObserver(() => {
      const { offsetWidth: w, offsetHeight: h } = region;
      if (!w || !h) return;
      region.style.setProperty('--dl-screen-width', `${w}px`);
      region.style.setProperty('--dl-screen-height', `${h}px`);
      region.style.setProperty('--dl-print-zoom', String(Math.min(1, PRINT_WIDTH_PX / w, PRINT_HEIGHT_PX / h)));
    });
    observer.observe(region);
    return () => observer.disconnect();
  }, []);
}

export function PrintSummary() {
  const index = useCorpusStore((s) => s.index);
  const filters = useDeferredFilters();
  const span = useViewStore((s) => s.window);
  const inView = useEventsInView();
  // The same rows while the deferred window and filters stay (a tick first
  // re-renders with the old ones): React then skips the 500 rows.
  const rows = useMemo(
    () =>
      inView.slice(0, MAX_PRINTED).map((i) => {
        const e = index.eventsInOrder[i];
        const article = index.articlesById.get(e.articleId);
        return (
          <tr key={e.id}>
            <td>{formatEventDate(e.date)}</td>
            <td>{e.title}</td>
            <td>{actorList(e.actorIds.map((id) => index.actorsById.get(id)?.name ?? id))}</td>
            <td>
              {article?.title}
              {article?.source && <span className="dl-print-url">{article.source}</span>}
            </td>
          </tr>
        );
      }),
    [index, inView],
  );
  useTimelinePrintScale();
  return createPortal(
    <section className="dl-print-summary" aria-hidden="true">
      <h2>
        {index.corpus.name ?? 'Dateline'}: {describeFilters(index, filters, span)}
      </h2>
      <p>{inView.length.toLocaleString('en')} events in view</p>
      <table>
        <thead>
          <tr>
            <th>Date</th>
            <th>Event</th>
            <th>Actors</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      {inView.length > MAX_PRINTED && <p>{(inView.length - MAX_PRINTED).toLocaleString('en')} more; zoom in to print them.</p>}
    </section>,
    document.body,
  );
}
