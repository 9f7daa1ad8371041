import { DossierError } from '../errors/dossier-error.js';

/** How one query parameter is read and checked; the same declaration feeds the OpenAPI document. */
export type ParamSpec = { description: string; required?: boolean; in?: 'path' } & (
  | { type: 'int'; min: number; max: number; default?: number }
  | { type: 'string'; maxLength?: number }
  | { type: 'date' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'bool' }
);

/** The declared parameters of one route, by name. */
export type ParamSpecs = Record<string, ParamSpec>;

type ValueOf<P extends ParamSpec> = P extends { type: 'int' }
  ? number
  : P extends { type: 'bool' }
    ? boolean
    : string;

/** The checked values: required or defaulted parameters are always present. */
export type Params<S extends ParamSpecs> = {
  [K in keyof S]: S[K] extends { required: true } | { default: number }
    ? ValueOf<S[K]>
    : ValueOf<S[K]> | undefined;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether an ISO date's year, month and day name a day of the calendar (Date.parse takes 2021-02-29 as 1 March). */
export function isCalendarDay(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function invalid(name: string, expected: string, found: string): DossierError {
  return new DossierError('REQUEST_INVALID', `parameter "${name}" is not valid`, { expected, found });
}

/** Reads one parameter's value, or throws a REQUEST_INVALID error saying what was expected. */
function readOne(name: string, spec: ParamSpec, raw: string): string | number | boolean {
  switch (spec.type) {
    case 'int': {
      const n = Number(raw);
      if (!/^-?\d+$/.test(raw) || n < spec.min || n > spec.max)
        throw invalid(name, `a whole number from ${spec.min} to ${spec.max}`, JSON.stringify(raw));
      return n;
    }
    case 'string': {
      const max = spec.maxLength ?? 200;
      if (!raw.trim()) throw invalid(name, 'a non-empty value', 'an empty value');
      if (raw.length > max) throw invalid(name, `at most ${max} characters`, `${raw.length} characters`);
      return raw;
    }
    case 'date':
      if (!ISO_DATE.test(raw) || Number.isNaN(Date.parse(raw)) || !isCalendarDay(raw))
        throw invalid(name, 'an ISO 8601 date such as 2025-06-29', JSON.stringify(raw.slice(0, 40)));
      return raw;
    case 'enum':
      if (!spec.values.includes(raw))
        throw invalid(name, spec.values.join(' | '), JSON.stringify(raw.slice(0, 40)));
      return raw;
    case 'bool':
      if (raw !== 'true' && raw !== 'false' && raw !== '1' && raw !== '0')
        throw invalid(name, 'true or false', JSON.stringify(raw.slice(0, 40)));
      return raw === 'true' || raw === '1';
  }
}

/**
 * Checks a request's query (or path) parameters against their declaration: unknown names, missing
 * required ones, repeated ones and bad values are REQUEST_INVALID errors that name the parameter.
 */
export function parseParams<S extends ParamSpecs>(query: Record<string, string[]>, specs: S): Params<S> {
  const unknown = Object.keys(query).filter((name) => !(name in specs));
  if (unknown.length)
    throw new DossierError('REQUEST_INVALID', `unknown parameter "${unknown[0]}"`, {
      expected: Object.keys(specs).length ? `one of ${Object.keys(specs).join(', ')}` : 'no parameters',
      found: unknown.join(', '),
    });
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const values = query[name] ?? [];
    if (values.length > 1) throw invalid(name, 'one value', `${values.length} values`);
    if (values.length === 0) {
      if (spec.required)
        throw new DossierError('REQUEST_INVALID', `parameter "${name}" is required`, {
          expected: spec.description,
        });
      out[name] = spec.type === 'int' ? spec.default : undefined;
      continue;
    }
    out[name] = readOne(name, spec, values[0]);
  }
  return out as Params<S>;
}

/** The paging parameters every list takes. */
export const PAGE_PARAMS = {
  limit: { type: 'int', min: 1, max: 200, default: 50, description: 'items per page' },
  offset: { type: 'int', min: 0, max: 1_000_000, default: 0, description: 'items to skip' },
} as const satisfies ParamSpecs;

/** One page of a list, and the offset of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: number | null;
}

/** Builds a page from a query run with limit + 1 (the extra row only says whether there is more). */
export function page<T>(rows: T[], limit: number, offset: number): Page<T> {
  return { items: rows.slice(0, limit), limit, offset, next: rows.length > limit ? offset + limit : null };
}
