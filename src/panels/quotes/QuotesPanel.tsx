// Quotes of the events in view, or of the selected event's article. With a
// search, the quotes in view that match it (by their words or their speaker),
// the matching words marked. A quote selects its event; a speaker adds them
// to the filter.
import { useMemo } from 'react';
import { formatEventDate } from '../../corpus/dates';
import type { Quote } from '../../corpus/schema';
import { quotesOfArticle } from '../../model/corpus-index';
import { useCorpusStore } from '../../store/corpus-store';
import { quotePasses } from '../../query/filters';
import { showEvent } from '../../store/navigation';
import { useViewStore } from '../../store/view-store';
import { ActorChip } from '../shared/ActorChip';
import { markRuns, querySpans } from '../shared/highlight';
import { useDeferredFilters, useEventsInView, useFiltered } from '../shared/use-filtered';

const MAX_LISTED = 150;

function useQuotes(): { quotes: Quote[]; scope: string } {
  const index = useCorpusStore((s) => s.index);
  const selected = useViewStore((s) => s.selectedEventId);
  const { actorIds, match, query } = useDeferredFilters();
  const inView = useEventsInView();
  const { search } = useFiltered();
  // Kept while the deferred inputs are (see useEventsInView): a tick's first
  // render, with the old filters, does not filter every quote in view again.
  return useMemo(() => {
    const event = selected ? index.eventsById.get(selected) : undefined;
    if (event) {
      return { quotes: quotesOfArticle(index, event.articleId), scope: 'in this article' };
    }
    const filters = { actorIds, match, query };
    const trimmed = query.trim();
    const quotes = inView
      .flatMap((i) => index.quotesByEvent.get(index.eventsInOrder[i].id) ?? [])
      .filter((q) => quotePasses(index, q, filters) && (!trimmed || search.quoteIds.has(q.id)));
    // A tiled index zoomed out holds only the most salient events of its window: their quotes, said so.
    const shown = index.tiled && !index.tiled.complete ? 'in view, of its most salient events' : 'in view';
    return { quotes, scope: trimmed ? `matching “${trimmed}” ${shown}` : shown };
  }, [index, selected, actorIds, match, query, inView, search]);
}

/** A quote's words as text, the ones the search matched in <mark>. */
function QuoteText({ text, query }: { text: string; query: string }) {
  const spans = querySpans(text, query);
  if (spans.length === 0) return <q>{text}</q>;
  return (
    <q>
      {markRuns(
        text,
        spans.map((span) => ({ span, mark: 'match' })),
      ).map((run) => (run.marks.length ? <mark key={run.start}>{run.text}</mark> : run.text))}
    </q>
  );
}

export function QuotesPanel() {
  const index = useCorpusStore((s) => s.index);
  const { quotes, scope } = useQuotes();
  const { query } = useDeferredFilters();
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
                  <QuoteText text={q.text} query={query} />
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
