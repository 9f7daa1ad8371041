import { Worker } from 'node:worker_threads';
import type { Article } from '../doc/article.js';
import { analyseToRecord, type ArticleRecord } from './article-record.js';
import type { WorkerJob, WorkerReply } from './ingest-worker.js';

/** Analyses articles on worker threads (or in this thread when `size` is 0), a bounded number at a time. */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly pending = new Map<
    number,
    { resolve: (r: ArticleRecord) => void; reject: (e: Error) => void }
  >();
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./ingest-worker.js', import.meta.url));
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      this.workers.push(worker);
      // two jobs per worker: the next article is already there when one is done
      this.idle.push(worker, worker);
    }
  }

  /** Analyses one article; resolves when a worker has done it (waits for a free worker first). */
  async analyse(article: Article): Promise<ArticleRecord> {
    if (this.size === 0) return analyseToRecord(article);
    while (this.idle.length === 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const worker = this.idle.pop()!;
    const id = this.nextId++;
    return new Promise<ArticleRecord>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, article } satisfies WorkerJob);
    });
  }

  /** True when a job can start without waiting. */
  get free(): boolean {
    return this.size === 0 || this.idle.length > 0;
  }

  /** Resolves when a worker is free. */
  async whenFree(): Promise<void> {
    while (!this.free) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(worker);
    this.waiting.shift()?.();
    if (!p) return;
    if ('record' in reply) p.resolve(reply.record);
    else p.reject(new Error(reply.failure));
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
