import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { Store } from '../corpus/store.js';
import { AnswerCache } from './answer-cache.js';
import { DossierError } from '../errors/dossier-error.js';
import { errorHandler } from './error-handler.js';
import { openApiDocument } from './openapi.js';
import { parseParams } from './params.js';
import type { ApiRoute } from './route.js';
import { ARTICLE_ROUTES } from './routes/article-routes.js';
import { EVENT_ROUTES } from './routes/event-routes.js';
import { addExtractRoute } from './routes/extract-route.js';
import { requireToken, securityHeaders } from './security.js';
import { defaultWebRoot, webAssets } from './web-assets.js';

/** Options of the HTTP app. */
export interface AppOptions {
  store: Store;
  /** When set, every request must carry it (required off loopback). */
  token?: string;
  /** The built UI; default web/dist. */
  webRoot?: string;
  /** Largest body POST /api/extract accepts (bytes); default 1 MiB. */
  extractMaxBytes?: number;
  /** Where unexpected failures are logged (default: nowhere). */
  log?: (message: string) => void;
}

/** Every read-only route of the API, in the order the OpenAPI document lists them. */
export const API_ROUTES: ApiRoute[] = [...ARTICLE_ROUTES, ...EVENT_ROUTES];

const VERSION = '0.1.0';

/** The HTTP app: JSON API under /api/ over the corpus query layer, and the built UI. Opens no port. */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const app = new Hono();
  app.onError(errorHandler(options.log ?? (() => {})));
  app.notFound((c) => {
    throw new DossierError('NOT_FOUND', `nothing at ${c.req.method} ${c.req.path.slice(0, 200)}`, {
      expected: c.req.path.startsWith('/api/') ? 'a path listed in /api/openapi.json' : 'a page of the UI',
    });
  });
  app.use('*', securityHeaders());
  if (options.token) app.use('*', requireToken(options.token));
  app.use('/api/*', async (c, next) => {
    // set before the handler answers: a header added to a finished answer makes Hono copy its body into a stream
    c.header('cache-control', 'no-store');
    await next();
  });

  const cache = new AnswerCache(store);
  const openapi = openApiDocument(API_ROUTES, VERSION);
  app.get('/api/openapi.json', (c) => c.json(openapi));
  for (const r of API_ROUTES) {
    app.get(r.path, (c) => {
      const query = c.req.queries();
      const path = Object.fromEntries(
        Object.entries(c.req.param() as Record<string, string>).map(([k, v]) => [k, [v]]),
      );
      const params = parseParams({ ...query, ...path }, r.params);
      const body = cache.get(c.req.url, () => r.handler({ store, params }));
      return c.body(body, 200, { 'content-type': 'application/json; charset=UTF-8' });
    });
  }
  addExtractRoute(app, options.extractMaxBytes ?? 1024 * 1024);
  app.use('*', webAssets(options.webRoot ?? defaultWebRoot(dirname(fileURLToPath(import.meta.url)))));
  return app;
}
