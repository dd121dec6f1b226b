import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import corpus from 'virtual:dateline/corpus';
import { useCorpusStore } from '../store/corpus-store';
import { startUrlSync } from '../store/url-sync';
import { App } from './App';
import './app.css';

useCorpusStore.getState().setCorpus(corpus);
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
