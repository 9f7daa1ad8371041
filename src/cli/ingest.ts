import { ingestPaths, type IngestProgress, type IngestSummary } from '../corpus/ingest.js';
import { DEFAULT_DB, Store } from '../corpus/store.js';
import { DossierError } from '../errors/dossier-error.js';
import { parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = {
  db: { type: 'string' },
  workers: { type: 'string' },
  encoding: { type: 'string' },
} as const;

/** A one-line progress bar: articles, words/s and the time left (by bytes read). */
export function progressLine(p: IngestProgress, width = 24): string {
  const done = p.bytesTotal > 0 ? p.bytes / p.bytesTotal : 1;
  const filled = Math.round(done * width);
  const rate = p.seconds > 0 ? p.words / p.seconds : 0;
  const eta = done > 0 && done < 1 ? (p.seconds / done) * (1 - done) : 0;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(done * 100).toFixed(0).padStart(3)}%  ` +
    `${p.articles} articles  ${Math.round(rate).toLocaleString('en')} words/s  ETA ${formatSeconds(eta)}`
  );
}

function formatSeconds(s: number): string {
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`;
}

/** The closing summary of an ingest run. */
export function summaryText(s: IngestSummary, counts: Record<string, number>, db: string): string {
  const rate = s.seconds > 0 ? Math.round(s.words / s.seconds) : 0;
  return (
    `${s.articles} articles read from ${s.files} files in ${s.seconds.toFixed(1)} s ` +
    `(${rate.toLocaleString('en')} words/s): ${s.added} added, ${s.updated} updated, ${s.skipped} already stored, ` +
    `${s.failed} skipped as bad\n` +
    `${db}: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}\n`
  );
}

/** `dossier ingest PATH... [--db FILE] [--workers N]`: reads, analyses and stores articles in the corpus. */
export async function ingestCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('ingest', argv, OPTIONS);
  if (positionals.length === 0)
    throw new DossierError('OPTION_INVALID', 'dossier ingest: no input given', {
      expected: 'one or more files or folders',
    });
  const workersOption = stringOption(values, 'workers');
  const workers = workersOption === undefined ? undefined : Number(workersOption);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0))
    throw new DossierError('OPTION_INVALID', `--workers "${workersOption}" is not valid`, {
      expected: 'a whole number (0 analyses in the main thread)',
      found: workersOption,
    });
  const db = stringOption(values, 'db') ?? DEFAULT_DB;
  const summary = await ingestInto(db, positionals, io, {
    workers,
    encoding: stringOption(values, 'encoding'),
  });
  return summary.failed > 0 ? 1 : 0;
}

/** Ingests paths into a database file, showing progress on `io` (shared with `demo`). */
export async function ingestInto(
  db: string,
  paths: string[],
  io: Io,
  options: { workers?: number; encoding?: string } = {},
): Promise<IngestSummary> {
  const store = new Store(db);
  let lastLog = 0;
  try {
    const summary = await ingestPaths(store, paths, {
      workers: options.workers,
      read: { encoding: options.encoding },
      onError: (error) => io.err(`${io.isTTY ? '\r\x1b[K' : ''}dossier: ${error.message} [${error.code}]\n`),
      onProgress: (p) => {
        const now = p.seconds;
        if (io.isTTY) {
          if (now - lastLog >= 0.1 || p.bytes === p.bytesTotal) io.err(`\r\x1b[K${progressLine(p)}`);
        } else if (now - lastLog >= 5) io.err(`ingest: ${progressLine(p)}\n`);
        else return;
        lastLog = now;
      },
    });
    if (io.isTTY) io.err('\r\x1b[K');
    io.out(summaryText(summary, store.counts(), db));
    return summary;
  } finally {
    store.close();
  }
}
