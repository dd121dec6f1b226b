// Serves and bundles the corpus of an article folder. The app imports
// `virtual:dateline/corpus` for two URLs: the index (events, actors, quotes,
// article heads) it fetches at start, and the folder of article bodies it
// fetches one by one when an article is opened. File names carry a content
// hash, so a browser may cache them forever. In the dev server the folder is
// watched: adding, editing or deleting an article, or editing the reader's
// corrections (dateline.actors.json), re-ingests and reloads.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { BODY_FILE_SUFFIX, splitCorpus, validateCorpus, type Article, type Corpus } from '../corpus/schema';
import { encodeIndex } from '../corpus/wire';
import { listArticleFiles } from './files';
import { buildTilesFor, copyTiles, serveTiles, TILES_DIR, wantsTiles, type BuiltTiles } from './tiles/plugin-tiles';
import { formatWarning, ingestFolderParallel, summarize } from './ingest';
import { isPartsFolder, mergePartsFolder, partFiles } from './parts/merge';

export const CORPUS_MODULE = 'virtual:dateline/corpus';
const RESOLVED = `\0${CORPUS_MODULE}`;
/** Where the corpus files live, under the app's base URL. */
export const CORPUS_DIR = 'dateline';

export interface DatelineOptions {
  /**
   * The article folder, a corpus JSON (`npm run ingest`'s, or the app's export) or a folder of corpus parts;
   * default `$DATELINE_CORPUS` or `seeds`.
   */
  dir?: string;
}

interface Built {
  indexFile: string;
  /** The index JSON, gzipped here: the app inflates it, so any static server sends 1/5 of the bytes. */
  indexGz: Buffer;
  /** Body file name (in articles/) -> its JSON. */
  bodies: Map<string, string>;
}

/** Articles per body file: one open fetches its neighbours too, and 10,000 articles make 300 files, not 10,000. */
const ARTICLES_PER_FILE = 32;

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 16);

/**
 * Building holds every article, its extraction and the files made from them:
 * measured at about 20 bytes of heap per byte of article text (50,000 Wikinews
 * articles, 220 MB of text, ran out of a 4 GB heap). Better to say so before
 * than to crash after minutes.
 */
const HEAP_PER_TEXT_BYTE = 20;

/** Merging corpus parts holds the parsed parts and the index made of them: measured at about 10 bytes of memory per byte of part JSON. */
const HEAP_PER_PART_BYTE = 10;

function checkMemory(dir: string): void {
  const parts = isPartsFolder(dir);
  const files = parts ? partFiles(dir) : listArticleFiles(dir).files;
  let bytes = 0;
  for (const f of files) bytes += statSync(path.join(dir, f)).size;
  const need = bytes * (parts ? HEAP_PER_PART_BYTE : HEAP_PER_TEXT_BYTE);
  const limit = getHeapStatistics().heap_size_limit;
  if (need <= limit) return;
  const gb = (n: number) => `${(n / 2 ** 30).toFixed(1)} GB`;
  const what = parts ? `${files.length.toLocaleString('en')} corpus parts` : `${files.length.toLocaleString('en')} articles`;
  throw new Error(
    `dateline: ${what} (${(bytes / 2 ** 20).toFixed(0)} MB of ${parts ? 'JSON' : 'text'}) need about ` +
      `${gb(need)} of memory to build, and this Node process may use ${gb(limit)}. Give it more ` +
      `(NODE_OPTIONS=--max-old-space-size=${Math.ceil((need * 1.2) / 2 ** 20)}) or split the folder.`,
  );
}

/** The index as JSON, or an error that says what is too big and what to do. */
function serialize(value: unknown, articles: number, events: number): string {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new Error(
      `dateline: the corpus index of ${articles.toLocaleString('en')} articles and ${events.toLocaleString('en')} events is ` +
        'larger than one JavaScript string can hold (about 512 MB of JSON). Split the folder into several corpora ' +
        '(DATELINE_CORPUS=<subfolder>), or keep fewer years in one.',
    );
  }
}

