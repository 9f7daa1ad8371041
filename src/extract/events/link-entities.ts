import type { EntityJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import { phraseEndingAt, type TokenRange } from './noun-phrase.js';

/** The entities of a doc (empty before the entity recognizer has run). */
export function entitiesOf(doc: Doc): EntityJson[] {
  const value = doc.layers.entities;
  return Array.isArray(value) ? (value as EntityJson[]) : [];
}

/** Ids of the entities with a mention inside the character range [start, end) (compound actors give several). */
export function entitiesIn(entities: EntityJson[], start: number, end: number): string[] {
  const ids: string[] = [];
  for (const e of entities) {
    if (e.mentions.some((m) => m.start >= start && m.end <= end)) ids.push(e.id);
  }
  return ids;
}

const BETWEEN_PARTIES = /\b(?:and|or)\b|[,;&]/;

/**
 * Drops a nationality (NORP) that only describes a name after it in the same phrase: "the
 * Palestinian resistance movement Hamas" is Hamas, "Israeli Prime Minister Netanyahu" is
 * Netanyahu; "Israeli troops" and "US and Israeli forces" keep theirs.
 */
function withoutDescribingNationality(
  doc: Doc,
  entities: EntityJson[],
  ids: string[],
  start: number,
  end: number,
): string[] {
  if (ids.length < 2) return ids;
  const norp = entities.filter((e) => e.type === 'NORP' && ids.includes(e.id));
  if (norp.length === 0 || norp.length === ids.length) return ids;
  const inRange = (e: EntityJson) => e.mentions.filter((m) => m.start >= start && m.end <= end);
  const named = entities.filter((e) => ids.includes(e.id) && e.type !== 'NORP').flatMap(inRange);
  return ids.filter((id) => {
    const entity = entities.find((e) => e.id === id);
    if (!entity || entity.type !== 'NORP') return true;
    return !inRange(entity).every((m) =>
      named.some((n) => n.start >= m.end && !BETWEEN_PARTIES.test(doc.text.slice(m.end, n.start))),
    );
  });
}

/** Ids of the entities mentioned inside a token range. */
export function entitiesInRange(doc: Doc, entities: EntityJson[], range: TokenRange | null): string[] {
  if (!range) return [];
  const start = doc.start[range.start];
  const end = doc.end[range.end - 1];
  return withoutDescribingNationality(doc, entities, entitiesIn(entities, start, end), start, end);
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const PLACE_PREPS = /^(?:in|at|near|inside|outside|across)$/i;

const TOPIC_PREPS = /^(?:on|about|over|regarding|concerning)$/i;

/**
 * True when the place phrase at preposition `p` describes a topic: it follows a noun phrase that is
 * the object of "on", "about" ... ("talks focused on the humanitarian tragedy in Gaza" were not
 * held in Gaza).
 */
function ofTopic(doc: Doc, p: number, from: number): boolean {
  const np = p - 1 >= from ? phraseEndingAt(doc, p - 1, from) : null;
  return np !== null && np.start - 1 >= from && TOPIC_PREPS.test(doc.tokenText(np.start - 1));
}

/**
 * The place of an event in sentence [from, to): a GPE/LOC/FAC entity introduced by "in", "at",
 * "near" ..., else none. Entities that are the event's actors or targets are not its place.
 */
export function placeIn(
  doc: Doc,
  entities: EntityJson[],
  from: number,
  to: number,
  exclude: string[],
): string | undefined {
  const startChar = doc.start[from];
  const endChar = doc.end[to - 1];
  for (const e of entities) {
    if (!PLACE_TYPES.has(e.type) || exclude.includes(e.id)) continue;
    for (const m of e.mentions) {
      if (m.start < startChar || m.end > endChar) continue;
      const i = doc.tokenAt(m.start);
      // "in Gaza", "at the World Court": the preposition comes at most two words before
      for (let j = i - 1; j >= from && j >= i - 3; j--) {
        if (!PLACE_PREPS.test(doc.tokenText(j))) continue;
        if (!ofTopic(doc, j, from)) return e.id;
        break;
      }
    }
  }
  return undefined;
}
