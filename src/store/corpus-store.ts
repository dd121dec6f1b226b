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
  setCorpus: (corpus: CorpusIndexFile) => void;
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
  setCorpus: (corpus) => set({ index: indexCorpus(corpus) }),
}));
