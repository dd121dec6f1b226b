// The loaded corpus and its indexes. Read-only after load.
import { create } from 'zustand';
import type { Corpus } from '../corpus/schema';
import { indexCorpus, type CorpusIndex } from './corpus-index';

export type { TimeWindow } from './corpus-index';

export interface CorpusState extends CorpusIndex {
  setCorpus: (corpus: Corpus) => void;
}

export const EMPTY_CORPUS: Corpus = {
  schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [],
};

export const useCorpusStore = create<CorpusState>()((set) => ({
  ...indexCorpus(EMPTY_CORPUS),
  setCorpus: (corpus) => set(indexCorpus(corpus)),
}));
