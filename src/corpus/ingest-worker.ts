import { parentPort } from 'node:worker_threads';
import type { Article } from '../doc/article.js';
import { isDossierError } from '../errors/dossier-error.js';
import { analyseToRecord } from './article-record.js';

/** A job for an ingest worker: one article to analyse. */
export interface WorkerJob {
  id: number;
  article: Article;
}

/** A worker's answer: the packed record, or what went wrong (with its error code when it has one). */
export type WorkerReply =
  { id: number; record: ReturnType<typeof analyseToRecord> } | { id: number; failure: string; code?: string };

// Runs in a worker thread: analyses articles and sends back records; the main thread writes them.
parentPort?.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { id: job.id, record: analyseToRecord(job.article) };
  } catch (error) {
    reply = {
      id: job.id,
      failure: error instanceof Error ? error.message : String(error),
      ...(isDossierError(error) ? { code: error.code } : {}),
    };
  }
  parentPort!.postMessage(reply);
});
