// Quotes of the events in view, or of the selected event's article. A quote
// selects its event; a speaker adds them to the filter.
import { formatEventDate } from '../../corpus/dates';
import type { Quote } from '../../corpus/schema';
import { quotesOfArticle } from '../../store/corpus-index';
import { useCorpusStore } from '../../store/corpus-store';
import { quotePasses } from '../../store/filtering';
import { showEvent } from '../../store/navigation';
import { useViewStore } from '../../store/view-store';
import { ActorChip } from '../shared/ActorChip';
import { useDeferredFilters, useEventsInView } from '../shared/use-filtered';

const MAX_LISTED = 150;

function useQuotes(): { quotes: Quote[]; scope: string } {
  const index = useCorpusStore();
  const selected = useViewStore((s) => s.selectedEventId);
  const filters = useDeferredFilters();
  const inView = useEventsInView();
  const event = selected ? index.eventsById.get(selected) : undefined;
  if (event) {
    return { quotes: quotesOfArticle(index, event.articleId), scope: 'in this article' };
  }
  const quotes = inView.flatMap((i) => index.quotesByEvent.get(index.eventsInOrder[i].id) ?? [])
    .filter((q) => quotePasses(index, q, filters));
  return { quotes, scope: 'in view' };
}

export function QuotesPanel() {
  const index = useCorpusStore();
  const { quotes, scope } = useQuotes();
  const listed = quotes.slice(0, MAX_LISTED);
  return (
    <section className="dl-panel dl-quotes" aria-label="Quotes">
      <header className="dl-panel-head">
        <h2>Quotes</h2>
        <span className="dl-muted">
          {quotes.length.toLocaleString('en')} {scope}
        </span>
      </header>
      {quotes.length === 0 ? (
        <p className="dl-empty">No quotes {scope}.</p>
      ) : (
        <ul className="dl-quote-list">
          {listed.map((q) => {
            const eventId = index.eventOfQuote.get(q.id)!;
            const article = index.articlesById.get(q.articleId);
            const speaker = q.speakerId ? index.actorsById.get(q.speakerId) : undefined;
            return (
              <li key={q.id} className="dl-quote">
                <button type="button" className="dl-quote-text" onClick={() => showEvent(eventId)}>
                  <q>{q.text}</q>
                </button>
                <div className="dl-quote-meta">
                  {speaker ? <ActorChip actor={speaker} /> : <span className="dl-muted">Unattributed</span>}
                  {article && (
                    <span className="dl-muted">
                      {formatEventDate({ start: article.date })} · {article.title}
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {quotes.length > MAX_LISTED && (
        <p className="dl-muted dl-more">{(quotes.length - MAX_LISTED).toLocaleString('en')} more; zoom in or filter.</p>
      )}
    </section>
  );
}
