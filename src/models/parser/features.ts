import type { SentenceCodes } from './sentence-codes.js';
import type { ParseState } from './transition-system.js';

/** Version of the feature templates below; a model file trained with another version is refused. */
export const FEATURE_VERSION = 4;

/** Upper bound on the number of features one state yields (the size of the caller's buffer). */
export const MAX_FEATURES = 160;

/**
 * Feature ids keep 30 bits so that they are small integers in V8 (map keys that need no boxing);
 * collisions among a few million features in 2^30 are negligible.
 */
const SMI = 0x3fffffff;

/** One murmur3 block step: folds the value k into the running hash h. */
function step(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finalizer, cut to a 30-bit feature id. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & SMI;
}

/**
 * Feature ids from a template number and one, two or three values: one cheap block step per value
 * and one finalizer (the template number seeds the hash, so templates never share an id by design).
 */
function f1(template: number, a: number): number {
  return finish(step(template, a));
}

function f2(template: number, a: number, b: number): number {
  return finish(step(step(template, a), b));
}

function f3(template: number, a: number, b: number, c: number): number {
  return finish(step(step(step(template, a), b), c));
}

/** A child index, or the absent slot for -1. */
function child(x: number, none: number): number {
  return x < 0 ? none : x;
}

/** The relation of the arc into x plus one, or 0 for an absent position. */
function arcLabel(labels: Int32Array, x: number, none: number): number {
  return x === none ? 0 : labels[x] + 1;
}

/** Distance buckets: 1..5 exact, then 6-10, then more. */
function bucket(d: number): number {
  return d <= 5 ? d : d <= 10 ? 6 : 7;
}

/** How many features bufferFeatures writes. */
export const BUFFER_FEATURES = 17;

/**
 * The features of extractFeatures that read b0, b1 and b2 only (the bias, the buffer's words,
 * tags, suffixes and word classes, without b0's children): the same in every state with the same
 * b0, so the parser scores them once per b0 (LEFT and RIGHT keep b0). With stackFeatures they are
 * exactly extractFeatures' features, in another order (which does not change integer sums).
 */
export function bufferFeatures(state: ParseState, codes: SentenceCodes, out: Uint32Array): number {
  const none = codes.n + 1;
  const { word: W, tag: P, wordTag: WP, suffix: X, cluster: C, fineCluster: F } = codes;
  const b0 = state.b0;
  const b1 = b0 + 1 <= codes.n ? b0 + 1 : none;
  const b2 = b0 + 2 <= codes.n ? b0 + 2 : none;
  let k = 0;
  out[k++] = f1(0, 0);
  out[k++] = f1(7, W[b0]);
  out[k++] = f1(8, P[b0]);
  out[k++] = f1(9, WP[b0]);
  out[k++] = f1(11, P[b1]);
  out[k++] = f1(131, X[b0]);
  out[k++] = f1(141, C[b0]);
  out[k++] = f1(145, F[b0]);
  out[k++] = f1(10, W[b1]);
  out[k++] = f1(12, WP[b1]);
  out[k++] = f1(15, WP[b2]);
  out[k++] = f2(27, P[b0], P[b1]);
  out[k++] = f2(33, W[b0], W[b1]);
  out[k++] = f3(40, P[b0], P[b1], P[b2]);
  out[k++] = f1(133, X[b1]);
  out[k++] = f1(143, C[b1]);
  out[k++] = f2(158, C[b0], P[b1]);
  return k;
}

/**
 * The template of each feature extractFeatures writes, in the order it writes them (every
 * template writes one feature when no group is skipped, as in training): bufferFeatures' 17, then
 * stackFeatures'. A test checks this list against the code.
 */
export const TEMPLATE_ORDER: readonly number[] = [
  0, 7, 8, 9, 11, 131, 141, 145, 10, 12, 15, 27, 33, 40, 133, 143, 158, 2, 3, 5, 6, 20, 23, 29, 30, 31, 41, 42,
  50, 51, 53, 54, 55, 57, 60, 61, 62, 63, 72, 92, 95, 120, 130, 140, 142, 144, 146, 147, 148, 149, 151, 16, 17,
  34, 43, 44, 45, 46, 47, 48, 49, 64, 65, 67, 70, 71, 74, 76, 77, 78, 81, 82, 90, 91, 93, 94, 96, 97, 98, 99,
  100, 101, 102, 110, 111, 112, 113, 114, 115, 122, 136, 153, 154, 156, 157,
];

/**
 * Where, in extractFeatures' output of a training state, the features of these templates are: the
 * relation classifiers read only those (see trainParser's labelTemplates).
 */
