// The selected event: its date, title and the article it comes from.
// Everything here is React text children: article text is never HTML.
import { formatEventDate } from '../../corpus/dates';
import type { Article, CorpusEvent } from '../../corpus/schema';

export interface EventPaneProps {
  event: CorpusEvent | null;
  article: Article | null;
  onClose: () => void;
}

export function EventPane({ event, article, onClose }: EventPaneProps) {
  return (
    <section className="dl-event" aria-label="Event">
      {!event ? (
        <p className="dl-empty">Select an event on the timeline to read its article.</p>
      ) : (
        <>
          <header className="dl-event-head">
            <div>
              <p className="dl-event-date">
                <time dateTime={event.date.start}>{formatEventDate(event.date)}</time>
                <span className="dl-kind">{event.kind === 'published' ? 'Published' : 'Mentioned'}</span>
              </p>
              <h2 className="dl-event-title">{event.title}</h2>
            </div>
            <button type="button" className="dl-icon-button" onClick={onClose} aria-label="Close the event">
              ×
            </button>
          </header>
          {article && (
            <article className="dl-article" aria-label={article.title}>
              {article.title !== event.title && <h3>{article.title}</h3>}
              <p className="dl-article-meta">
                Published {formatEventDate({ start: article.date })}
                {article.source && (
                  <>
                    {' · '}
                    <a href={safeUrl(article.source)} target="_blank" rel="noreferrer noopener">
                      source
                    </a>
                  </>
                )}
              </p>
              <div className="dl-article-text">{article.text}</div>
            </article>
          )}
        </>
      )}
    </section>
  );
}

/** Only http(s) links leave the app; a `javascript:` source is shown inert. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
