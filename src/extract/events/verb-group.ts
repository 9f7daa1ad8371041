import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { BE, FUTURE, HYPOTHETICAL, NEGATION, OBLIGATION } from './cue-words.js';
import { hashSet, wordHash, wordHashes } from './word-hash.js';

/** The auxiliaries, modals, adverbs and negation in front of a verb, and what they say about it. */
export interface VerbGroup {
  /** First token of the group (the verb itself when nothing precedes it). */
  start: number;
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  /** "must", "should", "has to": an obligation laid on the subject. */
  obligation: boolean;
  /** A form of "be" before a past participle. */
  passive: boolean;
}

const AUX = labels.intern('AUX');
const ADV = labels.intern('ADV');
const PART = labels.intern('PART');
const MD = labels.intern('MD');
const VBN = labels.intern('VBN');
const SINCE = wordHash('since');
const HAVE = hashSet('has have had');

/** Reads the verb group that ends at verb i, not crossing `floor`. */
export function verbGroup(doc: Doc, i: number, floor: number): VerbGroup {
  const hashes = wordHashes(doc);
  const group: VerbGroup = {
    start: i,
    negated: false,
    future: false,
    hypothetical: false,
    obligation: false,
    passive: false,
  };
  let sawBe = false;
  for (let j = i - 1; j >= floor; j--) {
    const u = doc.upos[j];
    const h = hashes[j];
    const isNeg = NEGATION.has(h) && (u === PART || u === ADV || u === AUX || u === 0);
    // "has since allowed": "since" between an auxiliary and its verb is an adverb, whatever its tag
    const adverb = u === ADV || (h === SINCE && j - 1 >= floor && HAVE.has(hashes[j - 1]));
    // a form of "have" before a past participle is its auxiliary, even when tagged a verb
    const aux = u === AUX || (HAVE.has(h) && doc.xpos[i] === VBN);
    if (!(aux || adverb || doc.xpos[j] === MD || isNeg)) break;
    if (isNeg) group.negated = true;
    else if (FUTURE.has(h)) group.future = true;
    else if (HYPOTHETICAL.has(h)) group.hypothetical = true;
    else if (OBLIGATION.has(h)) group.obligation = true;
    else if (BE.has(h)) sawBe = true;
    group.start = j;
  }
  group.passive = sawBe && doc.xpos[i] === VBN;
  return group;
}
