import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDossierError, type ErrorCode } from '../errors/dossier-error.js';

/** The HTTP status of each error code a request can meet; any other code is the server's fault (500). */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  REQUEST_INVALID: 400,
  OPTION_INVALID: 400,
  JSON_MALFORMED: 400,
  RECORD_INVALID: 422,
  FILE_EMPTY: 422,
  FILE_BINARY: 415,
  FILE_ENCODING: 422,
  FORMAT_UNKNOWN: 415,
  HTML_MALFORMED: 422,
  JSONL_LINE: 422,
  FEED_MALFORMED: 422,
  WARC_MALFORMED: 422,
  FILE_TOO_LARGE: 413,
  NOT_FOUND: 404,
  FILE_NOT_FOUND: 404,
  TOKEN_REQUIRED: 401,
  // a model file missing or corrupt: the install is incomplete, the request was fine
  MODEL_INVALID: 503,
};

/** The body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string; expected?: string; found?: string };
}

/** The one error handler: coded errors become their status with the code and message; others a bare 500 (logged). */
export function errorHandler(log: (message: string) => void): (error: unknown, c: Context) => Response {
  return (error, c) => errorResponse(error, c, log);
}

function errorResponse(error: unknown, c: Context, log: (message: string) => void): Response {
  if (isDossierError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.expected) body.error.expected = error.expected;
    if (error.found) body.error.found = error.found;
    return c.json(body, STATUS[error.code] ?? 500);
  }
  if (error instanceof HTTPException) {
    const body: ErrorBody = {
      error: { code: 'HTTP_' + error.status, message: error.message || 'request refused' },
    };
    return c.json(body, error.status);
  }
  // an unexpected failure: the details stay in the server's log, never in the answer
  log(
    `internal error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  const body: ErrorBody = { error: { code: 'INTERNAL', message: 'internal error' } };
  return c.json(body, 500);
}