export function templatePositions(templates: readonly number[]): Int32Array {
  const wanted = new Set(templates);
  const positions: number[] = [];
  TEMPLATE_ORDER.forEach((template, position) => {
    if (wanted.has(template)) positions.push(position);
  });
  return Int32Array.from(positions);
}

/**
 * Writes the hashed features of a parser state into `out` and returns how many it wrote.
 *
 * Templates follow Zhang and Nivre (2011), adapted to arc-hybrid (s1 is s0's candidate head, as
 * b0 is): words (w), tags (p) and word-tag pairs (wp) of s0..s2 and b0..b2; pairs and triples of
 * them; the s0-b0 and s1-s0 distances; valencies; the words, tags and labels of the two outermost
 * children of s0, s1 and b0; the label sets of s0's and b0's dependents; word suffixes; and the
 * word classes of s0, s1, b0 and b1 alone and paired with the other candidate's tag or class.
 *
 * Version 4 left out 27 of version 3's 122 templates, those that the parser did as well or better
 * without on EWT dev when each was dropped at parse time (mostly word pairs also covered by a
 * word-tag pair, s1's right child, and suffix pairs). Retrained without them it scores about the
 * same (EWT dev UAS 83.99 against 84.03) with a fifth fewer lookups per state and fewer features.
 *
 * They are written as the buffer's (bufferFeatures) then the rest (stackFeatures): training and the
 * parser, which scores the buffer's once per b0, read the same two lists.
 */
export function extractFeatures(state: ParseState, codes: SentenceCodes, out: Uint32Array): number {
  const k = bufferFeatures(state, codes, out);
  return k + stackFeatures(state, codes, out, k);
}

/**
 * Groups of stackFeatures' templates that read one position only (s1, s2, or an outermost child of
 * s0, s1 or b0): when that position is absent, each reads the absent slot's codes or label 0,
 * constants of every sentence, so the group's features are the same ids in every such state. The
 * parser scores each combination of absent groups once (see ParserWeights.scoreAbsent).
 */
export const ABSENT_S0L1 = 1 << 0;
export const ABSENT_S0L2 = 1 << 1;
export const ABSENT_S0R1 = 1 << 2;
export const ABSENT_S0R2 = 1 << 3;
export const ABSENT_S1 = 1 << 4;
export const ABSENT_S1L1 = 1 << 5;
export const ABSENT_S1R1 = 1 << 6;
export const ABSENT_S2 = 1 << 7;
export const ABSENT_B0L1 = 1 << 8;
export const ABSENT_B0L2 = 1 << 9;
/** How many absent groups there are (masks are below 1 << ABSENT_GROUPS). */
export const ABSENT_GROUPS = 10;

/**
 * The absent groups of a state with a non-empty stack (the states the parser scores): the bits
 * above whose position is missing.
 */
export function absentGroups(state: ParseState): number {
  const { left1, left2, right1, right2 } = state;
  const depth = state.depth;
  const s0 = state.stack[depth - 1];
  const b0 = state.b0;
  let mask = 0;
  if (left1[s0] < 0) mask |= ABSENT_S0L1;
  if (left2[s0] < 0) mask |= ABSENT_S0L2;
  if (right1[s0] < 0) mask |= ABSENT_S0R1;
  if (right2[s0] < 0) mask |= ABSENT_S0R2;
  if (depth < 2) {
    mask |= ABSENT_S1 | ABSENT_S1L1 | ABSENT_S1R1;
  } else {
    const s1 = state.stack[depth - 2];
    if (left1[s1] < 0) mask |= ABSENT_S1L1;
    if (right1[s1] < 0) mask |= ABSENT_S1R1;
  }
  if (depth < 3) mask |= ABSENT_S2;
  if (left1[b0] < 0) mask |= ABSENT_B0L1;
  if (left2[b0] < 0) mask |= ABSENT_B0L2;
  return mask;
}

/**
 * The rest of extractFeatures' features: those that read the stack, the children or the distances
 * (see bufferFeatures), written from out[at]; returns how many it wrote.
 *
 * With `skip` (absent groups of this state, from absentGroups), the features of those groups are
 * left out; with `only` as well, only they are written. The order of the others never changes.
 */
