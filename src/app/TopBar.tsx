import { commandById } from '../commands/registry';
import { useCorpusStore } from '../store/corpus-store';
import { WarningsNotice } from './WarningsNotice';

const ZOOM_BUTTONS = [
  { id: 'zoom-out', icon: '−' },
  { id: 'zoom-in', icon: '+' },
  { id: 'fit', icon: '⤢' },
];

export function TopBar() {
  const corpus = useCorpusStore((s) => s.corpus);
  const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  return (
    <header className="dl-topbar">
      <h1 className="dl-brand">Dateline</h1>
      <p className="dl-counts">
        {count(corpus.articles.length, 'article')} · {count(corpus.events.length, 'event')}
      </p>
      <WarningsNotice warnings={corpus.warnings} />
      <div className="dl-zoom" role="group" aria-label="Zoom">
        {ZOOM_BUTTONS.map(({ id, icon }) => {
          const command = commandById(id);
          return (
            <button
              key={id}
              type="button"
              className="dl-button"
              onClick={command.run}
              aria-label={command.label}
              title={`${command.label} (${command.keys[0]})`}
            >
              <span aria-hidden="true">{icon}</span>
            </button>
          );
        })}
      </div>
    </header>
  );
}
