import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { hashSet, wordHash, wordHashes } from './word-hash.js';

/** A token range [start, end) in a doc. */
export interface TokenRange {
  start: number;
  end: number;
}

const id = (tag: string): number => labels.intern(tag);
const NOUN = id('NOUN');
const PROPN = id('PROPN');
const PRON = id('PRON');
const NUM = id('NUM');
const DET = id('DET');
const ADJ = id('ADJ');
const ADP = id('ADP');
const PART = id('PART');
const PUNCT = id('PUNCT');
const CCONJ = id('CCONJ');
const VBN = id('VBN');
const VBG = id('VBG');
const X = id('X');
const PRP_POSS = id('PRP$');
const WP_POSS = id('WP$');

/** Words that close a noun phrase even when the tagger makes them nominal. */
const STOP = hashSet('who which that whom whose where when what today yesterday tonight');
const HYPHEN = hashSet("- – ’ 's ’s '");

/** True when token i can sit inside a noun phrase (determiners, modifiers, nouns, possessive marks). */
export function isNominal(doc: Doc, i: number): boolean {
  const u = doc.upos[i];
  if (u === NOUN || u === PROPN || u === NUM || u === DET || u === ADJ || u === X) return true;
  if (u === PART) return HYPHEN.has(wordHashes(doc)[i]);
  // possessive pronouns work as determiners ("their first meeting")
  if (doc.xpos[i] === PRP_POSS) return true;
  if (u === PUNCT) return HYPHEN.has(wordHashes(doc)[i]) && doc.start[i] === doc.end[i - 1];
  return false;
}

/** True when token i can head a noun phrase. */
export function isHead(doc: Doc, i: number): boolean {
  const u = doc.upos[i];
  return u === NOUN || u === PROPN || u === PRON || u === NUM || u === X;
}

/** A participle used as a modifier before a noun ("the besieged town", "Israeli-occupied"). */
function isPrenominalParticiple(doc: Doc, i: number, limit: number): boolean {
  const x = doc.xpos[i];
  return (x === VBN || x === VBG) && i + 1 < limit && (doc.upos[i + 1] === NOUN || doc.upos[i + 1] === PROPN);
}

/**
 * True when the determiner at `det` opens a phrase of its own after a fronted prepositional phrase
 * whose object is a name or a number, written with no comma: "In Paris the protesters marched",
 * "In New York the police", "On Monday the president", "In the Gaza Strip the army" (the phrase
 * is "the protesters", not "Paris the protesters"). A name before a determiner with no
 * preposition before it stays one phrase ("Ivan the Terrible").
 */
function opensAfterFrontedPlace(doc: Doc, det: number, floor: number): boolean {
  if (doc.upos[det] !== DET && doc.xpos[det] !== PRP_POSS) return false;
  let k = det - 1;
  while (
    k >= floor &&
    doc.upos[k] !== ADP &&
    (doc.upos[k] === PROPN || doc.upos[k] === NUM || capitalised(doc, k))
  )
    k--;
  if (k === det - 1) return false;
  if (k - 1 >= floor && doc.upos[k] === DET) k--;
  return k >= floor && doc.upos[k] === ADP;
}

/** True when token i starts with a capital letter (A-Z). */
function capitalised(doc: Doc, i: number): boolean {
  const c = doc.text.charCodeAt(doc.start[i]);
  return c >= 65 && c <= 90;
}

/** The first words of two-word bounds on a number ("at least seven", "more than 50", "up to 20"). */
const BOUND_FIRST = hashSet('at more less fewer up');
/** Their second words, by first word. */
const BOUND_SECOND = new Map<number, Set<number>>([
  [wordHash('at'), hashSet('least most')],
  [wordHash('more'), hashSet('than')],
  [wordHash('less'), hashSet('than')],
  [wordHash('fewer'), hashSet('than')],
  [wordHash('up'), hashSet('to')],
]);
const MORE = wordHash('more');
const COUNTED = new Set([NUM, NOUN]);
/** One-word bounds and approximations before a number ("nearly 100 people", "about 20 cities"). */
const BOUND_ONE = hashSet('nearly almost about around approximately roughly some');

/**
 * How many words at token k bound or approximate the number right after them ("at least", "more
 * than", "nearly"), or 0: they belong to the phrase that counts ("At least seven people were
 * killed" names "At least seven people", not "least seven people").
 */
