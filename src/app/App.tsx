import { useEffect } from 'react';
import { commandForKey } from '../commands/registry';
import { EventPane } from '../panels/event/EventPane';
import { useCorpusStore } from '../store/corpus-store';
import { useViewStore } from '../store/view-store';
import { TimelineView } from '../timeline/TimelineView';
import { TopBar } from './TopBar';

/** Keys typed into a field belong to the field, not to the shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function App() {
  const selectedId = useViewStore((s) => s.selectedEventId);
  const select = useViewStore((s) => s.select);
  const event = useCorpusStore((s) => (selectedId ? s.eventsById.get(selectedId) ?? null : null));
  const article = useCorpusStore((s) => (event ? s.articlesById.get(event.articleId) ?? null : null));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const command = commandForKey(e.key);
      if (!command) return;
      e.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="dl-app">
      <TopBar />
      <main className="dl-main">
        <section className="dl-timeline-region" aria-label="Timeline">
          <TimelineView />
        </section>
        <EventPane event={event} article={article} onClose={() => select(null)} />
      </main>
    </div>
  );
}
