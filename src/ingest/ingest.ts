// Folder -> corpus: list, read, parse, extract (cached by content, on worker
// threads for large folders), assemble, validate. Node only.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../corpus/schema';
import { validateCorpus, type Corpus } from '../corpus/schema';
import { buildCorpus, parseArticleFiles, type ArticleExtraction, type Extractor } from './assemble';
import { extractArticle } from './extract/extract-article';
import { cacheKey, DEFAULT_CACHE_DIR, ExtractCache } from './extract-cache';
import { listArticleFiles, readArticleFiles } from './files';
import { parseArticle, type ParseResult } from './parse';
import { addSalience } from './rank/salience';
import { extractInProcess, extractParallel, type ParallelOptions } from './parallel';
import { inShard, type Shard } from './parts/shard';
import { extractionPart } from './parts/format';
import { OVERRIDES_FILE, type ActorOverrides } from './resolve';
import { validateExtraction } from './validate';

export { validateExtraction } from './validate';

export interface IngestResult {
  corpus: Corpus;
  ms: number;
  /** Articles extracted in this run and articles taken from the cache. */
  stats?: { extracted: number; cached: number };
}

export interface IngestOptions {
  /**
   * Extraction cache folder (relative to the working folder); `false`: no cache. Default `.cache/extract`, or none when
   * `DATELINE_NO_CACHE` is set.
   */
  cacheDir?: string | false;
  /** Only the files of this shard, written as an unresolved corpus part (parts/format.ts) for `npm run merge`. */
  shard?: Shard;
}

/**
 * The last parse of each file of each folder, by the sha1 of its bytes: a rebuild in the same process (the dev
 * server's, after an edit) parses the edited file only, and the unchanged articles stay the same records (so
 * their cache keys are not hashed again). Only the files of the last run of a folder are kept.
 */
const parsedFiles = new Map<string, Map<string, { sha1: string; parsed: ParseResult }>>();

interface Read {
  articles: Article[];
  warnings: Corpus['warnings'];
  /** How many of `warnings` come from listing the folder (the rest from parsing). */
  listed: number;
}

function readAndParse(dir: string, shard?: Shard): Read {
  const listing = listArticleFiles(dir);
  const files = listing.files.filter((f) => inShard(f, shard));
  const warnings = listing.warnings.filter((w) => inShard(w.file, shard));
  const folder = path.resolve(dir);
  const before = parsedFiles.get(folder);
  const now = new Map<string, { sha1: string; parsed: ParseResult }>();
  const parse = (bytes: Uint8Array, file: string): ParseResult => {
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    const last = before?.get(file);
    const parsed = last?.sha1 === sha1 ? last.parsed : parseArticle(bytes, file);
    now.set(file, { sha1, parsed });
    return parsed;
  };
  const out = parseArticleFiles(readArticleFiles(dir, files), warnings, parse);
  if (parsedFiles.size > 8 && !before) parsedFiles.clear();
  parsedFiles.set(folder, now);
  return { ...out, listed: warnings.length };
}

function cacheOf(options: IngestOptions, folder: string): ExtractCache | undefined {
  const dir = options.cacheDir ?? (process.env.DATELINE_NO_CACHE ? false : DEFAULT_CACHE_DIR);
  // A shard keeps its own cache file: shards running side by side would rewrite one file, each dropping the others' entries.
  const scope = path.resolve(folder) + (options.shard ? `\0shard ${options.shard.index}/${options.shard.count}` : '');
  return dir === false ? undefined : new ExtractCache(path.resolve(dir), scope);
}

/** Splits the articles into cache hits and the ones still to extract. */
function lookupCache(articles: Article[], cache: ExtractCache | undefined) {
  const found = new Map<string, ArticleExtraction>();
  const keys = new Map<string, string>();
  const todo: Article[] = [];
  for (const a of articles) {
    if (!cache) {
      todo.push(a);
      continue;
    }
    const key = cacheKey(a);
    keys.set(a.id, key);
    const hit = cache.get(key, a);
    if (hit) found.set(a.id, hit);
    else todo.push(a);
  }
  return { found, keys, todo };
}

