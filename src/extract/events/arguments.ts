import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { ACTOR_NOUNS } from './cue-words.js';
import { entitiesOf } from './link-entities.js';
import { boundLength, headOf, phraseEndingAt, phraseStartingAt, type TokenRange } from './noun-phrase.js';
import { hashSet, wordHash, wordHashes } from './word-hash.js';

const ADP = labels.intern('ADP');
const ADV = labels.intern('ADV');
const ADJ = labels.intern('ADJ');
const PROPN = labels.intern('PROPN');
const PRON = labels.intern('PRON');
const CCONJ = labels.intern('CCONJ');
const VBN = labels.intern('VBN');
const VBG = labels.intern('VBG');

const COMMA = hashSet(', ( ) – —');
const CLOSE = hashSet(', )');
const OPEN = hashSet(', (');
const RELATIVE = hashSet('who which that');
const AND = hashSet('and &');
const TIME_WORDS = hashSet(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later again also once',
);
const ON = hashSet('on last this');
/** Prepositions that attach a phrase to the noun before it inside a subject ("Members of ...", "forces in Guinea"). */
const SUBJECT_PREPS = hashSet('of in from at for based loyal near');
const OF = hashSet('of');
const PARTICLES = hashSet('up out off down over back');
const POSSESSIVE = wordHash("'s");
const THAT = wordHash('that');
const WHICH = wordHash('which');

/** Skips time words and "on Tuesday" leftwards from j; returns the new j. */
function skipTimeLeft(doc: Doc, j: number, floor: number): number {
  const hashes = wordHashes(doc);
  while (j >= floor && (TIME_WORDS.has(hashes[j]) || doc.upos[j] === ADV)) {
    j--;
    if (j >= floor && ON.has(hashes[j])) j--;
  }
  return j;
}

/** Grows a phrase leftwards over "of/in/from ..." attachments (unless `attachments` is false) and "X and Y" coordination. */
function growLeft(doc: Doc, np: TokenRange, floor: number, attachments = true): TokenRange {
  const hashes = wordHashes(doc);
  let start = np.start;
  for (let guard = 0; guard < 4; guard++) {
    let p = start - 1;
    if (p < floor) break;
    if (attachments && doc.upos[p] === ADP && SUBJECT_PREPS.has(hashes[p])) {
      p--;
      // "a terror group based in Trinidad", "militants loyal to ..."
      if (p >= floor && (doc.xpos[p] === VBN || doc.xpos[p] === VBG || doc.upos[p] === ADJ)) p--;
    } else if (doc.upos[p] === CCONJ && AND.has(hashes[p])) p--;
    else break;
    const before = phraseEndingAt(doc, p, floor);
    if (!before || doc.upos[before.end - 1] === PRON) break;
    start = before.start;
  }
  return { start, end: np.end };
}

/** The subject phrase before a verb group starting at g (skipping time words, appositives and relative pronouns). */
export function subjectBefore(doc: Doc, g: number, floor: number): TokenRange | null {
  const hashes = wordHashes(doc);
  let j = skipTimeLeft(doc, g - 1, floor);
  // "Sony Pictures, which released": a thing's relative clause, never an appositive's name
  const which = j >= floor && hashes[j] === WHICH;
  const relative = j >= floor && RELATIVE.has(hashes[j]);
  if (relative) {
    j--;
    if (j >= floor && COMMA.has(hashes[j])) j--;
  } else if (j >= floor && CLOSE.has(hashes[j])) {
    // "Pakistan, a key U.S. ally ..., has refused": the phrase before the appositive
    let k = j - 1;
    while (k > floor && !OPEN.has(hashes[k]) && j - k < 25) k--;
    if (k > floor && OPEN.has(hashes[k])) j = k - 1;
    if (j >= floor && CLOSE.has(hashes[j])) j--;
  }
  const np = phraseEndingAt(doc, j, floor);
  if (!np) return null;
  const grown = growLeft(doc, np, floor);
  // "Ibrahim Kalın, head of ..., met" (or "..., who met"): a lower-case description after a name
  // is its appositive; not after a name that a preposition governs ("In Paris, police arrested
  // ...", "On Monday, ..."), nor before "which", which refers to a thing
  const first = doc.text.charCodeAt(doc.start[grown.start]);
  if (
    !which &&
    first >= 97 &&
    first <= 122 &&
    grown.start - 2 >= floor &&
    COMMA.has(hashes[grown.start - 1])
  ) {
    const name = phraseEndingAt(doc, grown.start - 2, floor);
    const governed = name !== null && name.start - 1 >= floor && doc.upos[name.start - 1] === ADP;
    if (name && doc.upos[name.end - 1] === PROPN && !governed) return name;
  }
  // a relative word refers to the nearest phrase and those coordinated with it ("the victims of
  // the tidal wave which killed", "two changes from the team that beat Italy", "X and Y, who")
  return relative ? growLeft(doc, np, floor, false) : grown;
}

