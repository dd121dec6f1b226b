// Adding the reader's own articles, on the page's main thread: pick the
// article files, hand them to the workers (parse, extract, resolve with the
// bundled corpus), keep the result in IndexedDB and put the union in the
// corpus store, so every view works on it. Loaded on first use (a dynamic
// import): the extraction code and lexicons live in the worker's bundle.
import type { CorpusIndexFile, Warning } from '../corpus/schema';
import { classifyPath, isHidden, SKIPPED_DIRS } from '../ingest/article-paths';
import type { ArticleFile } from '../ingest/files';
import { warmSearch } from '../search/search-index';
import { useBodiesStore } from '../store/bodies-store';
import { useCorpusStore } from '../store/corpus-store';
import { useNoticeStore } from '../store/notice-store';
import { refuseOnTiled, useAddStore } from './add-store';
import { headOf } from './heads';
import type { PickedFile } from './picked';
import type { Merged } from './merge';
import { Cancelled, ExtractPool } from './pool';
import { corpusUrl } from 'virtual:dateline/corpus';
import { forgetAll, isQuotaError, keep, keepSnapshot, readKept, readSnapshot, type KeptArticle } from './storage';

/** What this page has added so far (the same as IndexedDB holds, unless the storage was full). */
let kept: KeptArticle[] = [];
let keptWarnings: Warning[] = [];

/** Marks the end of a step of adding (`dateline:add:<step>`, measured from the previous one), for bench:add and the browser's profiler. */
function step(name: string, since: number): number {
  const now = performance.now();
  performance.measure(`dateline:add:${name}`, { start: since, end: now });
  return now;
}

const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
const notify = (message: string, tone: 'warning' | 'info' = 'warning') => useNoticeStore.getState().notify(message, tone);

function bundledCorpus(): CorpusIndexFile {
  const { bundled } = useAddStore.getState();
  if (!bundled) throw new Error('the corpus is not loaded yet');
  return bundled;
}

const nameOf = () => bundledCorpus().name ?? '';

/** The bundled corpus with the added articles joined: what the corpus store shows. */
function union(merged: Merged): CorpusIndexFile {
  const bundled = bundledCorpus();
  return {
    ...bundled,
    articles: [...bundled.articles, ...kept.map((k) => headOf(k.article))],
    actors: merged.actors,
    events: merged.events,
    quotes: merged.quotes,
    warnings: [...bundled.warnings, ...keptWarnings, ...merged.warnings],
  };
}

/** The union as it stands, for the next visit (best effort: without it, that visit resolves again). */
function snapshot(merged: Merged): void {
  keepSnapshot(nameOf(), { corpusUrl, extractor: __DATELINE_EXTRACTOR__, ids: kept.map((k) => k.id), merged }).catch((err: unknown) =>
    console.warn('Dateline: the joined corpus could not be kept:', err),
  );
}

function show(merged: Merged): void {
  useBodiesStore.getState().preload(new Map(kept.map((k) => [k.id, k.article.text])));
  useCorpusStore.getState().setCorpus(union(merged));
  useAddStore.setState({ addedIds: kept.map((k) => k.id), warnings: [...keptWarnings, ...merged.warnings] });
  setTimeout(() => warmSearch(useCorpusStore.getState().index), 500);
}

async function resolveWith(pool: ExtractPool, records: KeptArticle[]): Promise<Merged> {
  const { actors, events, quotes } = bundledCorpus();
  return pool.resolve(
    { actors, events, quotes },
    records.map((k) => k.article),
    new Map(records.map((k) => [k.id, k.extraction])),
  );
}

/** The files to read, and warnings for the others (the Node ingest's rule: .txt articles; docs, hidden files and node_modules skipped). */
function sortOut(picked: PickedFile[]): { files: PickedFile[]; warnings: Warning[] } {
  const files: PickedFile[] = [];
  const warnings: Warning[] = [];
  for (const p of picked) {
    const parts = p.path.split('/');
    if (parts.some((part) => isHidden(part)) || parts.slice(0, -1).some((d) => SKIPPED_DIRS.has(d))) continue;
    const kind = classifyPath(p.path);
    if (kind === 'article') files.push(p);
    else if (kind !== 'skip') warnings.push(kind);
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, warnings };
}

/**
 * Reads, extracts and keeps the articles among `picked`. A cancel or a
 * failure adds nothing; a full storage shows them for this visit and says so.
 */
