// Start-up: fetch the corpus index, fill the stores, sync the URL, render.
// A corpus that cannot be loaded says why, in the page, instead of a blank one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bodiesUrl, corpusUrl, tilesUrl } from 'virtual:dateline/corpus';
import { useAddStore } from '../add/add-store';
import { inflate } from '../corpus/inflate';
import { SCHEMA_VERSION, type CorpusIndexFile } from '../corpus/schema';
import { decodeIndex, type WireIndex } from '../corpus/wire';
import { warmSearch } from '../search/search-index';
import { useBodiesStore } from '../store/bodies-store';
import { useCorpusStore } from '../store/corpus-store';
import { revealEvent } from '../store/navigation';
import { startUrlSync } from '../store/url-sync';
import { openTiles } from '../tiled/tiled-source';
import { App } from './App';
import './app.css';

const root = document.getElementById('root')!;

function showFailure(message: string) {
  root.replaceChildren();
  const box = document.createElement('div');
  box.className = 'dl-failure';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'Dateline could not load this corpus';
  const detail = document.createElement('p');
  detail.textContent = message;
  box.append(title, detail);
  root.append(box);
}

async function loadCorpus(): Promise<CorpusIndexFile> {
  const res = await fetch(corpusUrl);
  if (!res.ok) throw new Error(`The corpus file ${corpusUrl} answered HTTP ${res.status}.`);
  const wire = JSON.parse(await inflate(await res.arrayBuffer())) as WireIndex;
  performance.mark('dateline:parsed');
  if (wire?.schemaVersion !== SCHEMA_VERSION || !Array.isArray(wire.events)) {
    throw new Error(`${corpusUrl} is not a Dateline corpus (schema version ${String(wire?.schemaVersion)}).`);
  }
  const corpus = decodeIndex(wire);
  performance.mark('dateline:decoded');
  return corpus;
}

// The reader's articles kept by an earlier visit: the module starts loading with the corpus, and
// joins them (in a worker) only when there are some.
const kept = import('../add/local-corpus');

/** The bundled corpus with the reader's kept articles; the bundled one alone if their storage cannot be read. */
async function withKept(bundled: CorpusIndexFile): Promise<CorpusIndexFile> {
  useAddStore.setState({ bundled });
  try {
    return await (await kept).withKept(bundled);
  } catch (err) {
    console.warn('Dateline: the articles added in this browser could not be read:', err);
    return bundled;
  }
}

function render() {
  performance.mark('dateline:linked');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** A tiled corpus (docs/tiles.md): the manifest, then the tiles of the window the link or the default names (the actors beside them). */
async function startTiled() {
  const source = await openTiles(tilesUrl);
  useBodiesStore.setState({ baseUrl: bodiesUrl });
  // A link to an event anywhere: its day's tile joins the index before the link is read, so it is known.
  const params = new URLSearchParams(window.location.search);
  const linked = params.get('event');
  const found = linked !== null && (await source.pinEvent(linked));
  // A link that filters by actors is read once they are known; otherwise the first items do not wait for the actors.
  if (params.has('actors')) await source.loadActors();
  // Back or Forward to an event outside the loaded tiles (or to actors before their file is read): fetched first.
  startUrlSync(undefined, async ({ search }) => {
    const link = new URLSearchParams(search);
    const id = link.get('event');
    await Promise.all([id !== null && source.pinEvent(id), link.has('actors') && source.loadActors()]);
  });
  // Centred there, unless the link names its own window.
  if (found && !params.has('from') && !params.has('date') && !window.location.hash) revealEvent(linked);
  await source.follow();
  performance.mark('dateline:indexed');
  render();
  // The actors once the first items are drawn (the main thread idle): neither their bytes nor their parsing hold those up.
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 300));
  idle(() => source.loadActors().catch(() => undefined), { timeout: 1000 });
}

async function startWhole() {
  const corpus = await withKept(await loadCorpus());
  useBodiesStore.setState({ baseUrl: bodiesUrl });
  useCorpusStore.getState().setCorpus(corpus);
  performance.mark('dateline:indexed');
  startUrlSync();
  render();
  // After the first paint, not before it.
  setTimeout(() => warmSearch(useCorpusStore.getState().index), 1000);
}

(tilesUrl ? startTiled() : startWhole()).catch((err: Error) =>
  showFailure(`${err.message} Rebuild with "npm run build", or check the server.`),
);
