import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Article } from '../doc/article.js';
import { DossierError, type ErrorCode } from '../errors/dossier-error.js';
import { analyseToRecord, extractorVersion, type ArticleRecord } from './article-record.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './ingest-worker.js';

/**
 * Characters of text queued per worker at most (about 8,000 words, a third of a second of
 * analysis): enough that a worker still has work while the main thread writes a batch, few
 * enough that the last articles are shared evenly between the workers.
 */
const CHARS_AHEAD = 48_000;
/** Jobs queued per worker at most (short articles). */
const JOBS_AHEAD = 16;

interface Pending {
  slot: Slot;
  chars: number;
  resolve: (record: ArticleRecord) => void;
  reject: (error: Error) => void;
}

/** One worker with what it has been given and not yet answered. */
interface Slot {
  worker: Worker;
  jobs: number;
  chars: number;
  /** CPU seconds the worker's thread had used at its last answer. */
  cpu: number;
}

/**
 * CPU seconds this thread has used, or null where the system does not tell (Linux does, in
 * /proc/thread-self/schedstat; Node 20 has no per-thread CPU clock of its own).
 */
export function threadCpuSeconds(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e9;
  } catch {
    return null;
  }
}

/**
 * Analyses articles on worker threads (or in this thread when `size` is 0). Each article goes to
 * the worker with the least text waiting, and each worker is kept a few articles ahead (by
 * length, not by count) so that it never waits for the thread that writes.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;
  /** CPU seconds of the workers that stopped (their last report). */
  private cpuOfGone = 0;
  /** False once a worker could not tell its CPU time. */
  private cpuKnown = true;
  /** Set when no worker is left (one failed to start or crashed): every later job fails with it. */
  broken: Error | null = null;

  /** `extractor`: the extractor version the records are marked with (computed once, here). */
  constructor(
    readonly size: number,
    readonly extractor = extractorVersion(),
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./ingest-worker.js', import.meta.url), {
        workerData: { extractor } satisfies WorkerSetup,
      });
      const slot: Slot = { worker, jobs: 0, chars: 0, cpu: 0 };
      worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
      worker.on('error', (error) => this.lose(slot, error));
      worker.on('exit', (code) =>
        this.lose(slot, new Error(`an analysis worker stopped (exit code ${code})`)),
      );
      this.slots.push(slot);
    }
  }

  /** Analyses one article; resolves when a worker has done it (waits for a free worker first). */
  async analyse(article: Article): Promise<ArticleRecord> {
    if (this.size === 0) return analyseToRecord(article);
    let slot: Slot | undefined;
    while (!(slot = this.freest())) {
      if (this.broken) throw this.broken;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    const id = this.nextId++;
    const chars = article.text.length;
    slot.jobs++;
    slot.chars += chars;
    return new Promise<ArticleRecord>((resolve, reject) => {
      this.pending.set(id, { slot, chars, resolve, reject });
      slot.worker.postMessage({ id, article } satisfies WorkerJob);
    });
  }

  /** Resolves when a job can start (or the pool is broken). */
  async whenFree(): Promise<void> {
    while (this.size > 0 && !this.freest() && !this.broken)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** CPU seconds the workers' threads have used (as of their last answers), or null where not known. */
  workerCpuSeconds(): number | null {
    if (!this.cpuKnown || this.size === 0) return null;
    return this.slots.reduce((sum, slot) => sum + slot.cpu, this.cpuOfGone);
  }

  /** The worker with the least text waiting, if one can take another article. */
  private freest(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots)
      if (slot.jobs === 0 || (slot.jobs < JOBS_AHEAD && slot.chars < CHARS_AHEAD))
        if (!best || slot.chars < best.chars) best = slot;
    return best;
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.cpu === null) this.cpuKnown = false;
    else slot.cpu = reply.cpu;
    if (p) {
      slot.jobs--;
      slot.chars -= p.chars;
    }
    this.waiting.shift()?.();
    if (!p) return;
    if ('record' in reply) p.resolve(reply.record);
    else if (reply.code) p.reject(new DossierError(reply.code as ErrorCode, reply.failure));
    else p.reject(new Error(reply.failure));
  }

  /** A worker died: its jobs fail, it takes no more, and with the last worker the pool breaks. */
  private lose(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.cpuOfGone += slot.cpu;
    for (const [id, p] of this.pending)
      if (p.slot === slot) {
        this.pending.delete(id);
        p.reject(error);
      }
    if (this.slots.length === 0) this.broken = error;
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const slot of slots) this.cpuOfGone += slot.cpu;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
