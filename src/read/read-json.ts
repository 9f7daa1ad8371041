import type { ArticleMeta } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { recordToArticle } from './news-record.js';
import type { ReadResult } from './read-path.js';

/** Line and column (1-based) of a string index. */
function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** The first clause of a JSON.parse message, without the echo of the input or the position. */
function describe(message: string): string {
  return message
    .split('\n')[0]
    .replace(/, ".*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+.*$/, '');
}

/** True when the text is JSON or a prefix of it: any error it has lies at its very end. */
function validPrefix(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    return /end of JSON input/.test(message) || (at !== null && Number(at[1]) >= text.length);
  }
}

/**
 * Index of the first character where the JSON goes wrong. Node 20's messages do not always say
 * ("Unexpected token '}'"), so the longest valid prefix is found by bisection (only on failure).
 */
function errorIndex(text: string, message: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (validPrefix(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Parses JSON, turning a syntax error into JSON_MALFORMED with the line, column and character position. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const index = errorIndex(text, message);
    const { line, column } = lineColumn(text, index);
    throw new DossierError('JSON_MALFORMED', 'the JSON does not parse', {
      file,
      line,
      expected: 'a JSON object or an array of objects',
      found: `${describe(message)} at line ${line}, column ${column} (character ${index})`,
      cause,
    });
  }
}

/** Reads a JSON file holding one news record or an array of them; each bad record is its own error. */
export function readJson(
  text: string,
  file: string,
  overrides: Partial<ArticleMeta> = {},
  readTextFile?: (name: string) => string,
): ReadResult[] {
  const value = parseJson(text, file);
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) {
    throw new DossierError('RECORD_INVALID', 'the JSON array holds no records', { file, found: '[]' });
  }
  return records.map((record, i): ReadResult => {
    try {
      return {
        article: recordToArticle(
          record,
          { file, index: Array.isArray(value) ? i + 1 : undefined },
          overrides,
          readTextFile,
        ),
      };
    } catch (error) {
      if (error instanceof DossierError) return { error };
      throw error;
    }
  });
}

/** Reads one JSONL line (already decoded); null for a blank line. */
export function readJsonlLine(
  source: string,
  file: string,
  line: number,
  overrides: Partial<ArticleMeta> = {},
): ReadResult | null {
  if (source.trim() === '') return null;
  let record: unknown;
  try {
    record = JSON.parse(source);
  } catch (cause) {
    return {
      error: new DossierError('JSONL_LINE', 'the line is not valid JSON', {
        file,
        line,
        expected: 'one JSON object per line',
        found: describe(cause instanceof Error ? cause.message : String(cause)),
        cause,
      }),
    };
  }
  try {
    return { article: recordToArticle(record, { file, line }, overrides) };
  } catch (error) {
    if (error instanceof DossierError) return { error };
    throw error;
  }
}

/**
 * Reads JSONL text, one record per line. A line that does not parse or has no text is reported
 * with its line number (JSONL_LINE) and the good lines are kept. Blank lines are skipped.
 */
export function readJsonl(text: string, file: string, overrides: Partial<ArticleMeta> = {}): ReadResult[] {
  const results: ReadResult[] = [];
  text.split('\n').forEach((raw, i) => {
    const result = readJsonlLine(raw.replace(/\r$/, ''), file, i + 1, overrides);
    if (result) results.push(result);
  });
  if (results.length === 0) throw new DossierError('FILE_EMPTY', 'the JSONL file holds no records', { file });
  return results;
}
