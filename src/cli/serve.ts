import { join } from 'node:path';
import { Store } from '../corpus/store.js';
import { DossierError } from '../errors/dossier-error.js';
import { createApp } from '../server/app.js';
import { listen } from '../server/listen.js';
import { isLoopback } from '../server/security.js';
import { isServeWorker, leaveWorkers, reportListening, serveOnWorkers } from '../server/workers.js';
import { openForQuery } from './corpus-options.js';
import { parseOptions, stringOption, type Io } from './io.js';

/** The port `dossier serve` listens on unless told otherwise. */
export const DEFAULT_PORT = 8080;

/** Where the server listens and with which token. */
export interface ServeOptions {
  host: string;
  port: number;
  token?: string;
}

/** The most serving processes `--workers` accepts. */
const MAX_WORKERS = 16;

function workersOption(values: Record<string, unknown>): number {
  const raw = stringOption(values, 'workers');
  if (raw === undefined) return 1;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_WORKERS)
    throw new DossierError('OPTION_INVALID', `--workers "${raw}" is not valid`, {
      expected: `a number of serving processes from 1 to ${MAX_WORKERS}`,
      found: raw,
    });
  return n;
}

/** Resolves on the first Ctrl-C or SIGTERM. */
function interrupted(): Promise<void> {
  return new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Prints where the server is and how to open it. */
function printAddress(url: string, what: string, token: string | undefined, io: Io): void {
  const open = token ? `${url}?token=${encodeURIComponent(token)}` : url;
  io.out(`Dossier is serving ${what} at ${url}\n`);
  if (token)
    io.out(
      `Every request needs the token (Authorization: Bearer TOKEN); open ${open} to sign the browser in.\n`,
    );
  io.out(`Open ${open} in a browser; the API is under ${url}api/ (Ctrl-C stops).\n`);
}

/**
 * The binding rule: loopback needs no token; any other interface (reachable from other machines)
 * requires one, or this throws a coded error that says how to give it.
 */
export function checkBinding(host: string, token: string | undefined): void {
  if (isLoopback(host) || token) return;
  throw new DossierError(
    'OPTION_INVALID',
    `--host ${host} is reachable from other machines, so a token is required`,
    {
      expected: 'pass --token TOKEN or set DOSSIER_TOKEN (or listen on 127.0.0.1, the default)',
    },
  );
}

function portOption(values: Record<string, unknown>): number {
  const raw = stringOption(values, 'port');
  if (raw === undefined) return DEFAULT_PORT;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535)
    throw new DossierError('OPTION_INVALID', `--port "${raw}" is not valid`, {
      expected: 'a port number from 0 to 65535',
      found: raw,
    });
  return n;
}

/** Serves a store until the process is interrupted (Ctrl-C or SIGTERM); prints the address to open. */
export async function serveStore(store: Store, options: ServeOptions, io: Io): Promise<number> {
  const app = createApp({
    store,
    token: options.token,
    log: (message) => io.err(`dossier serve: ${message}\n`),
  });
  const server = await listen(app, options.host, options.port);
  // a worker of `--workers N` reports to the primary process, which prints the address once
  if (isServeWorker()) reportListening(server.url);
  else printAddress(server.url, store.path, options.token, io);
  await interrupted();
  await server.close();
  leaveWorkers();
  return 0;
}

/** `dossier serve --db FILE [--port N] [--host H] [--token T] [--workers N]`: the HTTP API and the web UI over a corpus. */
export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('serve', argv, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    token: { type: 'string' },
    workers: { type: 'string' },
  });
  const host = stringOption(values, 'host') ?? '127.0.0.1';
  const token = stringOption(values, 'token') ?? (process.env.DOSSIER_TOKEN || undefined);
  const port = portOption(values);
  const workers = workersOption(values);
  checkBinding(host, token);
  const store = openForQuery(values);
  if (workers > 1 && !isServeWorker()) {
    // the primary only checks the corpus (and upgrades an old one) before the workers open it
    const path = store.path;
    store.close();
    const served = await serveOnWorkers(workers);
    printAddress(served.url, `${path} on ${workers} processes`, token, io);
    const stoppedOnItsOwn = await Promise.race([
      interrupted().then(() => false),
      served.stopped.then(() => true),
    ]);
    served.stop();
    const clean = await served.stopped;
    return clean && !stoppedOnItsOwn ? 0 : 1;
  }
  try {
    return await serveStore(store, { host, port, token }, io);
  } finally {
    store.close();
  }
}

/** Ingests articles into a corpus file and serves it on loopback (the quick start's `npm start`). */
export async function ingestAndServe(paths: string[], db: string, io: Io): Promise<number> {
  // imported here: ingesting loads the analysis pipeline, which serving alone never needs
  const { ingestPaths } = await import('../corpus/ingest.js');
  const store = new Store(db);
  try {
    const summary = await ingestPaths(store, paths, { workers: 1 });
    io.out(
      `\nStored ${summary.added + summary.updated} new and ${summary.skipped} known articles in ${db}\n`,
    );
  } finally {
    store.close();
  }
  const reader = new Store(db, { readonly: true });
  try {
    // the default port may be taken on a developer's machine: the demo then takes any free port
    return await serveStore(reader, { host: '127.0.0.1', port: DEFAULT_PORT }, io).catch((error: unknown) => {
      if (error instanceof DossierError && error.code === 'OPTION_INVALID')
        return serveStore(reader, { host: '127.0.0.1', port: 0 }, io);
      throw error;
    });
  } finally {
    reader.close();
  }
}

/** The demo corpus file (beside the demo's JSON output). */
export function demoDb(outDir: string): string {
  return join(outDir, 'demo.db');
}
