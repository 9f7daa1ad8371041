import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { DossierError } from '../errors/dossier-error.js';

/** A listening server: its address and how to stop it. */
export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Opens a port for the app (port 0: any free port). A port in use is a coded OPTION_INVALID error. */
export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host, port });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (cause: NodeJS.ErrnoException) =>
      reject(
        new DossierError('OPTION_INVALID', `cannot listen on ${host}:${port}`, {
          expected: 'a free port on an address of this machine (--port, --host)',
          found: cause.code ?? cause.message,
          cause,
        }),
      ),
    );
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        url: `http://${shown}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            // browsers hold keep-alive connections open: drop them so close() returns
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
