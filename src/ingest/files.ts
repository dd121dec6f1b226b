// Folder -> the article files to read. Node only.
import fs from 'node:fs';
import path from 'node:path';
import type { Warning } from '../corpus/schema';
import { classifyPath, isHidden, SKIPPED_DIRS } from './article-paths';

export interface ArticleFile {
  /** Path relative to the ingested folder, with `/` separators. */
  path: string;
  bytes: Uint8Array;
}

/** Every file below `dir` in a stable order, split into articles and warnings. */
export function listArticleFiles(dir: string): { files: string[]; warnings: Warning[] } {
  const files: string[] = [];
  const warnings: Warning[] = [];
  const walk = (rel: string) => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (isHidden(entry.name)) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(child);
      } else {
        const kind = classifyPath(child);
        if (kind === 'article') files.push(child);
        else if (kind !== 'skip') warnings.push(kind);
      }
    }
  };
  walk('');
  return { files, warnings };
}

export function readArticleFiles(dir: string, files: string[]): ArticleFile[] {
  return files.map((p) => ({ path: p, bytes: fs.readFileSync(path.join(dir, p)) }));
}
