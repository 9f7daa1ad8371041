import type { EntityJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { isHead, phraseEndingAt, phraseStartingAt, type TokenRange } from './noun-phrase.js';
import { hashSet, wordHashes } from './word-hash.js';
import { listOf, objectList } from '../object-list.js';

const PROPN = labels.intern('PROPN');

/** The entities of a doc (empty before the entity recognizer has run). */
export function entitiesOf(doc: Doc): EntityJson[] {
  return listOf<EntityJson>(doc.layers.entities);
}

/** Ids of the entities with a mention inside the character range [start, end) (compound actors give several). */
export function entitiesIn(entities: EntityJson[], start: number, end: number): string[] {
  const ids = objectList<string>();
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
      named.some(
        (n) =>
          (n.start >= m.end && !BETWEEN_PARTIES.test(doc.text.slice(m.end, n.start))) ||
          // "the Palestinian enclave" is a mention of Gaza: the nationality word only describes it
          (n.start <= m.start && m.end <= n.end),
      ),
    );
  });
}

/**
 * The range widened to the mention of a named entity that encloses it: an argument narrowed to its
 * nationality word ("attacks on the Palestinian enclave" gives "Palestinian") is the description the
 * entities step resolved ("the Palestinian enclave", Gaza). Unchanged when no mention encloses it.
 */
export function widenToMention(
  doc: Doc,
  entities: EntityJson[],
  range: TokenRange | null,
): TokenRange | null {
  if (!range) return range;
  const start = doc.start[range.start];
  const end = doc.end[range.end - 1];
  for (const e of entities) {
    if (e.type === 'NORP') continue;
    for (const m of e.mentions) {
      if (m.start <= start && end <= m.end && m.end - m.start > end - start)
        return { start: doc.tokenAt(m.start), end: doc.tokenAt(m.end - 1) + 1 };
    }
  }
  return range;
}