export function dateline(options: DatelineOptions = {}): Plugin {
  let dir = '';
  let base = '/';
  let root = '';
  let built: Promise<Built> | null = null;
  // Tiled mode (docs/tiles.md): the page reads tiles of its window instead of one index.
  let tiled = false;
  let tiles: Promise<BuiltTiles> | null = null;
  let server: ViteDevServer | undefined;
  const inside = (file: string) => !path.relative(dir, file).startsWith('..');

  const readCorpus = async (): Promise<Corpus> => {
    const log = server?.config.logger ?? console;
    const where = path.relative(process.cwd(), dir) || '.';
    if (dir.endsWith('.json') && statSync(dir).isFile()) {
      // Already extracted: checked against the contract, not ingested again.
      const corpus = validateCorpus(JSON.parse(await readFile(dir, 'utf8')));
      corpus.name ??= path.basename(dir, '.json');
      log.info(`dateline: ${where}: ${corpus.articles.length} articles, ${corpus.events.length} events from a corpus JSON`);
      return corpus;
    }
    checkMemory(dir);
    if (isPartsFolder(dir)) {
      // Ingested elsewhere (sharded, or generated): merged, not ingested again.
      const t0 = performance.now();
      const { corpus, parts } = mergePartsFolder(dir);
      corpus.name ??= path.basename(dir);
      for (const w of corpus.warnings) log.warn(formatWarning(w));
      log.info(`dateline: ${where}: ${parts} corpus part${parts === 1 ? '' : 's'}: ${summarize({ corpus, ms: performance.now() - t0 })}`);
      return corpus;
    }
    const result = await ingestFolderParallel(dir, {
      workerSource: path.join(root, 'src/ingest/extract-worker.ts'),
      workerFile: path.join(root, 'src/ingest/extract-worker.mjs'),
      onFallback: (why) => log.warn(`dateline: extracting on one core (${why})`),
    });
    result.corpus.name = path.basename(dir);
    for (const w of result.corpus.warnings) log.warn(formatWarning(w));
    log.info(`dateline: ${where}: ${summarize(result)}`);
    return result.corpus;
  };

  const ingest = async (): Promise<Built> => {
    const corpus = await readCorpus();
    // Bodies in files of about ARTICLES_PER_FILE, named by content hash.
    const files = Math.max(1, Math.ceil(corpus.articles.length / ARTICLES_PER_FILE));
    const fileOf = (a: Article) => String(parseInt(hash(a.id).slice(0, 8), 16) % files);
    const bodyJson = new Map<string, string>();
    const { index } = splitCorpus(corpus, fileOf, (file, content) => {
      const json = JSON.stringify(content);
      const name = `${file}.${hash(json)}`;
      bodyJson.set(`${name}${BODY_FILE_SUFFIX}`, json);
      return name;
    });
    const indexJson = serialize(encodeIndex(index), corpus.articles.length, corpus.events.length);
    return { indexFile: `corpus.${hash(indexJson)}.json.gz`, indexGz: gzipSync(indexJson), bodies: bodyJson };
  };
  /** One ingest per state of the folder, shared by every request for it. */
  const build = (): Promise<Built> => (built ??= ingest());
  const buildTiled = (): Promise<BuiltTiles> =>
    (tiles ??= buildTilesFor(dir, path.join(root, '.cache/tiles'), readCorpus, (m) => (server?.config.logger ?? console).info(m)));

  return {
    name: 'dateline-corpus',
    configResolved(config) {
      root = config.root;
      dir = path.resolve(config.root, options.dir ?? process.env.DATELINE_CORPUS ?? 'seeds');
      base = config.base;
      tiled = wantsTiles(dir);
    },
    resolveId(id) {
      return id === CORPUS_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const url = `${base}${CORPUS_DIR}/`;
      if (tiled) {
        const t = await buildTiled();
        const at = `${url}${TILES_DIR}/`;
        return urlsModule('', at + t.manifestFile, `${at}${t.root}/articles/`);
      }
      const { indexFile } = await build();
      return urlsModule(url + indexFile, '', `${url}articles/`);
    },
    // The index starts downloading with the page, not after the script runs.
    async transformIndexHtml() {
      // Tiled: the manifest, which the page needs before any tile (not the actors: megabytes the first items do not need).
      const t = tiled ? await buildTiled() : null;
      const first = t ? [`${TILES_DIR}/${t.manifestFile}`] : [(await build()).indexFile];
      return first.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}${CORPUS_DIR}/${file}` },
        injectTo: 'head' as const,
      }));
    },
    async generateBundle() {
      if (tiled) return; // copied after the bundle is written: too many bytes to hold as assets
      const { indexFile, indexGz, bodies } = await build();
      this.emitFile({ type: 'asset', fileName: `${CORPUS_DIR}/${indexFile}`, source: indexGz });
      for (const [file, json] of bodies) this.emitFile({ type: 'asset', fileName: `${CORPUS_DIR}/articles/${file}`, source: json });
    },
    async writeBundle(output) {
      if (tiled) copyTiles(await buildTiled(), output.dir ?? path.join(root, 'dist'), CORPUS_DIR);
    },
    configureServer(dev) {
      server = dev;
      dev.middlewares.use(
        `${base}${CORPUS_DIR}/${TILES_DIR}/`,
        serveTiles(async () => (tiled ? buildTiled() : null)),
      );
      dev.watcher.add(dir);
      dev.middlewares.use(`${base}${CORPUS_DIR}/`, (req, res, next) => {
        build()
          .then(({ indexFile, indexGz, bodies }) => {
            const name = decodeURIComponent((req.url ?? '').split('?')[0].replace(/^\//, ''));
            if (name === indexFile) {
              res.setHeader('Content-Type', 'application/gzip');
              return res.end(indexGz);
            }
            const json = name.startsWith('articles/') ? bodies.get(name.slice(9)) : undefined;
            if (json === undefined) return next();
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(json);
          })
          .catch(next);
      });
      const onChange = (file: string) => {
        if (!inside(path.resolve(file))) return;
        built = null;
        tiles = null;
        const mod = dev.moduleGraph.getModuleById(RESOLVED);
        if (mod) dev.moduleGraph.invalidateModule(mod);
        dev.ws.send({ type: 'full-reload' });
      };
      dev.watcher.on('add', onChange);
      dev.watcher.on('change', onChange);
      dev.watcher.on('unlink', onChange);
    },
  };
}

/** The virtual module the page imports: where the corpus index, the tiles' manifest and the article bodies are. */
function urlsModule(corpusUrl: string, tilesUrl: string, bodiesUrl: string): string {
  const line = (name: string, value: string) => `export const ${name} = ${JSON.stringify(value)};\n`;
  return line('corpusUrl', corpusUrl) + line('tilesUrl', tilesUrl) + line('bodiesUrl', bodiesUrl);
}
