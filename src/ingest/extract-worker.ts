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

// compromise reads process.env.DEBUG_TAGS each time it tags a word (about 90,000 reads per 295 articles). A
// worker's process.env is its own copy of its parent's, read through Node's environment interceptor at about 0.7 µs
// a read; a plain object with the same entries answers ten times faster. Nothing in a worker writes its environment,
// and a worker's never reached its parent's anyway.
if (parentPort) process.env = { ...process.env };

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.articles.map((a) => extractChecked(a));
  parentPort?.postMessage({ batch: req.batch, results } satisfies WorkerReply);
});
parentPort?.postMessage('ready');
