import type { Store } from '../corpus/store.js';
import type { ParamSpecs, Params } from './params.js';

/** What a route's handler is given: the corpus and its checked parameters. */
export interface RouteContext<S extends ParamSpecs> {
  store: Store;
  params: Params<S>;
}

/** One read-only JSON route of the API, declared once for the router, the validator and the OpenAPI document. */
export interface ApiRoute<S extends ParamSpecs = ParamSpecs> {
  /** Hono-style path (`/api/articles/:id`). */
  path: string;
  summary: string;
  /** Query and path parameters (`in: 'path'`). */
  params: S;
  /** What the answer holds (a line for the OpenAPI document). */
  returns: string;
  handler: (context: RouteContext<S>) => unknown;
}

/** Declares a route, keeping its parameter types for the handler. */
export function route<S extends ParamSpecs>(r: ApiRoute<S>): ApiRoute {
  return r as unknown as ApiRoute;
}
