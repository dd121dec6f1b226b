// worker_threads entry: extracts the batches of articles the pool sends.
// Loaded through extract-worker.mjs, which registers tsx first.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/schema';
import type { ArticleExtraction } from './assemble';
import { extractChecked } from './parallel';

export interface WorkerRequest {
  batch: number;
  articles: Article[];
}
export interface WorkerReply {
  batch: number;
  results: ArticleExtraction[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.articles.map((a) => extractChecked(a));
  parentPort?.postMessage({ batch: req.batch, results } satisfies WorkerReply);
});
parentPort?.postMessage('ready');
