import { readFileSync } from 'node:fs';
import { MessageChannel, Worker } from 'node:worker_threads';
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

/**
 * One lane of analysis with what it has been given and not yet answered: a worker that runs the
 * whole pipeline, or two that run its two stages (pipeline-stages.ts), the first taking the
 * articles and the second answering.
 */
interface Slot {
  workers: Worker[];
  jobs: number;
  chars: number;
  /** CPU seconds the answering thread had used at its last answer, and the first stage's thread. */
  cpu: number;
  firstCpu: number;
}

/** How a pool lays out its workers. */
export interface PoolOptions {
  /**
   * Pairs of workers each run the pipeline in two stages (the default; an odd worker out runs
   * all of it); false: every worker runs the whole pipeline.
   */
  stages?: boolean;
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
 * Analyses articles on `size` worker threads (or in this thread when `size` is 0). Two workers
 * make a lane that runs the pipeline in two stages, each compiling and loading only its half
 * (two whole pipelines compiled all of it twice: about 4 CPU seconds per thread on BBC News);
 * an odd worker out runs it all. Each article goes to the lane with the least text waiting, and
 * each lane is kept a few articles ahead (by length, not by count) so that it never waits for the
 * thread that writes.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 0;
  /** CPU seconds of the workers that stopped (their last report), and of those the first stages'. */
  private cpuOfGone = 0;
  private firstCpuOfGone = 0;
  /** False once a worker could not tell its CPU time. */
  private cpuKnown = true;
  /** Set when no worker is left (one failed to start or crashed): every later job fails with it. */
  broken: Error | null = null;

  /** `extractor`: the extractor version the records are marked with (computed once, here). */
  constructor(
    readonly size: number,
    readonly extractor = extractorVersion(),
    options: PoolOptions = {},
  ) {
    const url = new URL('./ingest-worker.js', import.meta.url);
    const pairs = options.stages === false ? 0 : Math.floor(size / 2);
    for (let i = 0; i < pairs; i++) {
      const { port1, port2 } = new MessageChannel();
      const first = new Worker(url, {
        workerData: { extractor, stage: 'first', next: port1 } satisfies WorkerSetup,
        transferList: [port1],
      });
      const rest = new Worker(url, {
        workerData: { extractor, stage: 'rest', from: port2 } satisfies WorkerSetup,
        transferList: [port2],
      });
      this.addSlot([first, rest]);
    }
    for (let i = pairs * 2; i < size; i++)
      this.addSlot([new Worker(url, { workerData: { extractor, stage: 'all' } satisfies WorkerSetup })]);
  }

  private addSlot(workers: Worker[]): void {
    const slot: Slot = { workers, jobs: 0, chars: 0, cpu: 0, firstCpu: 0 };
    // the last worker answers; any of them may fail
    workers.at(-1)?.on('message', (reply: WorkerReply) => this.settle(slot, reply));
    for (const worker of workers) {
      worker.on('error', (error) => this.lose(slot, error));
      worker.on('exit', (code) =>
        this.lose(slot, new Error(`an analysis worker stopped (exit code ${code})`)),
      );
    }
    this.slots.push(slot);
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
      slot.workers[0].postMessage({ id, article } satisfies WorkerJob);
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
    return this.slots.reduce((sum, slot) => sum + slot.cpu + slot.firstCpu, this.cpuOfGone);
  }

  /** Of workerCpuSeconds, what the first stages' threads used (0 without two-stage lanes). */
  firstStageCpuSeconds(): number | null {
    if (!this.cpuKnown || this.size === 0) return null;
    return this.slots.reduce((sum, slot) => sum + slot.firstCpu, this.firstCpuOfGone);
  }

  /** The lane with the least text waiting, if one can take another article (a two-stage lane twice as much). */
  private freest(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) {
      const n = slot.workers.length;
      if (slot.jobs === 0 || (slot.jobs < JOBS_AHEAD * n && slot.chars < CHARS_AHEAD * n))
        if (!best || slot.chars < best.chars) best = slot;
    }
    return best;
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (reply.cpu === null || reply.firstCpu === null) this.cpuKnown = false;
    else {
      slot.cpu = reply.cpu;
      slot.firstCpu = reply.firstCpu ?? 0;
    }
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

  /**
   * A worker died: its lane's jobs fail, the lane takes no more (its other worker is stopped),
   * and with the last lane the pool breaks.
   */
  private lose(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.cpuOfGone += slot.cpu + slot.firstCpu;
    this.firstCpuOfGone += slot.firstCpu;
    for (const worker of slot.workers) void worker.terminate();
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
    for (const slot of slots) {
      this.cpuOfGone += slot.cpu + slot.firstCpu;
      this.firstCpuOfGone += slot.firstCpu;
    }
    await Promise.all(slots.flatMap((s) => s.workers.map((w) => w.terminate())));
  }
}
