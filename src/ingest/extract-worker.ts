// worker_threads entry: extracts the batches of articles the pool sends.
// Run as a bundle (worker-bundle.ts), or through extract-worker.mjs, which
// registers tsx first.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../corpus/schema';
import type { ArticleExtraction } from './assemble';
import { extractChecked } from './validate';

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