/**
 * Salience over the whole corpus, then the corpus validated but for the mentions, events and quotes of the
 * extractions (checked by `validateExtraction` when they were extracted, in this run or before the cache kept
 * them). The merge of corpus parts ends the same way.
 */
export function finishCorpus(corpus: Corpus): Corpus {
  addSalience(corpus);
  // Checking the whole corpus again would check every extraction twice (and copy it: at 50,000 articles, gigabytes).
  const published = corpus.events.filter((e) => e.kind === 'published');
  // The checked parts as zod returns them (its field order), so the JSON is the same as a run without the cache.
  const checked = validateCorpus({ ...corpus, mentions: [], quotes: [], events: published });
  return { ...checked, mentions: corpus.mentions, quotes: corpus.quotes, events: corpus.events };
}

/** `fresh`: the ids of the articles extracted in this run. A shard's run writes its part, unresolved. */
function finish(
  dir: string,
  t0: number,
  read: Read,
  found: Map<string, ArticleExtraction>,
  fresh: Set<string>,
  shard?: Shard,
): IngestResult {
  const { articles, warnings, listed } = read;
  const corpus = shard
    ? extractionPart({
        name: path.basename(path.resolve(dir)),
        articles,
        warnings,
        listed,
        found,
        shard,
        overrides: readOverrides(dir)?.text,
      })
    : finishCorpus(buildCorpus(articles, warnings, (a) => found.get(a.id), readOverrides(dir)));
  return { corpus, ms: performance.now() - t0, stats: { extracted: fresh.size, cached: found.size - fresh.size } };
}

/** The reader's corrections to the actors (`dateline.actors.json` in the folder), read fresh on every build. */
export function readOverrides(dir: string): ActorOverrides | undefined {
  const file = path.join(dir, OVERRIDES_FILE);
  return fs.existsSync(file) ? { file: OVERRIDES_FILE, text: fs.readFileSync(file, 'utf8') } : undefined;
}

/**
 * Synchronous, in-process ingest. `extract: null` skips extraction (articles
 * and published events only). The default extractor's results are cached.
 */
export function ingestFolder(dir: string, extract: Extractor | null = extractArticle, options: IngestOptions = {}): IngestResult {
  const t0 = performance.now();
  const read = readAndParse(dir, options.shard);
  const { articles } = read;
  if (!extract) return finish(dir, t0, read, new Map(), new Set(), options.shard);
  const cache = extract === extractArticle ? cacheOf(options, dir) : undefined;
  const { found, keys, todo } = lookupCache(articles, cache);
  for (const a of todo) {
    const r = validateExtraction(extract(a), a);
    found.set(a.id, r);
    cache?.put(keys.get(a.id) ?? '', a, r);
  }
  cache?.flush();
  return finish(dir, t0, read, found, new Set(todo.map((a) => a.id)), options.shard);
}

/** The same corpus as `ingestFolder` with the default extractor, extracted on worker threads when there are many articles to do. */
export async function ingestFolderParallel(dir: string, options: IngestOptions & ParallelOptions = {}): Promise<IngestResult> {
  const t0 = performance.now();
  const read = readAndParse(dir, options.shard);
  const { articles } = read;
  const cache = cacheOf(options, dir);
  const { found, keys, todo } = lookupCache(articles, cache);
  // Checked where they were extracted (on the workers, in parallel).
  const results = options.workers === 0 ? extractInProcess(todo, options.onProgress) : await extractParallel(todo, options);
  todo.forEach((a, i) => {
    found.set(a.id, results[i]);
    cache?.put(keys.get(a.id) ?? '', a, results[i]);
  });
  cache?.flush();
  return finish(dir, t0, read, found, new Set(todo.map((a) => a.id)), options.shard);
}

export function summarize({ corpus, ms }: IngestResult): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return (
    [
      n(corpus.articles.length, 'article'),
      n(corpus.events.length, 'event'),
      n(corpus.actors.length, 'actor'),
      n(corpus.quotes.length, 'quote'),
      n(corpus.warnings.length, 'warning'),
    ].join(', ') + ` in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}`
  );
}

export function formatWarning(w: { file: string; line?: number; message: string }): string {
  return `warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`;
}
