// The selected event: date, title, its actors as chips, the article text with
// the event's sentence and quotes highlighted, and the article's other events.
// Everything is React text children: article text is never HTML.
import { useEffect, useRef } from 'react';
import { formatEventDate } from '../../corpus/dates';
import type { Actor, ArticleHead, CorpusEvent, Quote } from '../../corpus/schema';
import type { Body } from '../../store/bodies-store';
import { ActorChip } from '../shared/ActorChip';
import { markRuns } from '../shared/highlight';

/** Other events of the article listed here; an article can cite thousands of dates. */
const MAX_SIBLINGS = 40;

export interface EventPaneProps {
  event: CorpusEvent | null;
  article: ArticleHead | null;
  /** The article's text, once fetched. */
  body?: Body;
  actors?: Actor[];
  quotes?: Quote[];
  /** The article's events in time order, this one included. */
  siblings?: CorpusEvent[];
  onSelect?: (eventId: string) => void;
  onClose: () => void;
}

export function EventPane({ event, article, body, actors = [], quotes = [], siblings = [], onSelect, onClose }: EventPaneProps) {
  const text = body?.status === 'ready' ? body.text : null;
  const markRef = useRef<HTMLElement>(null);
  const paneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // A new event starts at its title; a mentioned one then shows its sentence.
    if (paneRef.current) paneRef.current.scrollTop = 0;
    markRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [event?.id, text]);

  if (!event) {
    return (
      <section className="dl-panel dl-event" aria-label="Event">
        <p className="dl-empty">Select an event on the timeline, or press → to walk through them.</p>
      </section>
    );
  }
  const others = siblings.filter((e) => e.id !== event.id);
  const runs =
    text !== null
      ? markRuns(text, [
          ...(event.kind === 'mentioned' ? [{ span: event.span, mark: 'event' }] : []),
          ...quotes.map((q) => ({ span: q.span, mark: 'quote' })),
        ])
      : [];
  const firstMarked = runs.findIndex((r) => r.marks.includes('event'));
  return (
    <section className="dl-panel dl-event" aria-label="Event" ref={paneRef}>
      <header className="dl-event-head">
        <div>
          <p className="dl-event-date">
            <time dateTime={event.date.start}>{formatEventDate(event.date)}</time>
            <span className={`dl-kind dl-kind-${event.kind}`}>{event.kind === 'published' ? 'Published' : 'Mentioned'}</span>
          </p>
          <h2 className="dl-event-title" id="dl-event-title" tabIndex={-1}>
            {event.title}
          </h2>
        </div>
        <button type="button" className="dl-icon-button" onClick={onClose} aria-label="Close the event" title="Close (Esc)">
          ×
        </button>
      </header>
      {actors.length > 0 && (
        <ul className="dl-chips" aria-label="Actors in this event">
          {actors.map((a) => (
            <li key={a.id}>
              <ActorChip actor={a} />
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <nav className="dl-siblings" aria-label="Other events of this article">
          <h3>Also in this article</h3>
          <ul>
            {others.slice(0, MAX_SIBLINGS).map((e) => (
              <li key={e.id}>
                <button type="button" className="dl-link-button" onClick={() => onSelect?.(e.id)}>
                  <span className="dl-muted">{formatEventDate(e.date)}</span> {e.title}
                </button>
              </li>
            ))}
          </ul>
          {others.length > MAX_SIBLINGS && (
            <p className="dl-muted">and {(others.length - MAX_SIBLINGS).toLocaleString('en')} more (the Events list has them all)</p>
          )}
        </nav>
      )}
      {article && (
        <article className="dl-article" aria-label={article.title}>
          {article.title !== event.title && <h3>{article.title}</h3>}
          <p className="dl-article-meta">
            Published {formatEventDate({ start: article.date })}
            {safeUrl(article.source) && (
              <>
                {' · '}
                <a href={safeUrl(article.source)} target="_blank" rel="noreferrer noopener">
                  source
                </a>
              </>
            )}
          </p>
          {body?.status === 'failed' && <p className="dl-notice dl-notice-warning">Could not load the article text ({body.error}).</p>}
          {text === null && body?.status !== 'failed' && <p className="dl-muted">Loading the article…</p>}
          <div className="dl-article-text">
            {runs.map((run, i) => {
              if (run.marks.length === 0) return <span key={run.start}>{run.text}</span>;
              return (
                <mark
                  key={run.start}
                  ref={i === firstMarked ? markRef : undefined}
                  className={run.marks.map((m) => `dl-hl-${m}`).join(' ')}
                >
                  {run.text}
                </mark>
              );
            })}
          </div>
        </article>
      )}
    </section>
  );
}

/** Only http(s) links leave the app; a `javascript:` source is shown inert. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
