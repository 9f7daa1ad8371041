import type { Database, Statement } from 'better-sqlite3';
import { ftsQuery, queryWords } from './query-search.js';
import { statement } from './query-statements.js';

/** The words of a quote's content or of its source, each in its own full-text index. */
export type QuoteColumn = 'content' | 'source';

/** The index of each column (schema 9: contentless, `detail = none`). */
const TABLES: Record<QuoteColumn, string> = { content: 'quote_content_fts', source: 'quote_source_fts' };

/** The tokenizer of every full-text index (schema.ts): a checked word is split as they split it. */
const FOLDING = `tokenize = "unicode61 remove_diacritics 2"`;

/** Writing statements, prepared once per connection (`statement` is for queries). */
const WRITES = new WeakMap<Database, Map<string, Statement>>();

function write(db: Database, sql: string): Statement {
  let kept = WRITES.get(db);
  if (!kept) WRITES.set(db, (kept = new Map()));
  let found = kept.get(sql);
  if (!found) kept.set(sql, (found = db.prepare(sql)));
  return found;
}

/** Adds a quote's texts (null: none) to the quote indexes (as writeArticle gives them). */
export function indexQuote(db: Database, id: number, content: string | null, source: string | null): void {
  if (typeof content === 'string')
    write(db, 'INSERT INTO quote_content_fts (rowid, content) VALUES (?, ?)').run(id, content);
  if (typeof source === 'string')
    write(db, 'INSERT INTO quote_source_fts (rowid, source) VALUES (?, ?)').run(id, source);
}

/** Takes a quote's texts out of the indexes: they keep no copy, so they are told what they indexed. */
export function unindexQuote(db: Database, id: number, content: string | null, source: string | null): void {
  if (typeof content === 'string')
    write(
      db,
      "INSERT INTO quote_content_fts (quote_content_fts, rowid, content) VALUES ('delete', ?, ?)",
    ).run(id, content);
  if (typeof source === 'string')
    write(db, "INSERT INTO quote_source_fts (quote_source_fts, rowid, source) VALUES ('delete', ?, ?)").run(
      id,
      source,
    );
}

/**
 * Splits each word into the index's tokens (folded), as the tokenizer itself does: a temporary
 * full-text table and its vocabulary (temporary tables work on a read-only connection too).
 */
function tokenize(db: Database, words: string[]): string[][] {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_words USING fts5(word, ${FOLDING});
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_word_tokens USING fts5vocab(temp, quote_words, 'instance');
    DELETE FROM temp.quote_words;`);
  const add = write(db, 'INSERT INTO temp.quote_words (rowid, word) VALUES (?, ?)');
  words.forEach((word, i) => add.run(i + 1, word));
  const tokens: string[][] = words.map(() => []);
  for (const row of statement(
    db,
    'SELECT doc, term FROM temp.quote_word_tokens ORDER BY doc, offset',
  ).all() as {
    doc: number;
    term: string;
  }[])
    tokens[row.doc - 1].push(row.term);
  return tokens;
}

/**
 * The quotes whose content (or source) holds every word of `text` (a word ending in * as a
 * prefix), diacritics folded: as a `column : (ftsQuery(text))` match on a full index would find
 * them. The indexes hold no positions (`detail = none`, a third of the size), so they answer
 * words of one token themselves; a word of several tokens ("U.S.", "don't") is a phrase, which
 * they cannot match: they find the quotes holding all its tokens, and those are checked with the
 * phrase on a temporary full index of their texts. Returns SQL that selects the quote ids and
 * its parameters, or null when `text` has no words.
 */
export function quotesMatching(
  db: Database,
  column: QuoteColumn,
  text: string,
): { sql: string; params: unknown[] } | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  const tokens = tokenize(
    db,
    words.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w)),
  );
  const table = TABLES[column];
  const candidates = words
    .flatMap((word, i) =>
      tokens[i].map((t, j) => `"${t}"${word.endsWith('*') && j === tokens[i].length - 1 ? '*' : ''}`),
    )
    .join(' ');
  if (tokens.every((t) => t.length === 1))
    return { sql: `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`, params: [candidates] };
  // a phrase: the candidates (every quote with this column when no word has a token), checked
  const ids = (
    candidates
      ? statement(db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all(candidates)
      : statement(db, `SELECT id FROM quotes WHERE ${column}_start IS NOT NULL`).pluck().all()
  ) as number[];
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_check USING fts5(text, ${FOLDING});
    DELETE FROM temp.quote_check;`);
  write(
    db,
    `INSERT INTO temp.quote_check (rowid, text)
       SELECT q.id, span_text(a.body, q.${column}_start, q.${column}_end, q.${column})
       FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE q.id IN (SELECT value FROM json_each(?)) ORDER BY q.article_id`,
  ).run(JSON.stringify(ids));
  const found = statement(db, 'SELECT rowid FROM temp.quote_check WHERE quote_check MATCH ?')
    .pluck()
    .all(ftsQuery(text)) as number[];
  return { sql: 'SELECT value FROM json_each(?)', params: [JSON.stringify(found)] };
}
