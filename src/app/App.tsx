import { useEffect } from 'react';
import { commandForKey } from '../commands/registry';
import { ActorsPanel } from '../panels/actors/ActorsPanel';
import { EventPanel } from '../panels/event/EventPanel';
import { EventsList } from '../panels/events-list/EventsList';
import { FilterBar } from '../panels/filters/FilterBar';
import { QuotesPanel } from '../panels/quotes/QuotesPanel';
import { useUiStore, type PanelTab } from '../store/ui-store';
import { TimelineView } from '../timeline/TimelineView';
import { EmbedView } from '../export/EmbedView';
import { AddProgress } from '../add/AddArticles';
import { PasteDialog } from '../add/PasteDialog';
import { AfterFirstPaint } from './AfterFirstPaint';
import { Announcer } from './Announcer';
import { Notices } from './Notices';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SkipLinks } from './SkipLinks';
import { TopBar } from './TopBar';
import '../panels/panels.css';

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'event', label: 'Event' },
  { id: 'actors', label: 'Actors' },
  { id: 'quotes', label: 'Quotes' },
  { id: 'events', label: 'Events' },
];

/** Keys typed into a field belong to the field; Enter on a button presses it. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
    return !(
      target instanceof HTMLInputElement &&
      (target.type === 'checkbox' || target.type === 'radio') &&
      key !== 'Enter' &&
      key !== ' '
    );
  }
  return (key === 'Enter' || key === ' ') && target.closest('button, a, summary, [role="button"]') !== null;
}

export function App() {
  const tab = useUiStore((s) => s.tab);
  const setTab = useUiStore((s) => s.setTab);
  const embed = useUiStore((s) => s.embed);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || ownsKey(e.target, e.key)) return;
      if (useUiStore.getState().shortcutsOpen) return; // the dialog has the keyboard
      const command = commandForKey(e.key);
      if (!command) return;
      e.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (embed) return <EmbedView />;
  return (
    <div className="dl-app">
      <SkipLinks />
      <TopBar />
      <Notices />
      <AddProgress />
      <main className={`dl-main dl-tab-${tab}`}>
        <FilterBar />
        <AfterFirstPaint area="dl-actors">
          <ActorsPanel />
        </AfterFirstPaint>
        <section className="dl-timeline-region" aria-label="Timeline">
          <TimelineView />
        </section>
        <nav className="dl-tabs" aria-label="Panels">
          {TABS.map((t) => (
            <button key={t.id} type="button" aria-pressed={tab === t.id} onClick={() => setTab(t.id)}>
              {t.label}
            </button>
          ))}
        </nav>
        <EventPanel />
        <AfterFirstPaint area="dl-quotes">
          <QuotesPanel />
        </AfterFirstPaint>
        <AfterFirstPaint area="dl-events">
          <EventsList />
        </AfterFirstPaint>
      </main>
      <Announcer />
      <ShortcutsDialog />
      <PasteDialog />
    </div>
  );
}
