import { entityKey } from './entity-key.js';
import { foldedWords } from './fold.js';
import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** An entity of the corpus, as queries name it. */
export interface EntityRef {
  id: number;
  name: string;
  type: string;
  mentions: number;
}

/**
 * The corpus entities a name may refer to, most mentioned first: the same key (titles and
 * diacritics gone), a known spelling, a person's surname, then names containing the words (whole words).
 */
export function findEntities(store: Store, name: string, limit = 10): EntityRef[] {
  const folded = foldedWords(name).join(' ');
  if (!folded) return [];
  const person = entityKey(name, 'PERSON');
  const select = `SELECT e.id, e.name, e.type,
      (SELECT coalesce(sum(ae.mentions), 0) FROM article_entities ae WHERE ae.entity_id = e.id) AS mentions FROM entities e`;
  const tries: [string, Record<string, unknown>][] = [
    [
      `${select} WHERE e.key IN (@folded, @person) OR e.surname = @person
         OR e.id IN (SELECT entity_id FROM aliases WHERE key IN (@folded, @person))`,
      { folded, person, limit },
    ],
    [
      // whole words of the key (its words are joined by one space): as a substring, 'Oman' found
      // Romania, 'UK' Ukraine and 'ff' Jeff Waldman, and every filter took them for the name asked
      `${select} WHERE ' ' || e.key || ' ' LIKE @like ESCAPE '\\'`,
      { like: `% ${folded.replace(/[%_\\]/g, '\\$&')} %`, limit },
    ],
  ];
  for (const [sql, params] of tries) {
    const rows = statement(store.db, `${sql} ORDER BY mentions DESC, e.id LIMIT @limit`).all(
      params,
    ) as EntityRef[];
    if (rows.length) return rows;
  }
  return [];
}

/** The entity with this corpus id, if any. */
export function entityById(store: Store, id: number): EntityRef | undefined {
  return statement(
    store.db,
    `SELECT e.id, e.name, e.type, (SELECT coalesce(sum(ae.mentions), 0) FROM article_entities ae WHERE ae.entity_id = e.id) AS mentions
       FROM entities e WHERE e.id = ?`,
  ).get(id) as EntityRef | undefined;
}

/** The ids of the entities a name may refer to (for filters); empty when none. */
export function entityIds(store: Store, name: string): number[] {
  return findEntities(store, name, 50).map((e) => e.id);
}
