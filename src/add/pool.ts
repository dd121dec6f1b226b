// One extraction worker per core (navigator.hardwareConcurrency), each fed
// one article at a time so the progress bar moves and Cancel stops at once.
import type { Article, Warning } from '../corpus/schema';
import type { ArticleFile } from '../ingest/files';
import type { ArticleExtraction } from '../ingest/assemble';
import type { BundledParts, Merged } from './merge';
import type { WorkerReply, WorkerRequest } from './extract.worker';

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** A request before the pool numbers it (Omit over each member of the union). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (r: WorkerReply) => void; reject: (e: Error) => void };

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = false;

  constructor(size: number) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'dateline-extract' });
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        const p = this.pending.get(e.data.id);
        this.pending.delete(e.data.id);
        p?.resolve(e.data);
      };
      worker.onerror = (e) => this.fail(new Error(`the extraction worker failed: ${e.message}`));
      this.workers.push(worker);
    }
  }

  static sizeFor(articles: number): number {
    return Math.max(1, Math.min(navigator.hardwareConcurrency || 2, articles));
  }

  private call(worker: Worker, req: Unnumbered<WorkerRequest>): Promise<WorkerReply> {
    if (this.stopped) return Promise.reject(new Cancelled());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...req, id } as WorkerRequest);
    });
  }

  private fail(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  /** Parses the files with the ingest's parser: articles, and warnings named by file (duplicates within the batch too). */
  async parse(files: ArticleFile[]): Promise<{ articles: Article[]; warnings: Warning[] }> {
    const r = await this.call(this.workers[0], { type: 'parse', files });
    if ('error' in r) throw new Error(r.error);
    if (!('parsed' in r)) throw new Error('the worker answered no parse');
    return r.parsed;
  }

  /** Extracts every article, the workers sharing one queue; `onDone` after each. */
  async extract(articles: Article[], onDone: (done: number) => void): Promise<Map<string, ArticleExtraction>> {
    const out = new Map<string, ArticleExtraction>();
    let next = 0;
    const run = async (worker: Worker) => {
      while (next < articles.length) {
        const article = articles[next++];
        const r = await this.call(worker, { type: 'extract', article });
        if ('error' in r) throw new Error(`${article.file ?? article.id}: ${r.error}`);
        if ('extraction' in r) out.set(article.id, r.extraction);
        onDone(out.size);
      }
    };
    await Promise.all(this.workers.map(run));
    return out;
  }

  async resolve(bundled: BundledParts, articles: Article[], extractions: Map<string, ArticleExtraction>): Promise<Merged> {
    const r = await this.call(this.workers[0], { type: 'resolve', bundled, articles, extractions: [...extractions] });
    if ('error' in r) throw new Error(r.error);
    if (!('merged' in r)) throw new Error('the worker answered no resolution');
    return r.merged;
  }

  /** Stops every worker; what they were doing is dropped. */
  terminate(): void {
    this.stopped = true;
    for (const w of this.workers) w.terminate();
    this.fail(new Cancelled());
  }
}
