// Serves and bundles the corpus of an article folder. The app imports
// `virtual:dateline/corpus` for two URLs: the index (events, actors, quotes,
// article heads) it fetches at start, and the folder of article bodies it
// fetches one by one when an article is opened. File names carry a content
// hash, so a browser may cache them forever. In the dev server the folder is
// watched: adding, editing or deleting an article re-ingests and reloads.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { splitCorpus, type Article } from '../corpus/schema';
import { encodeIndex } from '../corpus/wire';
import { formatWarning, ingestFolder, summarize } from './ingest';

export const CORPUS_MODULE = 'virtual:dateline/corpus';
const RESOLVED = `\0${CORPUS_MODULE}`;
/** Where the corpus files live, under the app's base URL. */
export const CORPUS_DIR = 'dateline';

export interface DatelineOptions {
  /** The article folder; default `$DATELINE_CORPUS` or `seeds`. */
  dir?: string;
}

interface Built {
  indexFile: string;
  indexJson: string;
  /** Body file name (without folder) -> its JSON. */
  bodies: Map<string, string>;
}

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 16);

export function dateline(options: DatelineOptions = {}): Plugin {
  let dir = '';
  let base = '/';
  let built: Built | null = null;
  let server: ViteDevServer | undefined;
  const inside = (file: string) => !path.relative(dir, file).startsWith('..');

  const build = (): Built => {
    if (built) return built;
    const result = ingestFolder(dir);
    result.corpus.name = path.basename(dir);
    const log = server?.config.logger ?? console;
    for (const w of result.corpus.warnings) log.warn(formatWarning(w));
    log.info(`dateline: ${path.relative(process.cwd(), dir) || '.'}: ${summarize(result)}`);
    const keyOf = (a: Article) => hash(`${a.id}\n${a.text}`);
    const { index, bodies } = splitCorpus(result.corpus, keyOf);
    const indexJson = JSON.stringify(encodeIndex(index));
    built = {
      indexFile: `corpus.${hash(indexJson)}.json`,
      indexJson,
      bodies: new Map([...bodies].map(([key, body]) => [`${key}.json`, JSON.stringify(body)])),
    };
    return built;
  };

  return {
    name: 'dateline-corpus',
    configResolved(config) {
      dir = path.resolve(config.root, options.dir ?? process.env.DATELINE_CORPUS ?? 'seeds');
      base = config.base;
    },
    resolveId(id) {
      return id === CORPUS_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { indexFile } = build();
      const root = `${base}${CORPUS_DIR}/`;
      return `export const corpusUrl = ${JSON.stringify(root + indexFile)};\nexport const bodiesUrl = ${JSON.stringify(`${root}articles/`)};\n`;
    },
    generateBundle() {
      const { indexFile, indexJson, bodies } = build();
      this.emitFile({ type: 'asset', fileName: `${CORPUS_DIR}/${indexFile}`, source: indexJson });
      for (const [file, json] of bodies) this.emitFile({ type: 'asset', fileName: `${CORPUS_DIR}/articles/${file}`, source: json });
    },
    configureServer(dev) {
      server = dev;
      dev.watcher.add(dir);
      dev.middlewares.use(`${base}${CORPUS_DIR}/`, (req, res, next) => {
        const { indexFile, indexJson, bodies } = build();
        const name = decodeURIComponent((req.url ?? '').split('?')[0].replace(/^\//, ''));
        const json = name === indexFile ? indexJson : name.startsWith('articles/') ? bodies.get(name.slice(9)) : undefined;
        if (json === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(json);
      });
      const onChange = (file: string) => {
        if (!inside(path.resolve(file))) return;
        built = null;
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
