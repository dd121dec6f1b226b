// Extraction cache by content, the worker pool and CLI progress.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract/extract-article';
import { pack, unpack } from '../../../src/ingest/extract-cache';
import { ingestFolder } from '../../../src/ingest/ingest';
import { extractInProcess, extractParallel } from '../../../src/ingest/parallel';
import { progressReporter } from '../../../src/ingest/progress';
import { bundledWorker } from '../../../src/ingest/worker-bundle';
import type { Article } from '../../../src/corpus/schema';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-cache-'));
const article = (i: number): string =>
  `date 2024-06-${String((i % 28) + 1).padStart(2, '0')}\ntitle Story ${i}\n\n` +
  `Jane Doe of Zentrix Holdings said on Monday "we will open a plant in Brokeville, California next year." Story ${i}.\n`;

describe('extraction cache', () => {
  it('re-extracts only the edited article, and gives the same corpus as no cache', () => {
    const dir = tmp();
    const cacheDir = path.join(dir, '.cache');
    fs.mkdirSync(path.join(dir, 'a'));
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, 'a', `s${i}.txt`), article(i));
    const first = ingestFolder(path.join(dir, 'a'), undefined, { cacheDir });
    expect(first.stats).toEqual({ extracted: 5, cached: 0 });
    const second = ingestFolder(path.join(dir, 'a'), undefined, { cacheDir });
    expect(second.stats).toEqual({ extracted: 0, cached: 5 });
    expect(second.corpus).toEqual(first.corpus);
    fs.appendFileSync(path.join(dir, 'a', 's3.txt'), 'Mr. Doe left.\n');
    const third = ingestFolder(path.join(dir, 'a'), undefined, { cacheDir });
    expect(third.stats).toEqual({ extracted: 1, cached: 4 });
    expect(third.corpus).toEqual(ingestFolder(path.join(dir, 'a'), undefined, { cacheDir: false }).corpus);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('extraction cache file', () => {
  const folder = (n: number) => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'a'));
    for (let i = 0; i < n; i++)
      fs.writeFileSync(path.join(dir, 'a', `s${i}.txt`), `source https://example.org/${i}\nauthor A. Writer\n${article(i)}`);
    return { dir, a: path.join(dir, 'a'), cacheDir: path.join(dir, '.cache') };
  };
  const cacheFiles = (cacheDir: string) => fs.readdirSync(cacheDir).sort();

  it('packs and unpacks an extraction exactly (ids, quote texts, actor refs), in the same field order', () => {
    const a: Article = {
      id: 'x1',
      date: '2024-06-19',
      title: 't',
      file: 'x1.txt',
      text: 'Jane Doe of Zentrix Holdings said on Monday "we will open a plant in Brokeville, California next year." She left.',
    };
    const x = extractArticle(a);
    const p = pack(a, x);
    expect(p).toBeDefined();
    expect(JSON.stringify(unpack(a, JSON.parse(JSON.stringify(p)) as NonNullable<typeof p>))).toBe(JSON.stringify(x));
  });

  it('one file per folder; an edit appends to the journal; the corpus JSON is the same as without the cache', () => {
    const { dir, a, cacheDir } = folder(30);
    ingestFolder(a, undefined, { cacheDir });
    expect(cacheFiles(cacheDir)).toHaveLength(1);
    fs.appendFileSync(path.join(a, 's3.txt'), 'Mr. Doe left.\n');
    const edited = ingestFolder(a, undefined, { cacheDir });
    expect(edited.stats).toEqual({ extracted: 1, cached: 29 });
    expect(cacheFiles(cacheDir).some((f) => f.endsWith('.journal'))).toBe(true);
    const again = ingestFolder(a, undefined, { cacheDir });
    expect(again.stats).toEqual({ extracted: 0, cached: 30 });
    expect(JSON.stringify(again.corpus)).toBe(JSON.stringify(ingestFolder(a, undefined, { cacheDir: false }).corpus));
    // Many edits: the file is rewritten and the journal goes.
    for (let i = 0; i < 10; i++) fs.appendFileSync(path.join(a, `s${i}.txt`), 'More.\n');
    expect(ingestFolder(a, undefined, { cacheDir }).stats).toEqual({ extracted: 10, cached: 20 });
    expect(cacheFiles(cacheDir).some((f) => f.endsWith('.journal'))).toBe(false);
    expect(ingestFolder(a, undefined, { cacheDir }).stats).toEqual({ extracted: 0, cached: 30 });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a corrupt cache file or a torn journal line is an empty cache, not an error', () => {
    const { dir, a, cacheDir } = folder(30);
    ingestFolder(a, undefined, { cacheDir });
    fs.appendFileSync(path.join(a, 's1.txt'), 'Edit.\n');
    ingestFolder(a, undefined, { cacheDir });
    const journal = cacheFiles(cacheDir).find((f) => f.endsWith('.journal')) ?? '';
    fs.appendFileSync(path.join(cacheDir, journal), '["abc", {"actors": [');
    expect(ingestFolder(a, undefined, { cacheDir }).stats).toEqual({ extracted: 0, cached: 30 });
    const main = cacheFiles(cacheDir).find((f) => f.endsWith('.json')) ?? '';
    fs.writeFileSync(path.join(cacheDir, main), '{"format": 2, "entr');
    const r = ingestFolder(a, undefined, { cacheDir });
    expect(r.stats).toEqual({ extracted: 29, cached: 1 });
    expect(r.corpus).toEqual(ingestFolder(a, undefined, { cacheDir: false }).corpus);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('worker pool', () => {
  it('workers give the same extractions as in-process, in order', async () => {
    const articles: Article[] = Array.from({ length: 400 }, (_, i) => ({
      id: `s${i}`,
      date: '2024-06-19',
      title: 't',
      file: `s${i}.txt`,
      text: `Jane Doe${i % 3 ? '' : ' of Zentrix Holdings'} said "we will open a plant in Brokeville, California next year." Story ${i}.`,
    }));
    let fellBack = '';
    const viaWorkers = await extractParallel(articles, { workers: 2, onFallback: (m) => (fellBack = m) });
    expect(fellBack).toBe('');
    expect(viaWorkers).toEqual(extractInProcess(articles));
  }, 60_000);

  it('the workers run a bundle of the extractor (no tsx loader), rebuilt only when an input changed', async () => {
    const file = await bundledWorker();
    expect(file && fs.existsSync(file)).toBe(true);
    const inputs = JSON.parse(fs.readFileSync(file!.replace(/\.mjs$/, '.inputs.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(inputs).some((f) => f.endsWith(path.join('src', 'ingest', 'extract', 'dates.ts')))).toBe(true);
    expect(Object.keys(inputs).some((f) => f.includes(`${path.sep}compromise${path.sep}`))).toBe(true);
    // Regular expressions with \p{...} stay literals: lowered to `new RegExp(...)` they are built again on every use.
    expect(fs.readFileSync(file!, 'utf8')).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);
    // The dev server names the source (its copy of this module is bundled elsewhere): the same bundle.
    expect(await bundledWorker(path.resolve('src/ingest/extract-worker.ts'))).toBe(file);
    expect(await bundledWorker(path.resolve('no/such/extract-worker.ts'))).toBeUndefined();
  });

  it("a checkout whose node_modules is a hard-linked copy of another's builds its own bundle and leaves the other's stamp", async () => {
    const root = tmp();
    const entryOf = (tree: string, source: string) => {
      const entry = path.join(root, tree, 'src', 'ingest', 'extract-worker.ts');
      fs.mkdirSync(path.dirname(entry), { recursive: true });
      fs.writeFileSync(entry, source);
      return entry;
    };
    const a = await bundledWorker(entryOf('a', 'export const tree = "checkout a";\n'));
    const stampA = a!.replace(/\.mjs$/, '.inputs.json');
    // The copy: b's bundle and stamp are a's files, linked.
    const b = path.join(root, 'b', 'node_modules', '.cache', 'dateline', path.basename(a!));
    fs.mkdirSync(path.dirname(b), { recursive: true });
    fs.linkSync(a!, b);
    fs.linkSync(stampA, b.replace(/\.mjs$/, '.inputs.json'));
    expect(await bundledWorker(entryOf('b', 'export const tree = "checkout b";\n'))).toBe(b);
    expect(fs.readFileSync(b, 'utf8')).toContain('checkout b');
    expect(fs.readFileSync(a!, 'utf8')).toContain('checkout a');
    expect(Object.keys(JSON.parse(fs.readFileSync(stampA, 'utf8')) as object)).toContain(
      path.join(root, 'a', 'src', 'ingest', 'extract-worker.ts'),
    );
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('progress', () => {
  it('prints a plain line every 10% when not a terminal, nothing for short ingests', () => {
    const lines: string[] = [];
    const p = progressReporter(false, (l) => lines.push(l));
    for (let i = 1; i <= 50; i++) p.update(i, 50);
    expect(lines).toEqual([]);
    for (let i = 1; i <= 1000; i++) p.update(i, 1000);
    p.stop();
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe('extracted 1000/1000 articles');
  });
});
