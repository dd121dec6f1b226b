// Extraction on worker threads: batches of articles go to a small pool, the
// results come back in order, each already checked against the contract. When workers cannot start (no tsx loader, no
// worker_threads, a sandbox), everything runs in-process instead. Node only.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/schema';
import type { ArticleExtraction } from './assemble';
import type { WorkerReply, WorkerRequest } from './extract-worker';
import { extractChecked } from './validate';
import { bundledWorker } from './worker-bundle';

export interface ParallelOptions {
  /** Worker threads; default: the available cores (at most 4). 0 or 1: in-process. */
  workers?: number;
  /** Articles per message. */
  batchSize?: number;
  /** Called after each article (in-process) or batch (workers). */
  onProgress?: (done: number, total: number) => void;
  /** Called with the reason when workers could not start and the work ran in-process. */
  onFallback?: (reason: string) => void;
  /**
   * The worker bootstrap (`extract-worker.mjs`). Default: beside this module,
   * which is wrong when this module was bundled elsewhere (Vite bundles its
   * config and the plugin into node_modules/.vite-temp), so the plugin names it.
   */
  workerFile?: string;
  /** The worker's TypeScript source (`src/ingest/extract-worker.ts`) to bundle; default: beside this module. Tried before `workerFile`. */
  workerSource?: string;
}

/** Below this many articles the workers' start-up (0.5-1 s: tsx, compromise, the word list) costs more than it saves. */
export const MIN_PARALLEL = 400;
const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

export function extractInProcess(articles: Article[], onProgress?: (done: number, total: number) => void): ArticleExtraction[] {
  return articles.map((a, i) => {
    const r = extractChecked(a);
    onProgress?.(i + 1, articles.length);
    return r;
  });
}

export async function extractParallel(articles: Article[], options: ParallelOptions = {}): Promise<ArticleExtraction[]> {
  const n = Math.min(options.workers ?? defaultWorkers(), Math.ceil(articles.length / 8));
  if (n <= 1 || articles.length < MIN_PARALLEL) return extractInProcess(articles, options.onProgress);
  try {
    return await runPool(articles, n, options);
  } catch (err) {
    options.onFallback?.((err as Error).message);
    return extractInProcess(articles, options.onProgress);
  }
}

function startWorker(file: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(file);
    } catch (err) {
      reject(err as Error);
      return;
    }
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('worker did not start within 20 s'));
    }, 20_000);
    worker.once('message', (m) => {
      clearTimeout(timer);
      worker.removeAllListeners('error');
      if (m === 'ready') resolve(worker);
      else reject(new Error('worker sent no ready message'));
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Started workers: the bundled worker when it can be built and starts, else the tsx bootstrap. */
async function startWorkers(n: number, options: ParallelOptions): Promise<Worker[]> {
  const files = [await bundledWorker(options.workerSource), options.workerFile ?? fileURLToPath(WORKER_URL)];
  let failed: unknown;
  for (const file of files) {
    if (!file) continue;
    const workers = await Promise.allSettled(Array.from({ length: n }, () => startWorker(file)));
    const ready = workers.flatMap((w) => (w.status === 'fulfilled' ? [w.value] : []));
    if (ready.length) return ready;
    failed = (workers[0] as PromiseRejectedResult).reason;
  }
  throw failed as Error;
}

async function runPool(articles: Article[], n: number, options: ParallelOptions): Promise<ArticleExtraction[]> {
  const ready = await startWorkers(n, options);
  const size = options.batchSize ?? Math.max(4, Math.min(40, Math.ceil(articles.length / (ready.length * 8))));
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += size) batches.push(articles.slice(i, i + size));
  const results: ArticleExtraction[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      ready.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              const batch = next++;
              worker.postMessage({ batch, articles: batches[batch] } satisfies WorkerRequest);
            };
            worker.on('message', (reply: WorkerReply) => {
              results[reply.batch] = reply.results;
              done += reply.results.length;
              options.onProgress?.(done, articles.length);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < batches.length || code !== 0) reject(new Error(`worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(ready.map((w) => w.terminate()));
  }
  return results.flat();
}
