// What the page knows of the reader's added articles: the bundled corpus they
// join, how many are kept, the warnings about the files, and the progress of
// a batch. Small and in the first bundle; the work itself (local-corpus.ts)
// is loaded when the reader adds articles.
import { create } from 'zustand';
import type { CorpusIndexFile, Warning } from '../corpus/schema';
import { useCorpusStore } from '../store/corpus-store';
import { useNoticeStore } from '../store/notice-store';

export interface AddProgress {
  /** Articles extracted so far, of `total`; `joining` once every one is and the corpus is being resolved. */
  done: number;
  total: number;
  phase: 'reading' | 'joining';
}

export interface AddState {
  /** The corpus the app was built with: added articles are joined to it, never written into it. */
  bundled: CorpusIndexFile | null;
  /** Ids of the articles the reader added (kept in this browser). */
  addedIds: string[];
  /** Problems with the added files, named by file, newest batch last. */
  warnings: Warning[];
  progress: AddProgress | null;
  /** Stops the running batch (set while one runs). */
  cancel: (() => void) | null;
  pasteOpen: boolean;
  setPasteOpen: (open: boolean) => void;
}

export const useAddStore = create<AddState>()((set) => ({
  bundled: null,
  addedIds: [],
  warnings: [],
  progress: null,
  cancel: null,
  pasteOpen: false,
  setPasteOpen: (pasteOpen) => set({ pasteOpen }),
}));

/** A tiled corpus is read a window at a time (docs/tiles.md): there is no whole corpus in the page to join articles to. */
export const TILED_NO_ADD =
  'This corpus is too large to hold in the page, so it is read a window at a time: articles cannot be added to it here. ' +
  'Put them in its folder and rebuild.';

/** On a tiled corpus, says so and answers true: every way of adding asks here first (the menu, a drop, Paste). */
export function refuseOnTiled(): boolean {
  if (!useCorpusStore.getState().index.tiled) return false;
  useNoticeStore.getState().notify(TILED_NO_ADD);
  return true;
}
