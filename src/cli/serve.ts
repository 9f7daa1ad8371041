import { join } from 'node:path';
import { ingestPaths } from '../corpus/ingest.js';
import { Store } from '../corpus/store.js';
import { DossierError } from '../errors/dossier-error.js';
import { createApp } from '../server/app.js';
import { listen } from '../server/listen.js';
import { isLoopback } from '../server/security.js';
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
  const open = options.token ? `${server.url}?token=${encodeURIComponent(options.token)}` : server.url;
  io.out(`Dossier is serving ${store.path} at ${server.url}\n`);
  if (options.token)
    io.out(
      `Every request needs the token (Authorization: Bearer TOKEN); open ${open} to sign the browser in.\n`,
    );
  io.out(`Open ${open} in a browser; the API is under ${server.url}api/ (Ctrl-C stops).\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

/** `dossier serve --db FILE [--port N] [--host H] [--token T]`: the HTTP API and the web UI over a corpus. */
export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('serve', argv, {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    token: { type: 'string' },
  });
  const host = stringOption(values, 'host') ?? '127.0.0.1';
  const token = stringOption(values, 'token') ?? (process.env.DOSSIER_TOKEN || undefined);
  const port = portOption(values);
  checkBinding(host, token);
  const store = openForQuery(values);
  try {
    return await serveStore(store, { host, port, token }, io);
  } finally {
    store.close();
  }
}

/** Ingests articles into a corpus file and serves it on loopback (the quick start's `npm start`). */
export async function ingestAndServe(paths: string[], db: string, io: Io): Promise<number> {
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
