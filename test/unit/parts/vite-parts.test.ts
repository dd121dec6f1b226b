// DATELINE_CORPUS naming a folder of corpus parts: the build merges them (no ingest) into the index the app fetches.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { decodeIndex, type WireIndex } from '../../../src/corpus/wire';
import { ingestFolder } from '../../../src/ingest/ingest';
import { isPartsFolder, mergePartsFolder } from '../../../src/ingest/parts/merge';
import { dateline } from '../../../src/ingest/vite-plugin';
import { tempFolders } from '../temp-folders';

const { dir: tempDir } = tempFolders('dateline-vite-parts-');

/** An app of one module that imports the corpus, so a build runs the plugin as the real app's does. */
function tinyApp(): string {
  const root = tempDir();
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>');
  fs.writeFileSync(path.join(root, 'main.js'), "import { corpusUrl } from 'virtual:dateline/corpus';\nconsole.log(corpusUrl);\n");
  return root;
}

const ARTICLES: Record<string, string> = {
  'one.txt': 'date 2024-01-02\ntitle Obama in Chicago\n\nBarack Obama spoke in Chicago on Monday.',
  'two.txt': 'date 2024-01-03\ntitle Obama visits Kenya\n\nObama visited Kenya in 2015 and met Uhuru Kenyatta.',
  'three.txt': 'date 2024-01-04\ntitle Kenyatta replies\n\nUhuru Kenyatta said on 2 January 2024 that he "welcomed the visit".',
};

describe('a folder of corpus parts as DATELINE_CORPUS', () => {
  it('is told from an article folder: *.json parts and no .txt article', () => {
    const parts = tempDir();
    fs.writeFileSync(path.join(parts, 'part-0.json'), '{}');
    expect(isPartsFolder(parts)).toBe(true);
    fs.writeFileSync(path.join(parts, 'stray.txt'), 'date 2024-01-02\n\nText.');
    expect(isPartsFolder(parts)).toBe(false);
    expect(isPartsFolder(tempDir())).toBe(false);
    expect(isPartsFolder(path.resolve('seeds'))).toBe(false);
  });

  it('is merged, not ingested, into the index the built app fetches', async () => {
    const articles = tempDir();
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(articles, name), text);
    const parts = tempDir();
    for (let k = 0; k < 2; k++) {
      const { corpus } = ingestFolder(articles, undefined, { cacheDir: false, shard: { index: k, count: 2 } });
      fs.writeFileSync(path.join(parts, `part-${k}.json`), JSON.stringify(corpus));
    }
    const merged = mergePartsFolder(parts).corpus;
    const root = tinyApp();
    const outDir = path.join(root, 'dist');
    await build({ root, configFile: false, logLevel: 'silent', plugins: [dateline({ dir: parts })], build: { outDir } });
    const gz = fs.readdirSync(path.join(outDir, 'dateline')).find((f) => f.endsWith('.json.gz'))!;
    const index = decodeIndex(JSON.parse(gunzipSync(fs.readFileSync(path.join(outDir, 'dateline', gz))).toString('utf8')) as WireIndex);
    expect(index.name).toBe(path.basename(parts));
    expect(index.articles.map((a) => a.id).sort()).toEqual(['one', 'three', 'two']);
    expect(index.actors).toEqual(merged.actors);
    expect(index.events).toEqual(merged.events);
    expect(index.actors.some((a) => a.id === 'person:barack-obama')).toBe(true);
  });

  it('too large for the memory at hand says so before merging (with tiling off: tiled, it streams)', async () => {
    const tiles = process.env.DATELINE_TILES;
    process.env.DATELINE_TILES = '0';
    onTestFinished(() => {
      if (tiles === undefined) delete process.env.DATELINE_TILES;
      else process.env.DATELINE_TILES = tiles;
    });
    const parts = tempDir();
    // Sparse: 2 GB by its size, no disk.
    fs.writeFileSync(path.join(parts, 'part-0.json'), '{}');
    fs.truncateSync(path.join(parts, 'part-0.json'), 2 ** 31);
    const root = tinyApp();
    const run = build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [dateline({ dir: parts })],
      build: { outDir: path.join(root, 'dist') },
    });
    await expect(run).rejects.toThrow(/1 corpus parts \(2048 MB of JSON\) need about 20\.0 GB of memory to build/);
  });
});