export function stackFeatures(
  state: ParseState,
  codes: SentenceCodes,
  out: Uint32Array,
  at = 0,
  skip = 0,
  only = false,
): number {
  const none = codes.n + 1;
  const { word: W, tag: P, wordTag: WP, suffix: X, cluster: C, fineCluster: F } = codes;
  const { labels, left1, left2, right1, right2 } = state;
  const rs0 = state.s(0);
  const rs1 = state.s(1);
  const s0 = rs0 < 0 ? none : rs0;
  const s1 = rs1 < 0 ? none : rs1;
  const s2 = state.depth > 2 ? state.stack[state.depth - 3] : none;
  const b0 = state.b0;
  const b1 = b0 + 1 <= codes.n ? b0 + 1 : none;
  // Children of absent positions are absent too; the absent slot never has children.
  const s0l1 = rs0 < 0 ? none : child(left1[s0], none);
  const s0l2 = rs0 < 0 ? none : child(left2[s0], none);
  const s0r1 = rs0 < 0 ? none : child(right1[s0], none);
  const s0r2 = rs0 < 0 ? none : child(right2[s0], none);
  const s1l1 = rs1 < 0 ? none : child(left1[s1], none);
  const s1r1 = rs1 < 0 ? none : child(right1[s1], none);
  const s1r2 = rs1 < 0 ? none : child(right2[s1], none);
  const b0l1 = child(left1[b0], none);
  const b0l2 = child(left2[b0], none);
  const d0 = rs0 < 0 ? 0 : bucket(b0 - s0);
  const d1 = rs1 < 0 ? 0 : bucket(s0 - s1);
  const s0vl = rs0 < 0 ? 0 : state.leftCount[s0];
  const s0vr = rs0 < 0 ? 0 : state.rightCount[s0];
  const s1vr = rs1 < 0 ? 0 : state.rightCount[s1];
  const b0vl = state.leftCount[b0];
  const s0sl = rs0 < 0 ? 0 : state.leftSet[s0];
  const s0sr = rs0 < 0 ? 0 : state.rightSet[s0];
  const b0sl = state.leftSet[b0];
  // Which features to write: the absent groups' (in skip) only with `only`, the others without.
  const rest = !only;
  const wS0L1 = (skip & ABSENT_S0L1) !== 0 ? only : rest;
  const wS0L2 = (skip & ABSENT_S0L2) !== 0 ? only : rest;
  const wS0R1 = (skip & ABSENT_S0R1) !== 0 ? only : rest;
  const wS0R2 = (skip & ABSENT_S0R2) !== 0 ? only : rest;
  const wS1 = (skip & ABSENT_S1) !== 0 ? only : rest;
  const wS1L1 = (skip & ABSENT_S1L1) !== 0 ? only : rest;
  const wS1R1 = (skip & ABSENT_S1R1) !== 0 ? only : rest;
  const wS2 = (skip & ABSENT_S2) !== 0 ? only : rest;
  const wB0L1 = (skip & ABSENT_B0L1) !== 0 ? only : rest;
  const wB0L2 = (skip & ABSENT_B0L2) !== 0 ? only : rest;
  let k = at;
  // The arcs the next move may make: s0 with b0 or with s1, their pairs, distances and children.
  if (rest) out[k++] = f1(2, P[s0]);
  if (rest) out[k++] = f1(3, WP[s0]);
  if (wS1) out[k++] = f1(5, P[s1]);
  if (wS1) out[k++] = f1(6, WP[s1]);
  if (rest) out[k++] = f2(20, WP[s0], WP[b0]);
  if (rest) out[k++] = f2(23, WP[s0], P[b0]);
  if (rest) out[k++] = f2(29, W[s1], W[s0]);
  if (rest) out[k++] = f2(30, P[s1], P[s0]);
  if (rest) out[k++] = f2(31, WP[s1], P[s0]);
  if (rest) out[k++] = f3(41, P[s0], P[b0], P[b1]);
  if (rest) out[k++] = f3(42, P[s1], P[s0], P[b0]);
  if (rest) out[k++] = f2(50, W[s0], d0);
  if (rest) out[k++] = f2(51, P[s0], d0);
  if (rest) out[k++] = f2(53, P[b0], d0);
  if (rest) out[k++] = f3(54, W[s0], W[b0], d0);
  if (rest) out[k++] = f3(55, P[s0], P[b0], d0);
  if (rest) out[k++] = f3(57, W[s1], W[s0], d1);
  if (rest) out[k++] = f2(60, W[s0], s0vr);
  if (rest) out[k++] = f2(61, P[s0], s0vr);
  if (rest) out[k++] = f2(62, W[s0], s0vl);
  if (rest) out[k++] = f2(63, P[s0], s0vl);
  if (wS0L1) out[k++] = f1(72, arcLabel(labels, s0l1, none));
  if (wS0L2) out[k++] = f1(92, arcLabel(labels, s0l2, none));
  if (wS0R2) out[k++] = f1(95, arcLabel(labels, s0r2, none));
  if (rest) out[k++] = f3(120, P[s0], arcLabel(labels, s0l1, none), arcLabel(labels, s0r1, none));
  if (rest) out[k++] = f1(130, X[s0]);
  if (rest) out[k++] = f1(140, C[s0]);
  if (wS1) out[k++] = f1(142, C[s1]);
  if (rest) out[k++] = f1(144, F[s0]);
  if (wS1) out[k++] = f1(146, F[s1]);
  if (rest) out[k++] = f2(147, C[s0], C[b0]);
  if (rest) out[k++] = f2(148, C[s0], P[b0]);
  if (rest) out[k++] = f2(149, P[s0], C[b0]);
  if (rest) out[k++] = f2(151, C[s1], P[s0]);
  // The wider context.
  // Single positions.
  if (wS2) out[k++] = f1(16, W[s2]);
  if (wS2) out[k++] = f1(17, P[s2]);
  // Further pairs.
  if (rest) out[k++] = f2(34, W[s0], P[b1]);
  // Triples of tags.
  if (rest) out[k++] = f3(43, P[s0], P[s0l1], P[b0]);
  if (rest) out[k++] = f3(44, P[s0], P[s0r1], P[b0]);
  if (rest) out[k++] = f3(45, P[s0], P[b0], P[b0l1]);
  if (rest) out[k++] = f3(46, P[s2], P[s1], P[s0]);
  if (rest) out[k++] = f3(47, P[s1], P[s1r1], P[s0]);
  if (rest) out[k++] = f3(48, P[s1], P[s0], P[s0l1]);
  if (rest) out[k++] = f3(49, P[s1], P[s1l1], P[s0]);
  // Valencies.
  if (rest) out[k++] = f2(64, W[b0], b0vl);
  if (rest) out[k++] = f2(65, P[b0], b0vl);
  if (rest) out[k++] = f2(67, P[s1], s1vr);
  // Outermost children.
  if (wS0L1) out[k++] = f1(70, W[s0l1]);
  if (wS0L1) out[k++] = f1(71, P[s0l1]);
  if (wS0R1) out[k++] = f1(74, P[s0r1]);
  if (wB0L1) out[k++] = f1(76, W[b0l1]);
  if (wB0L1) out[k++] = f1(77, P[b0l1]);
  if (wB0L1) out[k++] = f1(78, arcLabel(labels, b0l1, none));
  if (wS1R1) out[k++] = f1(81, arcLabel(labels, s1r1, none));
  if (wS1L1) out[k++] = f1(82, P[s1l1]);
  // Second outermost children, and the tag triples they form.
  if (wS0L2) out[k++] = f1(90, W[s0l2]);
  if (wS0L2) out[k++] = f1(91, P[s0l2]);
  if (wS0R2) out[k++] = f1(93, W[s0r2]);
  if (wS0R2) out[k++] = f1(94, P[s0r2]);
  if (wB0L2) out[k++] = f1(96, W[b0l2]);
  if (wB0L2) out[k++] = f1(97, P[b0l2]);
  if (wB0L2) out[k++] = f1(98, arcLabel(labels, b0l2, none));
  if (rest) out[k++] = f3(99, P[s0], P[s0l1], P[s0l2]);
  if (rest) out[k++] = f3(100, P[s0], P[s0r1], P[s0r2]);
  if (rest) out[k++] = f3(101, P[b0], P[b0l1], P[b0l2]);
  if (rest) out[k++] = f3(102, P[s1], P[s1r1], P[s1r2]);
  // Label sets of dependents.
  if (rest) out[k++] = f2(110, W[s0], s0sr);
  if (rest) out[k++] = f2(111, P[s0], s0sr);
  if (rest) out[k++] = f2(112, W[s0], s0sl);
  if (rest) out[k++] = f2(113, P[s0], s0sl);
  if (rest) out[k++] = f2(114, W[b0], b0sl);
  if (rest) out[k++] = f2(115, P[b0], b0sl);
  // Child labels with the head's word (what a head already has shapes what it takes next).
  if (rest) out[k++] = f2(122, WP[b0], arcLabel(labels, b0l1, none));
  // Suffixes: a fallback where the predicted tag is wrong or the word is rare.
  if (rest) out[k++] = f3(136, X[s0], P[b0], d0);
  // Word classes: generalize the word features to words seen rarely or never in training.
  if (rest) out[k++] = f3(153, C[s0], P[b0], d0);
  if (rest) out[k++] = f3(154, P[s0], C[b0], d0);
  if (rest) out[k++] = f2(156, P[s0], F[b0]);
  if (rest) out[k++] = f3(157, P[s0], P[b0], C[b1]);
  return k - at;
}
