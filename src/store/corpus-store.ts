// The loaded corpus's index (model/corpus-index.ts). Read-only after load:
// components read it through a selector (`useCorpusStore((s) => s.index)`),
// code outside React through `useCorpusStore.getState().index`.
import { create } from 'zustand';
import { SCHEMA_VERSION, type CorpusIndexFile } from '../corpus/schema';
import { indexCorpus, type CorpusIndex } from '../model/corpus-index';

export type { TimeWindow } from '../model/corpus-index';

export interface CorpusState {
  /** Lookups and typed arrays over the corpus; `index.corpus` is the corpus file itself. */
  index: CorpusIndex;
  /** Bumped by setCorpus (a new corpus), not by setWindowIndex (more of the same corpus): the timeline rebuilds on it. */
  generation: number;
  setCorpus: (corpus: CorpusIndexFile) => void;
  /** A tiled corpus's index of the tiles around the window (src/tiled). */
  setWindowIndex: (index: CorpusIndex) => void;
}

export const EMPTY_CORPUS: CorpusIndexFile = {
  schemaVersion: SCHEMA_VERSION,
  articles: [],
  actors: [],
  events: [],
  quotes: [],
  warnings: [],
};

export const useCorpusStore = create<CorpusState>()((set) => ({
  index: indexCorpus(EMPTY_CORPUS),
  generation: 0,
  setCorpus: (corpus) => set((s) => ({ index: indexCorpus(corpus), generation: s.generation + 1 })),
  setWindowIndex: (index) => set({ index }),
}));