/** Skips time words and "on Tuesday" rightwards from k; returns the new k. */
function skipTimeRight(doc: Doc, k: number, limit: number): number {
  const hashes = wordHashes(doc);
  for (;;) {
    if (k < limit && TIME_WORDS.has(hashes[k])) k++;
    else if (k + 1 < limit && ON.has(hashes[k]) && TIME_WORDS.has(hashes[k + 1])) k += 2;
    else return k;
  }
}

/** The object phrase that starts at k (after particles, adverbs and time words), with "of ..." and "and ..." continuations. */
export function objectAfter(doc: Doc, k: number, limit: number): TokenRange | null {
  const hashes = wordHashes(doc);
  for (let guard = 0; guard < 4; guard++) {
    k = skipTimeRight(doc, k, limit);
    // "killed nearly 100 people", "wounded over 400": the bound goes with the number
    if (boundLength(doc, k, limit) > 0) break;
    if (k < limit && (PARTICLES.has(hashes[k]) || doc.upos[k] === ADV)) k++;
  }
  // "demanded that Hamas renounce ...": the one asked is the subject of the clause
  if (k < limit && hashes[k] === THAT) k++;
  const np = phraseStartingAt(doc, k, limit);
  if (!np) return null;
  let end = np.end;
  for (let guard = 0; guard < 3; guard++) {
    if (end + 1 >= limit || !(OF.has(hashes[end]) || AND.has(hashes[end]))) break;
    const next = phraseStartingAt(doc, skipTimeRight(doc, end + 1, limit), limit);
    if (!next) break;
    end = next.end;
  }
  return { start: np.start, end };
}

/** The first phrase after one of `preps` within `window` tokens from `from` (stops at a comma). */
export function prepPhraseAfter(
  doc: Doc,
  from: number,
  limit: number,
  preps: Set<number>,
  window = 14,
): TokenRange | null {
  const hashes = wordHashes(doc);
  for (let j = from; j < limit && j < from + window; j++) {
    if (COMMA.has(hashes[j])) break;
    if (preps.has(hashes[j]) && (doc.upos[j] === ADP || doc.upos[j] === 0)) {
      const np = objectAfter(doc, j + 1, limit);
      if (np) return np;
    }
  }
  return null;
}

/** True when a phrase names a political actor: a proper name, a pronoun or an actor noun at its head. */
export function isActorPhrase(doc: Doc, range: TokenRange): boolean {
  const head = headOf(doc, range);
  const u = doc.upos[head];
  return u === PROPN || u === PRON || ACTOR_NOUNS.has(wordHashes(doc)[head]);
}

/** True when an entity mention starts at character `at`. */
function mentionStartsAt(doc: Doc, at: number): boolean {
  return entitiesOf(doc).some((e) => e.mentions.some((m) => m.start === at));
}

/** The actor inside a phrase: the phrase itself, else its proper-name or nationality modifiers ("Palestinian homes" → "Palestinian"). */
export function actorWithin(doc: Doc, range: TokenRange): TokenRange | null {
  if (isActorPhrase(doc, range)) return range;
  const hashes = wordHashes(doc);
  const named = (i: number): boolean => {
    const capital = doc.text.charCodeAt(doc.start[i]);
    if (capital < 65 || capital > 90) return false;
    if (doc.upos[i] === PROPN) return true;
    // an adjective opening its sentence is capitalised by the sentence ("Human rights are
    // denied", "More than 500 others"): a name only where an entity is mentioned ("Palestinian")
    if (doc.upos[i] !== ADJ) return false;
    return i !== doc.sentStart[doc.sentenceOf(i)] || mentionStartsAt(doc, doc.start[i]);
  };
  for (let i = range.start; i < range.end; i++) {
    if (!named(i)) continue;
    let end = i + 1;
    while (end < range.end && named(end)) end++;
    // keep a possessive mark with its name ("President Reagan's") and actor nouns ("Karen guerrilla")
    if (end < range.end && hashes[end] === POSSESSIVE) end++;
    while (end < range.end && ACTOR_NOUNS.has(hashes[end])) end++;
    return { start: i, end };
  }
  return null;
}
