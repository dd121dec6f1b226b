// Connects the event pane to the stores.
import { useEffect } from 'react';
import { useBodiesStore } from '../../store/bodies-store';
import { actorsOfEvent, quotesOfArticle } from '../../model/corpus-index';
import { useCorpusStore } from '../../store/corpus-store';
import { showEvent } from '../../store/navigation';
import { useViewStore } from '../../store/view-store';
import { EventPane } from './EventPane';

export function EventPanel() {
  const index = useCorpusStore((s) => s.index);
  const selectedId = useViewStore((s) => s.selectedEventId);
  const select = useViewStore((s) => s.select);
  const event = selectedId ? (index.eventsById.get(selectedId) ?? null) : null;
  const article = event ? (index.articlesById.get(event.articleId) ?? null) : null;
  const body = useBodiesStore((s) => (article ? s.bodies.get(article.id) : undefined));
  const load = useBodiesStore((s) => s.load);
  useEffect(() => {
    if (article) load(article.id, article.body);
  }, [article, load]);
  const actors = event ? actorsOfEvent(index, event.id) : [];
  const siblings = event ? (index.eventsByArticle.get(event.articleId) ?? []) : [];
  const quotes = event
    ? event.kind === 'published'
      ? quotesOfArticle(index, event.articleId)
      : (index.quotesByEvent.get(event.id) ?? [])
    : [];
  return (
    <EventPane
      event={event}
      article={article}
      body={body}
      actors={actors}
      quotes={quotes}
      siblings={siblings}
      onSelect={showEvent}
      onClose={() => select(null)}
    />
  );
}
