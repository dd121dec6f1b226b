// The Vite plugin's tiled mode (docs/tiles.md): when the corpus is large (or
// DATELINE_TILES=1), the build writes the tiled index to a cache folder and
// copies it to `dateline/tiles/` of the output, and the dev server serves it
// from there. Files are streamed from disk, never held as bundle assets: a
// million articles' tiles and bodies are gigabytes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Connect } from 'vite';
import type { Corpus } from '../../corpus/schema';
import type { TilesManifest } from '../../corpus/tiles';
import { buildTiles, type TileBuildResult } from './build-tiles';
import { listArticleFiles } from '../files';
import { inputBytes, readParts } from './read-parts';

/**
 * Input above these sizes is tiled unless DATELINE_TILES=0: corpus JSON of about 5,000 Wikinews-sized articles, or an
 * article folder of 5,000 articles. A whole index of 10,000 articles shows its first items 1.5-3 s after navigation,
 * its tiles in under 1 s (docs/benchmarks.md); below, the whole index keeps every list complete and takes added articles.
 */
export const TILES_AUTO_BYTES = 40 * 2 ** 20;
export const TILES_AUTO_ARTICLES = 5_000;
export const TILES_DIR = 'tiles';

/** A folder of corpus parts (JSON files, no article files), as opposed to a folder of articles. */
export function isPartsFolder(dir: string): boolean {
  if (!fs.statSync(dir).isDirectory()) return false;
  const names = fs.readdirSync(dir);
  return names.some((n) => n.endsWith('.json') && !n.startsWith('dateline.')) && !names.some((n) => n.endsWith('.txt'));
}

/** A folder `npm run tiles` wrote (a manifest and its root folder): served as it is, not built again. */
export function prebuiltManifest(dir: string): string | undefined {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return undefined;
  return fs.readdirSync(dir).find((n) => /^manifest\.[0-9a-f]{16}\.json$/.test(n));
}

/** Whether the build makes tiles: DATELINE_TILES=1 forces, =0 forbids, otherwise corpus JSON past TILES_AUTO_BYTES. */
export function wantsTiles(input: string, env: string | undefined = process.env.DATELINE_TILES): boolean {
  if (prebuiltManifest(input)) return true;
  if (env === '1') return true;
  if (env === '0') return false;
  if (!fs.existsSync(input)) return false;
  if (input.endsWith('.json') || isPartsFolder(input)) return inputBytes(input) > TILES_AUTO_BYTES;
  return fs.statSync(input).isDirectory() && listArticleFiles(input).files.length > TILES_AUTO_ARTICLES;
}

export interface BuiltTiles extends TileBuildResult {
  /** The folder holding the manifest and the index's folder. */
  dir: string;
}

/**
 * The tiles of a folder `npm run tiles` wrote, or builds the tiles of `input` into `.cache/tiles/<key>/`: corpus JSON and
 * parts are streamed part by part; an article folder is ingested by
 * `ingestWhole` first (its extraction is cached) and tiled from memory.
 */
export async function buildTilesFor(
  input: string,
  cacheRoot: string,
  ingestWhole: () => Promise<Corpus>,
  log: (message: string) => void,
): Promise<BuiltTiles> {
  const prebuilt = prebuiltManifest(input);
  if (prebuilt) {
    const manifest = JSON.parse(fs.readFileSync(path.join(input, prebuilt), 'utf8')) as TilesManifest;
    const root = manifest.root.replace(/\/$/, '');
    log(`dateline: tiles: ${manifest.articles.toLocaleString('en')} articles, tiles built by npm run tiles in ${input}`);
    return {
      dir: path.resolve(input),
      manifestFile: prebuilt,
      root,
      actorsFile: manifest.actorsFile,
      articles: manifest.articles,
      events: manifest.events,
      actors: 0,
      tiles: 0,
      actorTiles: 0,
      bytes: 0,
    };
  }
  const dir = path.join(cacheRoot, createHash('sha1').update(path.resolve(input)).digest('hex').slice(0, 12));
  fs.rmSync(dir, { recursive: true, force: true });
  const streamed = input.endsWith('.json') || isPartsFolder(input);
  async function* corpora() {
    if (!streamed) {
      yield await ingestWhole();
      return;
    }
    for await (const { corpus } of readParts(input)) yield corpus;
  }
  const started = performance.now();
  const result = await buildTiles(corpora(), dir, { name: path.basename(input, '.json') });
  log(
    `dateline: tiles: ${result.articles.toLocaleString('en')} articles, ${result.tiles.toLocaleString('en')} tiles and ` +
      `${result.actorTiles.toLocaleString('en')} actor tiles in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  return { ...result, dir };
}

/**
 * Puts the built tiles into the output folder's `<corpusDir>/tiles/`: hard
 * links where the output is on the same file system (a million articles'
 * index is gigabytes in hundreds of thousands of files; its files are named
 * by content and never written again), copies elsewhere.
 */
export function copyTiles(built: BuiltTiles, outDir: string, corpusDir: string): void {
  const target = path.join(outDir, corpusDir, TILES_DIR);
  fs.mkdirSync(target, { recursive: true });
  linkOrCopy(path.join(built.dir, built.manifestFile), path.join(target, built.manifestFile));
  // The folder is named by the hash of its files, and only a complete one is renamed to that name: one
  // already there (an output folder not emptied, as the bench keeps a million articles' tiles) is the same.
  const root = path.join(target, built.root);
  if (fs.existsSync(root)) return;
  const partial = `${root}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  linkTree(path.join(built.dir, built.root), partial);
  fs.renameSync(partial, root);
}

function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const [src, dst] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(src, dst);
    else linkOrCopy(src, dst);
  }
}

function linkOrCopy(src: string, dst: string): void {
  fs.rmSync(dst, { force: true });
  try {
    fs.linkSync(src, dst);
  } catch {
    // Another file system, or one without hard links.
    fs.copyFileSync(src, dst);
  }
}

/** Dev server: `<base><corpusDir>/tiles/...` from the cache folder. */
export function serveTiles(getBuilt: () => Promise<BuiltTiles | null>): Connect.NextHandleFunction {
  return (req, res, next) => {
    getBuilt()
      .then((built) => {
        if (!built) return next();
        const name = decodeURIComponent((req.url ?? '').split('?')[0].replace(/^\//, ''));
        const file = path.join(built.dir, name);
        if (path.relative(built.dir, file).startsWith('..') || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
        res.setHeader('Content-Type', name.endsWith('.gz') ? 'application/gzip' : 'application/json; charset=utf-8');
        fs.createReadStream(file).pipe(res);
      })
      .catch(next);
  };
}
