// The Hunspell word list's text, read from the `dictionary-en` package. Node:
// read from disk; the page's build swaps in dictionary-text.browser.ts (an
// alias in vite.config.ts), which bundles the same file. Empty if unreadable.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function read(): string {
  try {
    const require = createRequire(import.meta.url);
    return fs.readFileSync(path.join(path.dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8');
  } catch {
    return '';
  }
}

export const DICTIONARY_TEXT: string = read();
