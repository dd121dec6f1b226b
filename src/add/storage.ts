// The reader's added articles and their extraction, kept in IndexedDB (idb)
// for the next visit. One database per bundled corpus; the bundled corpus
// itself is never written. A batch is written in one transaction: a cancel
// or a full disk leaves the previous state, never half a batch.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article, Warning } from '../corpus/schema';
import type { ArticleExtraction } from '../ingest/assemble';
import type { Merged } from './merge';

export interface KeptArticle {
  id: string;
  article: Article;
  extraction: ArticleExtraction;
  /** The extractor version that made `extraction`. */
  extractor: string;
  /** When it was added (ms since 1970): restores in the order added. */
  added: number;
}

/**
 * The last union of the bundled corpus and the kept articles: a later visit
 * to the same build (same corpus file, same extractor, same articles) shows
 * it without starting a worker.
 */
export interface Snapshot {
  corpusUrl: string;
  extractor: string;
  ids: string[];
  merged: Merged;
}

interface AddedDb extends DBSchema {
  articles: { key: string; value: KeptArticle };
  warnings: { key: number; value: Warning };
  snapshot: { key: string; value: Snapshot };
}

const VERSION = 2;
const SNAPSHOT = 'union';

let opened: Promise<IDBPDatabase<AddedDb>> | undefined;
let openedName = '';

function db(corpusName: string): Promise<IDBPDatabase<AddedDb>> {
  const name = `dateline-added:${corpusName}`;
  if (!opened || openedName !== name) {
    openedName = name;
    opened = openDB<AddedDb>(name, VERSION, {
      upgrade(d, from) {
        if (from < 1) {
          d.createObjectStore('articles', { keyPath: 'id' });
          d.createObjectStore('warnings', { autoIncrement: true });
        }
        if (from < 2) d.createObjectStore('snapshot');
      },
    });
  }
  return opened;
}

export async function readKept(corpusName: string): Promise<{ articles: KeptArticle[]; warnings: Warning[] }> {
  const d = await db(corpusName);
  const [articles, warnings] = await Promise.all([d.getAll('articles'), d.getAll('warnings')]);
  return { articles: articles.sort((a, b) => a.added - b.added), warnings };
}

/** Whether the storage is full: the reader is told so in words. */
export const isQuotaError = (err: unknown): boolean => err instanceof DOMException && err.name === 'QuotaExceededError';

export async function keep(corpusName: string, articles: KeptArticle[], warnings: Warning[]): Promise<void> {
  const d = await db(corpusName);
  const tx = d.transaction(['articles', 'warnings'], 'readwrite');
  await Promise.all([
    ...articles.map((a) => tx.objectStore('articles').put(a)),
    ...warnings.map((w) => tx.objectStore('warnings').add(w)),
    tx.done,
  ]);
}

export async function forgetAll(corpusName: string): Promise<void> {
  const d = await db(corpusName);
  const tx = d.transaction(['articles', 'warnings', 'snapshot'], 'readwrite');
  await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('warnings').clear(), tx.objectStore('snapshot').clear(), tx.done]);
}

export async function readSnapshot(corpusName: string): Promise<Snapshot | undefined> {
  return (await db(corpusName)).get('snapshot', SNAPSHOT);
}

/** Best effort: without it the next visit resolves again. */
export async function keepSnapshot(corpusName: string, snapshot: Snapshot): Promise<void> {
  await (await db(corpusName)).put('snapshot', snapshot, SNAPSHOT);
}
