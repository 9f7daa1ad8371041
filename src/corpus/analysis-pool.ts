import { Worker } from 'node:worker_threads';
import type { Article } from '../doc/article.js';
import { DossierError, type ErrorCode } from '../errors/dossier-error.js';
import { analyseToRecord, type ArticleRecord } from './article-record.js';
import type { WorkerJob, WorkerReply } from './ingest-worker.js';

interface Pending {
  worker: Worker;
  resolve: (record: ArticleRecord) => void;
  reject: (error: Error) => void;
}

/** Analyses articles on worker threads (or in this thread when `size` is 0), a bounded number at a time. */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  /** Free job slots: each worker appears once per job it can take. */
  private idle: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;
  /** Set when no worker is left (one failed to start or crashed): every later job fails with it. */
  broken: Error | null = null;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./ingest-worker.js', import.meta.url));
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.lose(worker, error));
      worker.on('exit', (code) =>
        this.lose(worker, new Error(`an analysis worker stopped (exit code ${code})`)),
      );
      this.workers.push(worker);
      // two jobs per worker: the next article is already there when one is done
      this.idle.push(worker, worker);
    }
  }

  /** Analyses one article; resolves when a worker has done it (waits for a free worker first). */
  async analyse(article: Article): Promise<ArticleRecord> {
    if (this.size === 0) return analyseToRecord(article);
    await this.whenFree();
    if (this.broken) throw this.broken;
    const worker = this.idle.pop()!;
    const id = this.nextId++;
    return new Promise<ArticleRecord>((resolve, reject) => {
      this.pending.set(id, { worker, resolve, reject });
      worker.postMessage({ id, article } satisfies WorkerJob);
    });
  }

  /** Resolves when a job can start (or the pool is broken). */
  async whenFree(): Promise<void> {
    while (this.size > 0 && this.idle.length === 0 && !this.broken)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(worker);
    this.waiting.shift()?.();
    if (!p) return;
    if ('record' in reply) p.resolve(reply.record);
    else if (reply.code) p.reject(new DossierError(reply.code as ErrorCode, reply.failure));
    else p.reject(new Error(reply.failure));
  }

  /** A worker died: its jobs fail, its slots go, and with the last worker the pool breaks. */
  private lose(worker: Worker, error: Error): void {
    if (!this.workers.includes(worker)) return;
    this.workers.splice(this.workers.indexOf(worker), 1);
    this.idle = this.idle.filter((w) => w !== worker);
    for (const [id, p] of this.pending)
      if (p.worker === worker) {
        this.pending.delete(id);
        p.reject(error);
      }
    if (this.workers.length === 0) this.broken = error;
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
