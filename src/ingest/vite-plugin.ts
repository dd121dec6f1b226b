// Bundles the corpus of an article folder into the app as `virtual:dateline/corpus`.
// In the dev server it watches the folder: adding, editing or deleting an
// article re-ingests and reloads the page, no restart needed.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatWarning, ingestFolder, summarize } from './ingest';

export const CORPUS_MODULE = 'virtual:dateline/corpus';
const RESOLVED = `\0${CORPUS_MODULE}`;

export interface DatelineOptions {
  /** The article folder; default `$DATELINE_CORPUS` or `seeds`. */
  dir?: string;
}

export function dateline(options: DatelineOptions = {}): Plugin {
  let dir = '';
  let server: ViteDevServer | undefined;
  const inside = (file: string) => !path.relative(dir, file).startsWith('..');

  return {
    name: 'dateline-corpus',
    configResolved(config) {
      dir = path.resolve(config.root, options.dir ?? process.env.DATELINE_CORPUS ?? 'seeds');
    },
    resolveId(id) {
      return id === CORPUS_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const result = ingestFolder(dir);
      result.corpus.name = path.basename(dir);
      const log = server?.config.logger ?? console;
      for (const w of result.corpus.warnings) log.warn(formatWarning(w));
      log.info(`dateline: ${path.relative(process.cwd(), dir) || '.'}: ${summarize(result)}`);
      // JSON.parse of a string literal is faster for the browser than an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.corpus))});`;
    },
    configureServer(dev) {
      server = dev;
      dev.watcher.add(dir);
      const onChange = (file: string) => {
        if (!inside(path.resolve(file))) return;
        const mod = dev.moduleGraph.getModuleById(RESOLVED);
        if (!mod) return;
        dev.moduleGraph.invalidateModule(mod);
        dev.ws.send({ type: 'full-reload' });
      };
      dev.watcher.on('add', onChange);
      dev.watcher.on('change', onChange);
      dev.watcher.on('unlink', onChange);
    },
  };
}
