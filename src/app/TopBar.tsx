import { lazy, Suspense } from 'react';
import { commandById, keyLabel, type CommandId } from '../commands/registry';
import { SearchBox } from './SearchBox';
import { useCorpusStore } from '../store/corpus-store';
import { useUiStore } from '../store/ui-store';
import { PrintSummary } from '../export/PrintSummary';
import { AfterFirstPaint } from './AfterFirstPaint';
import { DateJump } from './DateJump';
import { Legend } from './Legend';
import { WarningsNotice } from './WarningsNotice';
import { AddMenu } from '../add/AddArticles';
import { useAddStore } from '../add/add-store';

// Loaded when the reader first opens it: the export code stays out of the first paint's bundle.
const ExportMenu = lazy(() => import('../export/ExportMenu'));

const TOOL_BUTTONS: { id: CommandId; icon: string }[] = [
  { id: 'zoom-out', icon: '−' },
  { id: 'zoom-in', icon: '+' },
  { id: 'fit', icon: '⤢' },
];

function CommandButton({
  id,
  children,
  className = 'dl-button',
  expanded,
}: {
  id: CommandId;
  children: React.ReactNode;
  className?: string;
  expanded?: boolean;
}) {
  const command = commandById(id);
  return (
    <button
      type="button"
      className={className}
      onClick={command.run}
      aria-label={command.label}
      aria-expanded={expanded}
      title={`${command.label} (${keyLabel(command.keys[0])})`}
    >
      {children}
    </button>
  );
}

export function TopBar() {
  const corpus = useCorpusStore((s) => s.index.corpus);
  const tiled = useCorpusStore((s) => s.index.tiled);
  const exportPanel = useUiStore((s) => s.exportPanel);
  const addMenuOpen = useUiStore((s) => s.addMenuOpen);
  const addWarnings = useAddStore((s) => s.warnings);
  const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  return (
    <header className="dl-topbar">
      <div className="dl-title">
        <h1 className="dl-brand">Dateline</h1>
        <p className="dl-counts">
          {corpus.name && <strong>{corpus.name} · </strong>}
          {count(tiled?.articles ?? corpus.articles.length, 'article')} · {count(tiled?.events ?? corpus.events.length, 'event')} ·{' '}
          {count(corpus.actors.length, 'actor')}
        </p>
      </div>
      {/* The corpus' author can act on ingest warnings, a reader on those of the articles they added; the rest are in the `?` dialog. */}
      <WarningsNotice warnings={import.meta.env.DEV ? corpus.warnings : addWarnings} />
      <SearchBox />
      <DateJump />
      <div className="dl-tools" role="group" aria-label="View">
        {TOOL_BUTTONS.map(({ id, icon }) => (
          <CommandButton key={id} id={id}>
            <span aria-hidden="true">{icon}</span>
          </CommandButton>
        ))}
        <CommandButton id="copy-link" className="dl-button dl-text-button">
          Copy link
        </CommandButton>
        <div className="dl-export-anchor">
          <CommandButton id="export" className="dl-button dl-text-button" expanded={exportPanel !== null}>
            Export
          </CommandButton>
          <Suspense fallback={null}>{exportPanel && <ExportMenu />}</Suspense>
        </div>
        <div className="dl-export-anchor">
          <CommandButton id="add-articles" className="dl-button dl-text-button" expanded={addMenuOpen}>
            Add articles
          </CommandButton>
          <AddMenu />
        </div>
        <Legend />
        <CommandButton id="shortcuts">
          <span aria-hidden="true">?</span>
        </CommandButton>
      </div>
      <AfterFirstPaint>
        <PrintSummary />
      </AfterFirstPaint>
    </header>
  );
}
