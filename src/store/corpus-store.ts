// The loaded corpus and its indexes. Read-only after load.
import { create } from 'zustand';
import { SCHEMA_VERSION, type CorpusIndexFile } from '../corpus/schema';
import { indexCorpus, type CorpusIndex } from '../model/corpus-index';

export type { TimeWindow } from '../model/corpus-index';

export interface CorpusState extends CorpusIndex {
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
  ...indexCorpus(EMPTY_CORPUS),
  setCorpus: (corpus) => set(indexCorpus(corpus)),
}));
