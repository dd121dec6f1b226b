// The page's extraction worker: the Node ingest's own modules (extractChecked:
// extraction checked against the contract, and the resolution through merge.ts), no fork. The pool
// (pool.ts) sends the files to parse, then one article at a time to extract,
// then one resolution over the union.
import type { Article, Warning } from '../corpus/schema';
import type { ArticleFile } from '../ingest/files';
import { parseArticleFiles, type ArticleExtraction } from '../ingest/assemble';
import { extractChecked } from '../ingest/validate';
import { mergeAdded, type BundledParts, type Merged } from './merge';

export type WorkerRequest =
  | { type: 'parse'; id: number; files: ArticleFile[] }
  | { type: 'extract'; id: number; article: Article }
  | { type: 'resolve'; id: number; bundled: BundledParts; articles: Article[]; extractions: [string, ArticleExtraction][] };

export type WorkerReply =
  | { id: number; parsed: { articles: Article[]; warnings: Warning[] } }
  | { id: number; extraction: ArticleExtraction }
  | { id: number; merged: Merged }
  | { id: number; error: string };

const reply = (message: WorkerReply) => self.postMessage(message);

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  try {
    if (req.type === 'parse') reply({ id: req.id, parsed: parseArticleFiles(req.files) });
    else if (req.type === 'extract') reply({ id: req.id, extraction: extractChecked(req.article) });
    else reply({ id: req.id, merged: mergeAdded(req.bundled, req.articles, new Map(req.extractions)) });
  } catch (err) {
    reply({ id: req.id, error: err instanceof Error ? err.message : String(err) });
  }
};
