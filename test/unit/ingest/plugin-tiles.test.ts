import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildTilesFor,
  copyTiles,
  isPartsFolder,
  prebuiltManifest,
  TILES_AUTO_ARTICLES,
  TILES_AUTO_BYTES,
  wantsTiles,
} from '../../../src/ingest/tiles/plugin-tiles';

describe('the plugin in tiled mode', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-tiles-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };

  it('tiles when forced, never when forbidden, and by itself only large corpus JSON', () => {
    const small = path.join(dir, 'c.json');
    fs.writeFileSync(small, JSON.stringify(corpus));
    expect(wantsTiles(small, undefined)).toBe(false);
    expect(wantsTiles(small, '1')).toBe(true);
    expect(wantsTiles(small, '0')).toBe(false);
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    fs.writeFileSync(path.join(articles, 'a.txt'), 'date 2020-01-01\n\nBody.');
    expect(isPartsFolder(articles)).toBe(false);
    expect(wantsTiles(articles, undefined)).toBe(false);
    const parts = path.join(dir, 'parts');
    fs.mkdirSync(parts);
    fs.writeFileSync(path.join(parts, 'part-1.json'), JSON.stringify(corpus));
    expect(isPartsFolder(parts)).toBe(true);
  });

  it('tiles by itself an article folder of more than TILES_AUTO_ARTICLES articles, and corpus JSON past TILES_AUTO_BYTES', () => {
    const articles = path.join(dir, 'many');
    fs.mkdirSync(path.join(articles, 'sub'), { recursive: true });
    // Articles in subfolders count; other files do not.
    for (let i = 0; i < TILES_AUTO_ARTICLES; i++)
      fs.writeFileSync(path.join(articles, i % 2 ? 'sub' : '', `a${i}.txt`), 'date 2020-01-01\n\nBody.');
    fs.writeFileSync(path.join(articles, 'notes.md'), '# notes');
    expect(wantsTiles(articles, undefined)).toBe(false);
    fs.writeFileSync(path.join(articles, 'one-more.txt'), 'date 2020-01-01\n\nBody.');
    expect(wantsTiles(articles, undefined)).toBe(true);
    expect(wantsTiles(articles, '0')).toBe(false);
    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, JSON.stringify({ ...corpus, padding: 'x'.repeat(TILES_AUTO_BYTES) }));
    expect(wantsTiles(big, undefined)).toBe(true);
  });

  it('builds into the cache, copies to the output, and serves a folder npm run tiles wrote as it is', async () => {
    const input = path.join(dir, 'c.json');
    fs.writeFileSync(
      input,
      JSON.stringify({
        ...corpus,
        articles: [{ id: 'a', date: '2020-01-01', title: 'T', text: 'Body.' }],
        events: [
          { id: 'a.published', articleId: 'a', kind: 'published', date: { start: '2020-01-01' }, title: 'T', span: [0, 4], actorIds: [] },
        ],
      }),
    );
    const logs: string[] = [];
    const built = await buildTilesFor(
      input,
      path.join(dir, 'cache'),
      () => Promise.reject(new Error('not an article folder')),
      (m) => logs.push(m),
    );
    expect(logs[0]).toMatch(/^dateline: tiles: 1 articles, \d+ tiles and \d+ actor tiles in [\d.]+ s, peak RSS \d+ MB$/);
    const out = path.join(dir, 'dist');
    copyTiles(built, out, 'dateline');
    const served = path.join(out, 'dateline', 'tiles');
    expect(fs.existsSync(path.join(served, built.manifestFile))).toBe(true);
    expect(fs.existsSync(path.join(served, built.root, built.actorsFile))).toBe(true);
    // Linked, not copied, on one file system: the same bytes on disk once.
    const actors = [built.dir, served].map((d) => fs.statSync(path.join(d, built.root, built.actorsFile)));
    expect(actors[1].ino).toBe(actors[0].ino);
    // Again into the same output: the complete folder of that hash is kept as it is, and no partial one is left.
    copyTiles(built, out, 'dateline');
    expect(fs.statSync(path.join(served, built.root, built.actorsFile)).ino).toBe(actors[0].ino);
    expect(fs.readdirSync(served).sort()).toEqual([built.manifestFile, built.root].sort());
    expect(fs.readFileSync(path.join(served, built.manifestFile), 'utf8')).toBe(
      fs.readFileSync(path.join(built.dir, built.manifestFile), 'utf8'),
    );
    // That output folder is a prebuilt tiled index: not built again.
    expect(prebuiltManifest(served)).toBe(built.manifestFile);
    expect(wantsTiles(served, '0')).toBe(true);
    const again = await buildTilesFor(
      served,
      path.join(dir, 'cache2'),
      () => Promise.reject(new Error('no')),
      () => {},
    );
    expect(again).toMatchObject({
      dir: served,
      root: built.root,
      manifestFile: built.manifestFile,
      actorsFile: built.actorsFile,
      articles: 1,
    });
    expect(fs.existsSync(path.join(dir, 'cache2'))).toBe(false);
  });
});