export function boundLength(doc: Doc, k: number, limit: number): number {
  const hashes = wordHashes(doc);
  if (k + 2 < limit && BOUND_FIRST.has(hashes[k]) && BOUND_SECOND.get(hashes[k])?.has(hashes[k + 1]))
    return doc.upos[k + 2] === NUM ? 2 : 0;
  return k + 1 < limit && BOUND_ONE.has(hashes[k]) && doc.upos[k + 1] === NUM ? 1 : 0;
}

/** The start of a phrase starting at `start`, widened leftwards over a bound on its number. */
function withBound(doc: Doc, start: number, floor: number): number {
  const hashes = wordHashes(doc);
  // "least" or "most" taken into the phrase as an adjective: its "at" goes with it
  if (
    start - 1 >= floor &&
    start + 1 < doc.length &&
    BOUND_SECOND.get(hashes[start - 1])?.has(hashes[start]) &&
    doc.upos[start + 1] === NUM
  )
    return start - 1;
  if (doc.upos[start] !== NUM) return start;
  for (const n of [2, 1])
    if (start - n >= floor && boundLength(doc, start - n, start + 1) === n) return start - n;
  return start;
}

/** The noun phrase that ends with token `last` (inclusive), not crossing `floor`; null when `last` is not nominal. */
export function phraseEndingAt(doc: Doc, last: number, floor: number): TokenRange | null {
  if (last < floor) return null;
  // "dozens more were injured", "two more": "more" after a count closes its phrase
  if (wordHashes(doc)[last] === MORE && last - 1 >= floor && COUNTED.has(doc.upos[last - 1])) {
    const counted = phraseEndingAt(doc, last - 1, floor);
    return counted && { start: counted.start, end: last + 1 };
  }
  if (doc.upos[last] === PRON && doc.xpos[last] !== WP_POSS)
    return STOP.has(wordHashes(doc)[last]) ? null : { start: last, end: last + 1 };
  if (!isHead(doc, last) || STOP.has(wordHashes(doc)[last])) return null;
  let start = last;
  while (start - 1 >= floor) {
    const j = start - 1;
    if (STOP.has(wordHashes(doc)[j])) break;
    if (opensAfterFrontedPlace(doc, start, floor)) break;
    if (isNominal(doc, j) || isPrenominalParticiple(doc, j, last + 1)) start = j;
    // "Hungarian and Romanian officials": coordinated modifiers stay in one phrase
    else if (doc.upos[j] === CCONJ && j - 1 >= floor && doc.upos[j - 1] === ADJ && doc.upos[start] === ADJ)
      start = j;
    else break;
  }
  return { start: withBound(doc, start, floor), end: last + 1 };
}

/** The noun phrase that starts at token `first`, not crossing `limit`; null when none starts there. */
export function phraseStartingAt(doc: Doc, first: number, limit: number): TokenRange | null {
  if (first >= limit) return null;
  const hashes = wordHashes(doc);
  const bound = boundLength(doc, first, limit);
  if (bound > 0) {
    const counted = phraseStartingAt(doc, first + bound, limit);
    return counted ? { start: first, end: counted.end } : null;
  }
  if (doc.upos[first] === PRON && doc.xpos[first] !== PRP_POSS)
    return STOP.has(hashes[first]) ? null : { start: first, end: first + 1 };
  let end = first;
  let lastHead = -1;
  while (end < limit && !STOP.has(hashes[end])) {
    if (isNominal(doc, end) || isPrenominalParticiple(doc, end, limit)) {
      if (isHead(doc, end)) lastHead = end;
      end++;
    } else if (
      doc.upos[end] === CCONJ &&
      end > first &&
      doc.upos[end - 1] === ADJ &&
      end + 1 < limit &&
      doc.upos[end + 1] === ADJ
    )
      end++;
    else break;
  }
  return lastHead < 0 ? null : { start: first, end: lastHead + 1 };
}

/** The index of the head word of a phrase (its last noun, proper noun, pronoun or number). */
export function headOf(doc: Doc, range: TokenRange): number {
  for (let i = range.end - 1; i >= range.start; i--) if (isHead(doc, i)) return i;
  return range.end - 1;
}

/** The phrase as text, exactly as in the article. */
export function rangeText(doc: Doc, range: TokenRange): string {
  return doc.text.slice(doc.start[range.start], doc.end[range.end - 1]);
}
