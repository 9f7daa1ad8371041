import { entityIds } from './find-entity.js';
import { foldedWords, foldText } from './fold.js';
import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** Filters of the claims tracker. */
export interface ClaimFilter {
  /** What is counted ("deaths"): "death", "dead", "killed" and "fatalities" agree. */
  counts?: string;
  /** Where: a place entity or the place's name. */
  place?: string;
  limit?: number;
  /** Rows to skip (paging). */
  offset?: number;
}

/** One reported number: what it counts, where, who says so, and when. */
export interface ClaimRow {
  article: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  text: string;
  /** Where the number is in the article's text (character offsets). */
  start: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
  counts: string | null;
  place: string | null;
  /** Who claims it: the quoted speaker, the quote's source words, or (null) the outlet itself. */
  source: string | null;
}

/** Words that count the same thing: a query for one finds the others. */
const SAME_COUNT = [
  ['death', 'dead', 'died', 'killed', 'fatalit', 'casualt', 'toll'],
  ['injur', 'wounded', 'hurt'],
  ['displac', 'refugee', 'fled', 'homeless'],
  ['arrest', 'detain', 'detention'],
];

/** The word stems a counted thing is matched by ("deaths" → death, dead, died, killed...). */
export function countStems(what: string): string[] {
  const w = foldText(what.trim()).replace(/(ies|es|s)$/, '');
  const group = SAME_COUNT.find((g) => g.some((stem) => w.startsWith(stem) || stem.startsWith(w)));
  return group ?? [w];
}

/** A word in the singular, roughly ("casualties" → "casualty", "sales" → "sale"; "men" stays). */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * Whether a counted thing (folded) is what a query asks for: one of its words starts with a stem of
 * the query's group ("deaths": "killed", "fatalities"), or, outside the groups, it holds the query's
 * words, singular or plural. The stems matched inside words: "men" found "women" and "investment",
 * "cars" "oscars" and "cards", "killed" "skilled workers".
 */
function countsMatch(key: string, what: string, stems: string[]): boolean {
  const words = foldedWords(key);
  if (SAME_COUNT.includes(stems)) return words.some((w) => stems.some((stem) => w.startsWith(stem)));
  const wanted = ` ${foldedWords(what).map(singular).join(' ')} `;
  return wanted.trim() !== '' && ` ${words.map(singular).join(' ')} `.includes(wanted);
}

/** Numbers claimed for a counted thing, oldest first, each with its source (the claims tracker). */
export function claims(store: Store, filter: ClaimFilter = {}): ClaimRow[] {
  const where = ['q.value IS NOT NULL OR q.low IS NOT NULL OR q.high IS NOT NULL'];
  const params: unknown[] = [];
  if (filter.counts) {
    const stems = countStems(filter.counts);
    // the stems are matched against the distinct counted things, which are few, then checked word by word
    const candidates = statement(
      store.db,
      `SELECT key FROM counted WHERE ${stems.map(() => "key LIKE ? ESCAPE '\\'").join(' OR ')}`,
    )
      .pluck()
      .all(...stems.map((stem) => `%${stem.replace(/[%_\\]/g, '\\$&')}%`)) as string[];
    where.push('q.counts_key IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(candidates.filter((key) => countsMatch(key, filter.counts!, stems))));
  }
  if (filter.place) {
    const entities = entityIds(store, filter.place);
    const parts: string[] = [];
    const words = foldedWords(filter.place);
    if (words.length) {
      // the place's words as whole words of the stored name ("gaza" finds "gaza strip"): a substring
      // found "russia", "australia" and "brussels" for "US", "romania" for "Oman", "ukraine" for "UK".
      // LIKE on the longest word first, so only the names holding it are split into words.
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
      parts.push(`(q.place_key LIKE ? ESCAPE '\\' AND holds_words(q.place_key, ?))`);
      params.push(`%${longest.replace(/[%_\\]/g, '\\$&')}%`, ` ${words.join(' ')} `);
    }
    if (entities.length) {
      parts.push(`q.place_entity_id IN (${entities.map(() => '?').join(',')})`);
      params.push(...entities);
    }
    where.push(parts.length ? parts.join(' OR ') : '0');
  }
  return statement(
    store.db,
    `SELECT a.id AS article, a.title, a.outlet, a.published, a.url, q.text, q.start, q."end", q.value, q.low, q.high, q.counts,
         coalesce(p.name, q.place) AS place, coalesce(s.name, q.source) AS source
       FROM quantities q JOIN articles a ON a.id = q.article_id
       LEFT JOIN entities p ON p.id = q.place_entity_id LEFT JOIN entities s ON s.id = q.source_entity_id
       WHERE ${where.map((w) => `(${w})`).join(' AND ')}
       ORDER BY a.published, a.id, q.start LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit ?? 200, filter.offset ?? 0) as ClaimRow[];
}
