// The Export menu and the Embed dialog: loaded on first open (a dynamic
// import from the top bar), so the first paint's bundle does not carry them.
import { useEffect, useRef, useState } from 'react';
import { useNoticeStore } from '../store/notice-store';
import { useUiStore } from '../store/ui-store';
import { currentUrlState } from '../store/url-sync';
import { currentScope, exportCorpusJson, exportEventsCsv, exportImage, exportQuotesCsv, exportTimelineJs, type Extent } from './actions';
import { appBase, embedSnippet } from './embed';
import { TIMELINEJS_MAX_SLIDES, topEvents } from './timelinejs';
import type { ExportScope } from './scope';
import { useViewChanges } from './use-view-changes';
import './export.css';

function useCloseOnEscape(close: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [close]);
}

function run(task: () => Promise<void>, setBusy: (b: boolean) => void) {
  setBusy(true);
  task()
    .catch((err: Error) => useNoticeStore.getState().notify(`Export failed: ${err.message}`, 'info'))
    .finally(() => setBusy(false));
}

function ExportPanel({ close }: { close: () => void }) {
  const [extent, setExtent] = useState<Extent>('view');
  const [busy, setBusy] = useState(false);
  // Asked of TimelineJS when the scope is over its slide limit: which events to send.
  const [tooMany, setTooMany] = useState<ExportScope | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  useViewChanges(); // the scope follows a pan or a filter made while the menu is open
  const scope = currentScope(extent);
  const timelineJs = () => {
    if (scope.events.length > TIMELINEJS_MAX_SLIDES) setTooMany(scope);
    else run(() => exportTimelineJs(scope, scope.events), setBusy);
  };
  const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  return (
    <div className="dl-export" role="dialog" aria-label="Export" aria-busy={busy}>
      <fieldset className="dl-export-extent">
        <legend>What to export</legend>
        <label>
          <input ref={first} type="radio" name="dl-extent" checked={extent === 'view'} onChange={() => setExtent('view')} /> This view
        </label>
        <label>
          <input type="radio" name="dl-extent" checked={extent === 'corpus'} onChange={() => setExtent('corpus')} /> All filtered events,
          any date
        </label>
        <p className="dl-muted">
          {scope.description}: {count(scope.events.length, 'event')}, {count(scope.quotes.length, 'quote')}
        </p>
      </fieldset>
      {tooMany ? (
        <div className="dl-export-limit" role="alert">
          <p>
            {count(tooMany.events.length, 'event')}: TimelineJS is built for up to a few hundred slides, and slows down or stalls above
            that.
          </p>
          <button
            type="button"
            className="dl-button"
            onClick={() => run(() => exportTimelineJs(tooMany, topEvents(tooMany.events, TIMELINEJS_MAX_SLIDES)), setBusy)}
          >
            Top {TIMELINEJS_MAX_SLIDES} by salience
          </button>
          <button type="button" className="dl-button" onClick={() => run(() => exportTimelineJs(tooMany, tooMany.events), setBusy)}>
            All {tooMany.events.length.toLocaleString('en')}
          </button>
          <button type="button" className="dl-button" onClick={() => setTooMany(null)}>
            Back
          </button>
        </div>
      ) : (
        <ul className="dl-export-formats">
          <li>
            <button type="button" className="dl-button" disabled={busy} onClick={timelineJs}>
              TimelineJS JSON
            </button>
          </li>
          <li>
            <button type="button" className="dl-button" disabled={busy} onClick={() => run(() => exportEventsCsv(scope), setBusy)}>
              Events CSV
            </button>
          </li>
          <li>
            <button type="button" className="dl-button" disabled={busy} onClick={() => run(() => exportQuotesCsv(scope), setBusy)}>
              Quotes CSV
            </button>
          </li>
          <li>
            <button type="button" className="dl-button" disabled={busy} onClick={() => run(exportImage, setBusy)}>
              Image (PNG)
            </button>
          </li>
          <li>
            <button type="button" className="dl-button" disabled={busy} onClick={() => run(exportCorpusJson, setBusy)}>
              Corpus JSON (all articles)
            </button>
          </li>
          <li>
            <button type="button" className="dl-button" onClick={() => useUiStore.getState().setExportPanel('embed')}>
              Embed…
            </button>
          </li>
          <li>
            <button
              type="button"
              className="dl-button"
              onClick={() => {
                close();
                setTimeout(() => window.print(), 0);
              }}
            >
              Print…
            </button>
          </li>
        </ul>
      )}
      <button type="button" className="dl-button dl-export-close" onClick={close} aria-label="Close the export menu">
        ×
      </button>
    </div>
  );
}

function EmbedPanel({ close }: { close: () => void }) {
  const snippet = embedSnippet(appBase(window.location), currentUrlState(), 'Dateline timeline');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.select(), []);
  const copy = () => {
    navigator.clipboard.writeText(snippet).then(
      () => useNoticeStore.getState().notify('Embed code copied to the clipboard.', 'info'),
      () => field.current?.select(),
    );
  };
  return (
    <div className="dl-export dl-embed-dialog" role="dialog" aria-label="Embed">
      <label htmlFor="dl-embed-code">Paste this into a page to show this view:</label>
      <textarea id="dl-embed-code" ref={field} readOnly rows={4} value={snippet} />
      <button type="button" className="dl-button" onClick={copy}>
        Copy
      </button>
      <button type="button" className="dl-button dl-export-close" onClick={close} aria-label="Close the embed dialog">
        ×
      </button>
    </div>
  );
}

const close = () => useUiStore.getState().setExportPanel(null);

export default function ExportMenu() {
  const panel = useUiStore((s) => s.exportPanel);
  useCloseOnEscape(close);
  if (panel === 'embed') return <EmbedPanel close={close} />;
  return panel === 'menu' ? <ExportPanel close={close} /> : null;
}
