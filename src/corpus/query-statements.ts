import type { Database, Statement } from 'better-sqlite3';

/** Statements kept per connection; SQL texts vary with the number of ids a filter lists, so they are capped. */
const LIMIT = 256;
const kept = new WeakMap<Database, Map<string, Statement>>();

/**
 * The prepared statement for this SQL on this connection, prepared once and reused: the queries
 * answer many small requests (the HTTP API), and preparing costs as much as running many of them.
 * Returned in its default mode (whole rows); a caller that wants one column calls `.pluck()`.
 */
export function statement(db: Database, sql: string): Statement {
  let statements = kept.get(db);
  if (!statements) kept.set(db, (statements = new Map()));
  let found = statements.get(sql);
  if (!found) {
    if (statements.size >= LIMIT) statements.delete(statements.keys().next().value!);
    found = db.prepare(sql);
    statements.set(sql, found);
  }
  return found.pluck(false);
}
