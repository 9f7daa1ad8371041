import { existsSync } from 'node:fs';
import { DEFAULT_DB, Store } from '../corpus/store.js';
import { DossierError } from '../errors/dossier-error.js';
import { stringOption } from './io.js';

/** Options every corpus query command takes. */
export const QUERY_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
} as const;

/** Opens the store named by --db (default ./dossier.db) for reading; a missing file is a coded error. */
export function openForQuery(values: Record<string, unknown>): Store {
  const path = stringOption(values, 'db') ?? DEFAULT_DB;
  if (!existsSync(path)) {
    throw new DossierError('FILE_NOT_FOUND', 'no corpus database here', {
      file: path,
      expected: 'a database made by `dossier ingest PATH --db FILE`',
    });
  }
  return new Store(path, { readonly: true });
}

/** Reads --limit (a positive integer), or the fallback. */
export function limitOption(values: Record<string, unknown>, fallback: number): number {
  const value = stringOption(values, 'limit');
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new DossierError('OPTION_INVALID', `--limit "${value}" is not valid`, {
      expected: 'a positive whole number',
      found: value,
    });
  return n;
}
