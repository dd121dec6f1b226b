// Extraction cache by content: `<dir>/<sha1 of extractor version + article>.json`.
// The version is a hash of the extractor's sources and of the versions of the
// packages it reads, so any edit of the extractor invalidates every entry, and
// editing one article re-extracts that one only. Node only.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../corpus/schema';
import type { ArticleExtraction } from './assemble';

/** Bump to invalidate every cache entry by hand. */
const CACHE_FORMAT = 1;
export const DEFAULT_CACHE_DIR = '.cache/extract';

let version: string | undefined;
/** Hash of the extract sources (`extract/*.ts`, `lede.ts`) and of compromise, chrono-node, dictionary-en versions. */
export function extractorVersion(): string {
  if (version) return version;
  const h = createHash('sha1').update(`format ${CACHE_FORMAT}\n`);
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const dir = path.join(here, 'extract');
    for (const f of fs.readdirSync(dir).filter((x) => /\.[cm]?[jt]s$/.test(x)).sort()) {
      h.update(f).update(fs.readFileSync(path.join(dir, f)));
    }
    h.update(fs.readFileSync(path.join(here, 'lede.ts')));
  } catch {
    h.update('sources unreadable');
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['compromise', 'chrono-node', 'dictionary-en']) {
    try {
      const main = require.resolve(pkg);
      let dir = path.dirname(main);
      while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
      h.update(`${pkg}@${(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version}`);
    } catch {
      h.update(`${pkg}@?`);
    }
  }
  version = h.digest('hex');
  return version;
}

export function cacheKey(article: Article): string {
  const { id, date, title, text, file } = article;
  return createHash('sha1').update(extractorVersion()).update('\0')
    .update(JSON.stringify([id, date, title, file ?? null, text])).digest('hex');
}

export class ExtractCache {
  constructor(readonly dir: string) {}

  get(key: string): ArticleExtraction | undefined {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.dir, `${key}.json`), 'utf8')) as ArticleExtraction;
    } catch {
      return undefined;
    }
  }

  /** Writes atomically (temp file + rename); a failure to write only costs the next run time. */
  put(key: string, value: ArticleExtraction): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const file = path.join(this.dir, `${key}.json`);
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(value));
      fs.renameSync(tmp, file);
    } catch {
      // read-only or full disk: run without the cache
    }
  }
}
