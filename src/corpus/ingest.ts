import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Article } from '../doc/article.js';
import { DossierError, isDossierError } from '../errors/dossier-error.js';
import { listFiles, readFileResults, type ReadOptions, type ReadResult } from '../read/read-path.js';
import { isUrl, readUrl } from '../read/read-url.js';
import { AnalysisPool, threadCpuSeconds } from './analysis-pool.js';
import { contentHash, countWords, extractorVersion, type ArticleRecord } from './article-record.js';
import type { PutOutcome, Store } from './store.js';

/**
 * Articles written per transaction at most, and the longest an analysed article waits (ms):
 * fewer commits and larger full-text segments cost the writing thread less per article.
 */
const BATCH_ARTICLES = 128;
const BATCH_MS = 1000;

/** Progress of an ingest run, reported after every article and file. */
export interface IngestProgress {
  files: number;
  filesTotal: number;
  bytes: number;
  bytesTotal: number;
  articles: number;
  words: number;
  seconds: number;
}

/** What an ingest run did. */
export interface IngestSummary extends IngestProgress {
  added: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: DossierError[];
  /**
   * CPU seconds used by the thread that read and wrote (this one) and by the analysis workers,
   * where the system tells them (Linux), and of the workers' the first stages' (see AnalysisPool);
   * null elsewhere.
   */
  cpu: { main: number; workers: number; firstStage: number } | null;
}

/** Options of an ingest run. */
export interface IngestOptions {
  /** Worker threads that analyse (0: analyse in this thread). Default: one per core, at least 1. */
  workers?: number;
  /** False: every worker runs the whole pipeline, not pairs of workers its two stages (see AnalysisPool). */
  stages?: boolean;
  read?: ReadOptions;
  onProgress?: (progress: IngestProgress) => void;
  /** Called for each file or record that was skipped as bad, as it happens. */
  onError?: (error: DossierError) => void;
}

/** The default number of analysis workers: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Reads every article under the paths, analyses new ones on worker threads and writes each to
 * the store in its own transaction. Already stored articles are skipped before analysis, so a
 * rerun after a crash only does what is missing. Bad files are reported and skipped.
 */
export async function ingestPaths(
  store: Store,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const cpuStarted = threadCpuSeconds();
  const extractor = extractorVersion();
  const storedBefore = store.articleCount();
  // the workers start first: they load their models while this thread lists the files
  const pool = new AnalysisPool(options.workers ?? defaultWorkers(), extractor, {
    stages: options.stages,
  });
  const summary: IngestSummary = {
    files: 0,
    filesTotal: 0,
    bytes: 0,
    bytesTotal: 0,
    articles: 0,
    words: 0,
    seconds: 0,
    added: 0,
    updated: 0,
    skipped: 0,
    failed: 0,
    errors: [],
    cpu: null,
  };
  const fail = (error: DossierError) => {
    summary.failed++;
    summary.errors.push(error);
    options.onError?.(error);
  };
  const progress = () => {
    summary.seconds = (performance.now() - started) / 1000;
    options.onProgress?.(summary);
  };

  const files: { file: string; size: number }[] = [];
  const urls = paths.filter(isUrl);
  const inFlight = new Set<Promise<void>>();
  let fatal: unknown = null;
  // analysed articles wait here and are written a batch per transaction
  let queue: ArticleRecord[] = [];
  let queuedAt = performance.now();
  const flush = () => {
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    let outcomes: PutOutcome[];
    try {
      outcomes = store.putMany(batch);
    } catch (cause) {
      // the database refused a write (locked by another writer, disk full): the run stops, and
      // the batch's articles are simply not stored, so a rerun does them
      fatal ??= new DossierError('STORE_INVALID', 'cannot write to the database', {
        file: store.path,
        found: cause instanceof Error ? cause.message : String(cause),
        cause,
      });
      return;
    }
    outcomes.forEach((outcome, i) => {
      summary[outcome]++;
      summary.articles++;
      summary.words += batch[i].words;
    });
  };
  const dispatch = (article: Article, origin: string) => {
    const job = pool
      .analyse(article)
      .then((record) => {
        if (fatal) return;
        if (queue.length === 0) queuedAt = performance.now();
        queue.push(record);
        if (queue.length >= BATCH_ARTICLES || performance.now() - queuedAt > BATCH_MS) flush();
      })
      .catch((cause: unknown) => {
        // no worker left, or no model to analyse with: nothing later can succeed, so the run stops
        if (pool.broken || (isDossierError(cause) && cause.code === 'MODEL_INVALID')) {
          fatal ??= cause;
          return;
        }
        fail(
          new DossierError('RECORD_INVALID', 'the article could not be analysed or stored', {
            file: origin,
            found: cause instanceof Error ? cause.message : String(cause),
            cause,
          }),
        );
      })
      .finally(() => {
        inFlight.delete(job);
        progress();
      });
    inFlight.add(job);
  };
  try {
    for (const path of paths) {
      if (isUrl(path)) continue;
      try {
        for (const file of listFiles(path)) files.push({ file, size: statSync(file).size });
      } catch (error) {
        if (error instanceof DossierError) fail(error);
        else throw error;
      }
    }
    summary.filesTotal = files.length + urls.length;
    summary.bytesTotal = files.reduce((n, f) => n + f.size, 0);
    // feeds and pages by URL first (each fetched whole), then files (each read lazily)
    const sources: {
      file: string;
      size: number;
      results: () => Iterable<ReadResult> | Promise<ReadResult[]>;
    }[] = [
      ...urls.map((url) => ({ file: url, size: 0, results: () => readUrl(url, options.read) })),
      ...files.map((f) => ({ ...f, results: () => readFileResults(f.file, options.read) })),
    ];
    for (const { file, size, results } of sources) {
      if (fatal) break;
      for (const result of await results()) {
        if (fatal) break;
        if ('error' in result) {
          fail(result.error);
          continue;
        }
        const article = result.article;
        const existing = store.find(contentHash(article.text), article.meta.url);
        if (existing && existing.extractor === extractor) {
          summary.skipped++;
          summary.articles++;
          summary.words += countWords(article.text);
          continue;
        }
        await pool.whenFree();
        dispatch(article, article.origin ?? file);
      }
      summary.files++;
      summary.bytes += size;
      progress();
    }
    await Promise.all(inFlight);
    if (!fatal) flush();
  } finally {
    await pool.close();
  }
  if (fatal) throw fatal;
  // a bulk load (the store at least doubled) leaves index pages part empty: compact once
  const written = summary.added + summary.updated;
  if (written > 0 && written >= storedBefore) store.compact();
  const cpuEnded = threadCpuSeconds();
  const workerCpu = pool.workerCpuSeconds();
  if (cpuStarted !== null && cpuEnded !== null && (workerCpu !== null || pool.size === 0))
    summary.cpu = {
      main: cpuEnded - cpuStarted,
      workers: workerCpu ?? 0,
      firstStage: pool.firstStageCpuSeconds() ?? 0,
    };
  progress();
  return summary;
}
