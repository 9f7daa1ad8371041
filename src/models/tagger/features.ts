import { feat1Bits as feat1, feat2Bits as feat2, feat3Bits as feat3 } from '../hash.js';
import { Col, type WordTable } from './word-table.js';

/**
 * Version of the feature templates below; the model file records it, and a model trained with
 * other templates is refused. Bump it whenever a template changes.
 */
export const TAGGER_FEATURE_VERSION = 2;

/** Most features one position can produce (the size of the feature buffer). */
export const MAX_FEATURES = 72;

/** Tag id used for the positions before the sentence start. */
export const NO_TAG = 0xffff;

/**
 * Writes the feature ids of word i into `out` and returns how many there are (Honnibal's tagger
 * templates, widened): the word, its lower case, affixes and shape; the neighbours' forms and
 * suffixes within two words; the two previous predicted tags, alone and with the word.
 *
 * Written as the parts the tagger scores apart (its caches keep the sums of the first two per form):
 * the word's own (wordFeatures), the pairs and previous tags (pairFeatures), then each neighbour's
 * (neighbourFeatures), so training and tagging read one set of templates.
 */
export function taggerFeatures(t: WordTable, i: number, prev: number, prev2: number, out: Uint32Array): number {
  let n = wordFeatures(t, i, out);
  n += pairFeatures(t, i, prev, prev2, out, n);
  for (let role = 0; role < NEIGHBOUR_OFFSETS.length; role++)
    n += neighbourFeatures(t, i + NEIGHBOUR_OFFSETS[role], role, out, n);
  return n;
}

/**
 * The features of taggerFeatures that read word i's own row of the table and nothing else (the
 * bias, its form, affixes, shape, flags and word classes): the same for every occurrence of the
 * same form, so their sums can be kept per form (see WordScores).
 */
export function wordFeatures(t: WordTable, i: number, out: Uint32Array): number {
  let n = 0;
  out[n++] = feat1(1, 0); // bias
  out[n++] = feat1(2, t.get(i, Col.Word));
  out[n++] = feat1(3, t.get(i, Col.Lower));
  out[n++] = feat1(4, t.get(i, Col.Pre1));
  out[n++] = feat1(5, t.get(i, Col.Pre2));
  out[n++] = feat1(6, t.get(i, Col.Pre3));
  out[n++] = feat1(7, t.get(i, Col.Pre4));
  out[n++] = feat1(8, t.get(i, Col.Suf1));
  out[n++] = feat1(9, t.get(i, Col.Suf2));
  out[n++] = feat1(10, t.get(i, Col.Suf3));
  out[n++] = feat1(11, t.get(i, Col.Suf4));
  out[n++] = feat1(12, t.get(i, Col.Shape));
  out[n++] = feat1(13, t.get(i, Col.Flags));
  out[n++] = feat1(35, t.get(i, Col.Suf5));
  out[n++] = feat1(36, t.get(i, Col.Class0));
  out[n++] = feat1(37, t.get(i, Col.Class1));
  out[n++] = feat1(38, t.get(i, Col.Class2));
  out[n++] = feat2(48, t.get(i, Col.Class2), t.get(i, Col.Flags));
  return n;
}

/** Roles of a neighbour in neighbourFeatures: the word two before, one before, one after, two after. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2];

/**
 * The features of taggerFeatures that read one neighbour's own row only: word j as the word
 * NEIGHBOUR_OFFSETS[role] away from the word tagged (its form, suffix, shape and classes there).
 * Like wordFeatures, they are the same for every occurrence of the same form in that role.
 */
export function neighbourFeatures(t: WordTable, j: number, role: number, out: Uint32Array, at = 0): number {
  let n = at;
  if (role === 0) {
    out[n++] = feat1(23, t.get(j, Col.Lower));
    out[n++] = feat1(44, t.get(j, Col.Class1));
  } else if (role === 1) {
    out[n++] = feat1(20, t.get(j, Col.Lower));
    out[n++] = feat1(21, t.get(j, Col.Suf3));
    out[n++] = feat1(22, t.get(j, Col.Shape));
    out[n++] = feat1(39, t.get(j, Col.Class1));
    out[n++] = feat1(40, t.get(j, Col.Class2));
  } else if (role === 2) {
    out[n++] = feat1(24, t.get(j, Col.Lower));
    out[n++] = feat1(25, t.get(j, Col.Suf3));
    out[n++] = feat1(26, t.get(j, Col.Shape));
    out[n++] = feat1(27, t.get(j, Col.Suf1));
    out[n++] = feat1(41, t.get(j, Col.Class0));
    out[n++] = feat1(42, t.get(j, Col.Class1));
    out[n++] = feat1(43, t.get(j, Col.Class2));
  } else {
    out[n++] = feat1(28, t.get(j, Col.Lower));
    out[n++] = feat1(29, t.get(j, Col.Suf3));
    out[n++] = feat1(45, t.get(j, Col.Class1));
  }
  return n - at;
}

/** The rest of taggerFeatures': those that read the position, the previous tags or two words at once. */
export function pairFeatures(t: WordTable, i: number, prev: number, prev2: number, out: Uint32Array, at = 0): number {
  let n = at;
  const lower = t.get(i, Col.Lower);
  const lowerPrev = t.get(i - 1, Col.Lower);
  const lowerNext = t.get(i + 1, Col.Lower);
  const c1 = t.get(i, Col.Class1);
  out[n++] = feat2(14, t.get(i, Col.Flags), i === 0 ? 1 : 0);
  out[n++] = feat1(15, prev);
  out[n++] = feat1(16, prev2);
  out[n++] = feat2(17, prev, prev2);
  out[n++] = feat2(18, prev, lower);
  out[n++] = feat2(19, prev, t.get(i, Col.Suf3));
  out[n++] = feat2(30, lowerPrev, lower);
  out[n++] = feat2(31, lower, lowerNext);
  out[n++] = feat3(32, prev, lower, lowerNext);
  out[n++] = feat2(33, prev, lowerNext);
  out[n++] = feat2(34, t.get(i, Col.Shape), t.get(i + 1, Col.Shape));
  out[n++] = feat2(46, prev, c1);
  out[n++] = feat2(47, c1, t.get(i + 1, Col.Class1));
  return n - at;
}

/**
 * The second pass's features: those of the first pass plus the first pass's tags of the next two
 * words (`next`, `next2`; NO_TAG past the sentence end), alone and with the word and the previous
 * tag, so a word can be told apart by what follows it ("that" before a verb or a noun).
 */
export function secondPassFeatures(
  t: WordTable,
  i: number,
  prev: number,
  prev2: number,
  next: number,
  next2: number,
  out: Uint32Array,
): number {
  let n = taggerFeatures(t, i, prev, prev2, out);
  const lower = t.get(i, Col.Lower);
  out[n++] = feat1(60, next);
  out[n++] = feat2(61, next, next2);
  out[n++] = feat2(62, next, lower);
  out[n++] = feat2(63, prev, next);
  out[n++] = feat3(64, prev, next, lower);
  out[n++] = feat2(65, next, t.get(i, Col.Suf3));
  out[n++] = feat2(66, next, t.get(i, Col.Class2));
  out[n++] = feat3(67, next, next2, lower);
  return n;
}
