import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../doc/article.js';
import { toContract } from '../doc/contract.js';
import { isDossierError } from '../errors/dossier-error.js';
import { analyse } from '../pipeline/pipeline.js';
import { threadCpuSeconds } from './analysis-pool.js';
import { recordFromContract, type ArticleRecord } from './article-record.js';

/** What a worker is started with: the extractor version (the main thread computed it once). */
export interface WorkerSetup {
  extractor: string;
}

/** A job for an ingest worker: one article to analyse. */
export interface WorkerJob {
  id: number;
  article: Article;
}

/**
 * A worker's answer: the packed record, or what went wrong (with its error code when it has
 * one); `cpu`, the CPU seconds its thread has used so far (null where not known).
 */
export type WorkerReply = { id: number; cpu: number | null } & (
  { record: ArticleRecord } | { failure: string; code?: string }
);

/** A byte array that owns its whole buffer (moved to the main thread, not copied), copied once if it does not. */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
    ? bytes
    : new Uint8Array(bytes);
}

// Runs in a worker thread: analyses articles and sends back records; the main thread writes them.
if (parentPort) {
  const port = parentPort;
  const { extractor } = workerData as WorkerSetup;
  port.on('message', (job: WorkerJob) => {
    let reply: WorkerReply;
    const transfer: ArrayBuffer[] = [];
    try {
      const record = recordFromContract(
        toContract(analyse(job.article)),
        job.article.origin ?? null,
        extractor,
      );
      // the packed text and extraction are moved to the main thread, not copied
      record.data = owned(record.data);
      record.body = owned(record.body);
      transfer.push(record.data.buffer as ArrayBuffer, record.body.buffer as ArrayBuffer);
      reply = { id: job.id, cpu: threadCpuSeconds(), record };
    } catch (error) {
      reply = {
        id: job.id,
        cpu: threadCpuSeconds(),
        failure: error instanceof Error ? error.message : String(error),
        ...(isDossierError(error) ? { code: error.code } : {}),
      };
    }
    port.postMessage(reply, transfer);
  });
}
