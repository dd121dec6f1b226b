// The page's copy of dictionary-text.ts: the same file, bundled by Vite into
// the extraction chunk (loaded only when a reader adds articles).
import dic from 'dictionary-en/index.dic?raw';

export const DICTIONARY_TEXT: string = dic;
