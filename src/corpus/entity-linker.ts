import type { Database, Statement } from 'better-sqlite3';
import type { EntityJson } from '../doc/contract.js';
import { acronymOf, entityKey, nameWords, sameGivenNames, typeGroup } from './entity-key.js';
import { foldedWords, foldText } from './fold.js';

interface Candidate {
  id: number;
  key: string;
}

/** Types stored under one group share candidates (GPE and LOC). */
function groupTypes(type: string): string[] {
  return typeGroup(type) === 'PLACE' ? ['GPE', 'LOC'] : [type];
}

/**
 * Links each article's entities to the corpus's entities (one row per real-world entity).
 * Persons: the same name with titles and diacritics gone, or a name that differs only by given
 * names that agree; a surname alone links only when one person in the corpus bears it. Others:
 * the same name, or a spelling (an acronym, a short name) seen as a mention of exactly one entity.
 */
export class EntityLinker {
  private readonly byKey: Statement<[string, string, string]>;
  private readonly byAlias: Statement<[string, string, string]>;
  private readonly bySurname: Statement<[string]>;
  private readonly insert: Statement<[string, string, string, string | null]>;
  private readonly rename: Statement<[string, string, number]>;
  private readonly addAlias: Statement<[number, string]>;
  private readonly fitsHint: Statement<[number, string, string, string, string, string]>;
  private readonly hasTitle: Statement<[number, string]>;

  constructor(db: Database) {
    this.byKey = db.prepare('SELECT id, key FROM entities WHERE key = ? AND type IN (?, ?) ORDER BY id');
    this.byAlias = db.prepare(
      `SELECT DISTINCT e.id, e.key FROM aliases a JOIN entities e ON e.id = a.entity_id
       WHERE a.key = ? AND e.type IN (?, ?) ORDER BY e.id LIMIT 2`,
    );
    this.bySurname = db.prepare("SELECT id, key FROM entities WHERE surname = ? AND type = 'PERSON'");
    this.insert = db.prepare('INSERT INTO entities (key, name, type, surname) VALUES (?, ?, ?, ?)');
    this.rename = db.prepare('UPDATE entities SET key = ?, name = ? WHERE id = ?');
    this.addAlias = db.prepare('INSERT OR IGNORE INTO aliases (entity_id, key) VALUES (?, ?)');
    this.fitsHint = db.prepare(
      `SELECT 1 FROM entities WHERE id = ? AND type IN (?, ?) AND (key = ? OR surname = ?
         OR id IN (SELECT entity_id FROM aliases WHERE key = ?))`,
    );
    this.hasTitle = db.prepare('SELECT 1 FROM roles WHERE entity_id = ? AND fold(title) LIKE ? LIMIT 1');
  }

  /**
   * The corpus entity id for an article's entity (created when nothing matches). `hint`: the
   * entity it was linked to before (an article stored again keeps its links).
   */
  link(entity: Pick<EntityJson, 'name' | 'type' | 'mentions' | 'roles'>, hint?: number): number {
    const key = entityKey(entity.name, entity.type);
    const [t1, t2] = groupTypes(entity.type);
    const types = [t1, t2 ?? t1] as const;
    // the earlier link holds while the name still fits it (same key, surname or known spelling)
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    let id = hint !== undefined && this.fitsHint.get(hint, ...types, key, surname, key) ? hint : undefined;
    id ??= (this.byKey.get(key, ...types) as Candidate | undefined)?.id;
    if (id === undefined && entity.type !== 'PERSON') id = this.uniqueAlias(key, types);
    if (id === undefined && entity.type === 'PERSON') id = this.linkPerson(entity, key);
    if (id === undefined) {
      const words = key.split(' ');
      const surname = entity.type === 'PERSON' ? (words[words.length - 1] ?? null) : null;
      id = Number(this.insert.run(key, entity.name, entity.type, surname).lastInsertRowid);
    }
    this.addAliases(id, entity, key);
    return id;
  }

  /** The one entity known under this spelling, or undefined when none or several are. */
  private uniqueAlias(key: string, types: readonly [string, string]): number | undefined {
    const rows = this.byAlias.all(key, ...types) as Candidate[];
    return rows.length === 1 ? rows[0].id : undefined;
  }

  private linkPerson(entity: Pick<EntityJson, 'name' | 'roles'>, key: string): number | undefined {
    const words = key.split(' ');
    if (words.length === 0 || !words[0]) return undefined;
    const surname = words[words.length - 1];
    const candidates = (this.bySurname.all(surname) as Candidate[]).filter((c) =>
      sameGivenNames(words, c.key.split(' ')),
    );
    const full = candidates.filter((c) => c.key.includes(' '));
    if (words.length === 1) {
      if (full.length === 1) return full[0].id;
      // several people bear the surname: a title they share ("President Erdogan") decides
      const titled = full.filter((c) =>
        (entity.roles ?? []).some((r) => this.hasTitle.get(c.id, `%${foldText(r.title)}%`)),
      );
      return titled.length === 1 ? titled[0].id : undefined;
    }
    if (full.length === 1) return full[0].id;
    if (full.length > 1) return undefined;
    // only the surname was seen before: that entry becomes this full name
    if (candidates.length === 1) {
      this.rename.run(key, entity.name, candidates[0].id);
      return candidates[0].id;
    }
    return undefined;
  }

  /** Records the spellings an entity was mentioned by, so later articles can link to it. */
  private addAliases(id: number, entity: Pick<EntityJson, 'name' | 'type' | 'mentions'>, key: string): void {
    this.addAlias.run(id, key);
    for (const m of entity.mentions) {
      // pronouns and common nouns ("he", "the group") are no alias
      if (!/^\p{Lu}/u.test(m.text)) continue;
      const words = nameWords(m.text, entity.type);
      // a surname alone is left to the surname rule, which knows when it is ambiguous
      if (entity.type === 'PERSON' && words.length < 2) continue;
      if (words.length) this.addAlias.run(id, words.join(' '));
    }
    if (entity.type === 'ORG' || typeGroup(entity.type) === 'PLACE') {
      const acronym = acronymOf(entity.name);
      if (acronym && acronym.length >= 2) this.addAlias.run(id, acronym);
    }
  }
}

/** The folded key a query name is looked up by (shared with the query layer). */
export function queryKey(name: string): string {
  return foldedWords(name).join(' ');
}
