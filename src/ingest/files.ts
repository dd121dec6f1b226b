// Folder -> the article files to read. Node only.
import fs from 'node:fs';
import path from 'node:path';
import type { Warning } from '../corpus/schema';
// The reader's corrections to the actors: read by the ingest itself, not a stray file.
import { OVERRIDES_FILE } from './resolve/overrides';

export interface ArticleFile {
  /** Path relative to the ingested folder, with `/` separators. */
  path: string;
  bytes: Uint8Array;
}

// Documentation beside the articles (a corpus README, its license) is expected
// and not worth a warning; any other stray file is.
const DOC_FILE = /(^|\/)(readme|license|licence|copying)[^/]*$|\.md$/i;

const SKIPPED_DIRS = new Set(['node_modules']);

/** Every file below `dir` in a stable order, split into articles and warnings. */
export function listArticleFiles(dir: string): { files: string[]; warnings: Warning[] } {
  const files: string[] = [];
  const warnings: Warning[] = [];
  const walk = (rel: string) => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(child);
      } else if (/\.txt$/i.test(entry.name)) {
        files.push(child);
      } else if (!DOC_FILE.test(child) && child !== OVERRIDES_FILE) {
        warnings.push({ file: child, message: 'not a .txt article; ignored' });
      }
    }
  };
  walk('');
  return { files, warnings };
}

export function readArticleFiles(dir: string, files: string[]): ArticleFile[] {
  return files.map((p) => ({ path: p, bytes: fs.readFileSync(path.join(dir, p)) }));
}