/** Ids of the entities mentioned inside a token range. */
export function entitiesInRange(doc: Doc, entities: EntityJson[], range: TokenRange | null): string[] {
  if (!range) return objectList<string>();
  const start = doc.start[range.start];
  const end = doc.end[range.end - 1];
  return withoutDescribingNationality(doc, entities, entitiesIn(entities, start, end), start, end);
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
const PLACE_PREPS = /^(?:in|at|near|inside|outside|across)$/i;

const TOPIC_PREPS = /^(?:on|about|over|regarding|concerning)$/i;

/**
 * Head nouns of a place that the text describes without naming it ("at an undisclosed location",
 * "in the capital", "at the border crossing", "near the camp").
 */
const PLACE_NOUNS = hashSet(
  'location locations site venue capital city town village border crossing checkpoint camp ' +
    'compound headquarters hospital prison embassy consulate palace residence square airport port ' +
    'region area province district neighbourhood neighborhood suburb scene building hotel stadium ' +
    'mosque church school enclave territory frontier coast',
);
/** A described place starts with one of these ("at an undisclosed location", "in their village"). */
const PLACE_DETERMINERS = hashSet('a an the this that its their his her');
const COMMA = hashSet(', ;');
const OF = hashSet('of');

/**
 * True when the place phrase at preposition `p` describes a topic: it follows a noun phrase that is
 * the object of "on", "about" ... ("talks focused on the humanitarian tragedy in Gaza" were not
 * held in Gaza).
 */
function ofTopic(doc: Doc, p: number, from: number): boolean {
  const np = p - 1 >= from ? phraseEndingAt(doc, p - 1, from) : null;
  return np !== null && np.start - 1 >= from && TOPIC_PREPS.test(doc.tokenText(np.start - 1));
}

/** Where an event happened: a place entity when one is named, and always the phrase that says it. */
export interface EventPlace {
  /** The place entity ("in Gaza", "at the World Court"), absent for a described place ("at an undisclosed location"). */
  id?: string;
  /** The place phrase without its preposition ("an undisclosed location", "Gaza"). */
  range: TokenRange;
  /** The preposition that introduces it. */
  prep: number;
}

/**
 * True when the place phrase introduced at `prep` can be the event's whose trigger spans
 * [trigger.start, trigger.end): no other event's trigger stands between them, and a phrase before
 * the trigger is not cut off from it by a comma unless it opens the sentence ("In Gaza, troops
 * ..."). `others` are the first tokens of the sentence's other triggers.
 */
function reaches(doc: Doc, prep: number, trigger: TokenRange, others: number[], from: number): boolean {
  const after = prep >= trigger.end;
  const lo = after ? trigger.end : prep;
  const hi = after ? prep : trigger.start;
  if (others.some((o) => o >= lo && o < hi)) return false;
  if (after || prep === from) return true;
  const hashes = wordHashes(doc);
  for (let j = prep; j < trigger.start; j++) if (COMMA.has(hashes[j])) return false;
  return true;
}

/**
 * The place of an event in sentence [from, to): a GPE/LOC/FAC entity introduced by "in", "at",
 * "near" ..., an organisation at whose seat something is done ("a case at the World Court"), else
 * a described place ("talks were held at an undisclosed location"); none when the phrase is the
 * topic's ("talks on the situation in Syria"). Entities that are the event's actors or targets are
 * not its place. With `trigger`, only a phrase that no other trigger (`others`) separates from it.
 */
export function placeOf(
  doc: Doc,
  entities: EntityJson[],
  from: number,
  to: number,
  exclude: string[],
  trigger?: TokenRange,
  others: number[] = [],
): EventPlace | undefined {
  const startChar = doc.start[from];
  const endChar = doc.end[to - 1];
  const found: EventPlace[] = [];
  const ok = (p: number) => !ofTopic(doc, p, from) && (!trigger || reaches(doc, p, trigger, others, from));
  for (const e of entities) {
    const placeType = PLACE_TYPES.has(e.type);
    if ((!placeType && e.type !== 'ORG') || exclude.includes(e.id)) continue;
    for (const m of e.mentions) {
      if (m.start < startChar || m.end > endChar) continue;
      const i = doc.tokenAt(m.start);
      const range = { start: i, end: doc.tokenAt(m.end - 1) + 1 };
      if (!placeType) {
        // "a genocide case against Israel at the World Court": "at" an organisation, after a noun
        const p = i - 1 >= from && /^the$/i.test(doc.tokenText(i - 1)) ? i - 2 : i - 1;
        if (p - 1 >= from && /^at$/i.test(doc.tokenText(p)) && isHead(doc, p - 1) && ok(p))
          found.push({ id: e.id, range, prep: p });
        continue;
      }
      // "in Gaza", "at the World Court": the preposition comes at most two words before
      for (let j = i - 1; j >= from && j >= i - 3; j--) {
        if (!PLACE_PREPS.test(doc.tokenText(j))) continue;
        if (ok(j)) found.push({ id: e.id, range, prep: j });
        break;
      }
    }
    // without a trigger, the first entity found (in entity order) is the place
    if (!trigger && found.length) return found[0];
  }
  const hashes = wordHashes(doc);
  for (let j = from; j + 2 < to; j++) {
    if (!PLACE_PREPS.test(doc.tokenText(j)) || !PLACE_DETERMINERS.has(hashes[j + 1])) continue;
    const np = phraseStartingAt(doc, j + 1, to);
    if (!np || !PLACE_NOUNS.has(hashes[np.end - 1])) continue;
    // "in the region of £5m", "in the area of tax": a measure or a field, not a place
    if (np.end < to && OF.has(hashes[np.end])) continue;
    // a phrase with a name in it is left to the entity rules
    let named = false;
    for (let k = np.start; k < np.end; k++) if (doc.upos[k] === PROPN) named = true;
    if (!named && ok(j)) found.push({ range: np, prep: j });
  }
  if (!trigger || found.length < 2) return found[0];
  // the nearest phrase after the trigger, else the nearest before it
  const after = found.filter((f) => f.prep >= trigger.end).sort((x, y) => x.prep - y.prep);
  return after[0] ?? found.sort((x, y) => y.prep - x.prep)[0];
}

/** The place entity of an event in sentence [from, to), or none (see placeOf). */
export function placeIn(
  doc: Doc,
  entities: EntityJson[],
  from: number,
  to: number,
  exclude: string[],
): string | undefined {
  return placeOf(doc, entities, from, to, exclude)?.id;
}