export async function addFiles(picked: PickedFile[]): Promise<void> {
  const store = useAddStore;
  if (refuseOnTiled()) return;
  if (store.getState().progress) {
    notify('Articles are still being read: wait for them, or cancel, before adding more.', 'info');
    return;
  }
  const { files, warnings } = sortOut(picked);
  if (files.length === 0) {
    keptWarnings = [...keptWarnings, ...warnings];
    store.setState({ warnings: [...store.getState().warnings, ...warnings] });
    notify(`No article to add: ${picked.length === 0 ? 'no file was given' : 'none of the files is a .txt article'}.`);
    return;
  }
  const pool = new ExtractPool(ExtractPool.sizeFor(files.length));
  store.setState({ progress: { done: 0, total: files.length, phase: 'reading' }, cancel: () => pool.terminate() });
  try {
    let t = performance.now();
    const bytes: ArticleFile[] = await Promise.all(
      files.map(async (f) => ({ path: f.path, bytes: new Uint8Array(await f.file.arrayBuffer()) })),
    );
    t = step('read', t);
    const parsed = await pool.parse(bytes);
    t = step('parse', t);
    const known = new Set(useCorpusStore.getState().index.corpus.articles.map((a) => a.id));
    const batchWarnings = [...warnings, ...parsed.warnings];
    const articles = parsed.articles.filter((a) => {
      if (!known.has(a.id)) return true;
      batchWarnings.push({ file: a.file ?? a.id, message: `duplicate id "${a.id}" (already in the corpus); skipped` });
      return false;
    });
    store.setState({ progress: { done: 0, total: articles.length, phase: 'reading' } });
    const extractions = await pool.extract(articles, (done) =>
      store.setState({ progress: { done, total: articles.length, phase: 'reading' } }),
    );
    store.setState({ progress: { done: articles.length, total: articles.length, phase: 'joining' } });
    const now = Date.now();
    const fresh: KeptArticle[] = articles.map((article, i) => ({
      id: article.id,
      article,
      extraction: extractions.get(article.id)!,
      extractor: __DATELINE_EXTRACTOR__,
      added: now + i,
    }));
    t = step('extract', t);
    const merged = await resolveWith(pool, [...kept, ...fresh]);
    t = step('resolve', t);
    let stored = true;
    try {
      // Warnings are kept with the articles they came with: a batch of bad files alone is said once, not on every visit.
      if (fresh.length) await keep(nameOf(), fresh, batchWarnings);
    } catch (err) {
      stored = false;
      notify(
        isQuotaError(err)
          ? "This browser's storage for the page is full: the new articles are shown now but will be gone after a reload." +
              ' Remove your articles, or free some space, to keep them.'
          : `The new articles are shown now but could not be kept in this browser (${err instanceof Error ? err.message : String(err)}).`,
      );
    }
    t = step('keep', t);
    kept = [...kept, ...fresh];
    keptWarnings = [...keptWarnings, ...batchWarnings];
    if (stored && fresh.length) snapshot(merged);
    show(merged);
    step('show', t);
    const skipped = batchWarnings.length ? `; ${count(batchWarnings.length, 'warning')} in the warnings list` : '';
    if (fresh.length) notify(`Added ${count(fresh.length, 'article')}${stored ? '' : ' (not kept)'}${skipped}.`, 'info');
    else notify(`No article was added${skipped}.`);
  } catch (err) {
    if (err instanceof Cancelled) notify('Adding was cancelled: nothing was added.', 'info');
    else notify(`The articles could not be added: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    pool.terminate();
    store.setState({ progress: null, cancel: null });
  }
}

/** Forgets every added article, here and in IndexedDB: the bundled corpus comes back as it was. */
export async function removeAdded(): Promise<void> {
  await forgetAll(nameOf());
  kept = [];
  keptWarnings = [];
  useCorpusStore.getState().setCorpus(bundledCorpus());
  useAddStore.setState({ addedIds: [], warnings: [] });
  notify('Your articles were removed from this browser.', 'info');
}

const sameIds = (ids: string[], records: KeptArticle[]) => ids.length === records.length && records.every((k, i) => k.id === ids[i]);

/** The union to start with; the kept bodies ready for the event pane. */
function restored(merged: Merged): CorpusIndexFile {
  useBodiesStore.getState().preload(new Map(kept.map((k) => [k.id, k.article.text])));
  useAddStore.setState({ addedIds: kept.map((k) => k.id), warnings: [...keptWarnings, ...merged.warnings] });
  return union(merged);
}

/**
 * At start: the articles kept by an earlier visit joined to `bundled`, or
 * `bundled` itself when there are none (or the storage cannot be read).
 */
export async function withKept(bundled: CorpusIndexFile): Promise<CorpusIndexFile> {
  const stored = await readKept(bundled.name ?? '');
  if (stored.articles.length === 0 && stored.warnings.length === 0) return bundled;
  const ids = new Set(bundled.articles.map((a) => a.id));
  // The corpus may have been rebuilt with one of them since: the bundled article wins.
  kept = stored.articles.filter((k) => !ids.has(k.id));
  keptWarnings = stored.warnings;
  if (kept.length === 0) {
    useAddStore.setState({ warnings: keptWarnings });
    return { ...bundled, warnings: [...bundled.warnings, ...keptWarnings] };
  }
  // Kept by an older version of the extractor (the app was rebuilt since): read again, and kept so.
  const stale = kept.filter((k) => k.extractor !== __DATELINE_EXTRACTOR__);
  const last = stale.length ? undefined : await readSnapshot(bundled.name ?? '').catch(() => undefined);
  if (last && last.corpusUrl === corpusUrl && last.extractor === __DATELINE_EXTRACTOR__ && sameIds(last.ids, kept)) {
    return restored(last.merged);
  }
  const pool = new ExtractPool(ExtractPool.sizeFor(stale.length));
  try {
    if (stale.length) {
      const redone = await pool.extract(
        stale.map((k) => k.article),
        () => {},
      );
      for (const k of stale) Object.assign(k, { extraction: redone.get(k.id)!, extractor: __DATELINE_EXTRACTOR__ });
      await keep(bundled.name ?? '', stale, []).catch((err: unknown) =>
        console.warn('Dateline: the re-read articles could not be kept:', err),
      );
    }
    const merged = await resolveWith(pool, kept);
    snapshot(merged);
    return restored(merged);
  } finally {
    pool.terminate();
  }
}
