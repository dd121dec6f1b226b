// Start-up: fetch the corpus index, fill the stores, sync the URL, render.
// A corpus that cannot be loaded says why, in the page, instead of a blank one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bodiesUrl, corpusUrl } from 'virtual:dateline/corpus';
import type { CorpusIndexFile } from '../corpus/schema';
import { decodeIndex, type WireIndex } from '../corpus/wire';
import { useBodiesStore } from '../store/bodies-store';
import { useCorpusStore } from '../store/corpus-store';
import { startUrlSync } from '../store/url-sync';
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
  const wire = (await res.json()) as WireIndex;
  if (wire?.schemaVersion !== 1 || !Array.isArray(wire.events)) {
    throw new Error(`${corpusUrl} is not a Dateline corpus (schema version ${String(wire?.schemaVersion)}).`);
  }
  return decodeIndex(wire);
}

loadCorpus()
  .then((corpus) => {
    useBodiesStore.setState({ baseUrl: bodiesUrl });
    useCorpusStore.getState().setCorpus(corpus);
    startUrlSync();
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch((err: Error) => showFailure(`${err.message} Rebuild with "npm run build", or check the server.`));
