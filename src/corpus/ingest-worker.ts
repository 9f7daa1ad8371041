import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Article } from '../doc/article.js';
import { toContract } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import { isDossierError } from '../errors/dossier-error.js';
import { analyse } from '../pipeline/pipeline.js';
import { threadCpuSeconds } from './analysis-pool.js';
import { recordFromContract, textRecord, type ArticleRecord, type TextRecord } from './article-record.js';
import {
  docColumns,
  docFromColumns,
  pipelineStages,
  runFirstStage,
  runRestStage,
  type DocColumns,
} from './pipeline-stages.js';

/**
 * What a worker is started with: the extractor version (the main thread computed it once) and
 * its part of the pipeline: all of it; the first stage (`next`: the port to the worker that does
 * the rest); or the rest (`from`: the port the first stage's worker sends to). A worker of the
 * rest answers for both.
 */
export type WorkerSetup = { extractor: string } & (
  { stage: 'all' } | { stage: 'first'; next: MessagePort } | { stage: 'rest'; from: MessagePort }
);

/** A job for an ingest worker: one article to analyse. */
export interface WorkerJob {
  id: number;
  article: Article;
}

/** What went wrong with an article (with its error code when it has one). */
interface Failure {
  failure: string;
  code?: string;
}

/**
 * A worker's answer: the packed record, or what went wrong; `cpu`, the CPU seconds its thread
 * has used so far (null where not known), and `firstCpu` those of the first stage's thread.
 */
export type WorkerReply = { id: number; cpu: number | null; firstCpu?: number | null } & (
  { record: ArticleRecord } | Failure
);

/**
 * From the first stage's worker to the rest's: the Doc so far with the text already packed (work
 * moved to the first stage, whose half is the lighter), or what went wrong.
 */
type Staged = { id: number; cpu: number | null } & ({ columns: DocColumns; text: TextRecord } | Failure);

/** A byte array that owns its whole buffer (moved to the main thread, not copied), copied once if it does not. */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
    ? bytes
    : new Uint8Array(bytes);
}

function failure(error: unknown): Failure {
  return {
    failure: error instanceof Error ? error.message : String(error),
    ...(isDossierError(error) ? { code: error.code } : {}),
  };
}

/** Packs a finished Doc and sends it to the main thread (or what went wrong), moving its buffers. */
function answer(
  port: MessagePort,
  id: number,
  analysed: () => Doc,
  article: Article,
  extractor: string,
  staged?: { firstCpu: number | null; text: TextRecord },
): void {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  const extra = staged ? { firstCpu: staged.firstCpu } : {};
  try {
    const contract = toContract(analysed());
    const record = recordFromContract(contract, article.origin ?? null, extractor, staged?.text);
    // the packed text and extraction are moved to the main thread, not copied
    record.data = owned(record.data);
    record.body = owned(record.body);
    transfer.push(record.data.buffer as ArrayBuffer, record.body.buffer as ArrayBuffer);
    reply = { id, cpu: threadCpuSeconds(), ...extra, record };
  } catch (error) {
    reply = { id, cpu: threadCpuSeconds(), ...extra, ...failure(error) };
  }
  port.postMessage(reply, transfer);
}

// Runs in a worker thread: analyses articles (or its stage of them) and sends back records; the
// main thread writes them.
if (parentPort) {
  const port = parentPort as unknown as MessagePort;
  const setup = workerData as WorkerSetup;
  const { extractor } = setup;
  if (setup.stage === 'all')
    port.on('message', (job: WorkerJob) =>
      answer(port, job.id, () => analyse(job.article), job.article, extractor),
    );
  else if (setup.stage === 'first') {
    const stages = pipelineStages();
    port.on('message', (job: WorkerJob) => {
      let staged: Staged;
      const transfer: ArrayBuffer[] = [];
      try {
        const columns = docColumns(runFirstStage(job.article, stages));
        const text = textRecord(job.article.text);
        // moved to the next worker, and from there to the main thread
        text.body = owned(text.body);
        transfer.push(text.body.buffer as ArrayBuffer);
        staged = { id: job.id, cpu: threadCpuSeconds(), columns, text };
      } catch (error) {
        staged = { id: job.id, cpu: threadCpuSeconds(), ...failure(error) };
      }
      setup.next.postMessage(staged, transfer);
    });
  } else {
    const stages = pipelineStages();
    setup.from.on('message', (staged: Staged) => {
      if ('columns' in staged) {
        const { columns, text } = staged;
        answer(
          port,
          staged.id,
          () => runRestStage(docFromColumns(columns), stages),
          columns.article,
          extractor,
          { firstCpu: staged.cpu, text },
        );
      } else
        port.postMessage({ ...staged, cpu: threadCpuSeconds(), firstCpu: staged.cpu } satisfies WorkerReply);
    });
  }
}
