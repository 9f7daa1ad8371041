import { feat1, feat2, feat3 } from '../hash.js';
import type { SentenceCodes } from './sentence-codes.js';
import type { ParseState } from './transition-system.js';

/** Version of the feature templates below; a model file trained with another version is refused. */
export const FEATURE_VERSION = 2;

/** Upper bound on the number of features one state yields (the size of the caller's buffer). */
export const MAX_FEATURES = 128;

/**
 * Feature ids keep 30 bits so that they are small integers in V8 (map keys that need no boxing);
 * collisions among a few million features in 2^30 are negligible.
 */
const SMI = 0x3fffffff;

/** Distance buckets: 1..5 exact, then 6-10, then more. */
function bucket(d: number): number {
  return d <= 5 ? d : d <= 10 ? 6 : 7;
}

/**
 * Writes the hashed features of a parser state into `out` and returns how many it wrote.
 *
 * Templates follow Zhang and Nivre (2011), adapted to arc-hybrid (s1 is s0's candidate head, as
 * b0 is): words (w), tags (p) and word-tag pairs (wp) of s0..s2 and b0..b2; pairs and triples of
 * them; the s0-b0 and s1-s0 distances; valencies; the words, tags and labels of the two outermost
 * children of s0, s1 and b0; the label sets of s0's and b0's dependents; and word suffixes.
 */
export function extractFeatures(state: ParseState, codes: SentenceCodes, out: Uint32Array): number {
  const none = codes.n + 1;
  const { word: W, tag: P, wordTag: WP, suffix: X } = codes;
  const { labels, left1, left2, right1, right2 } = state;
  const rs0 = state.s(0);
  const rs1 = state.s(1);
  const s0 = rs0 < 0 ? none : rs0;
  const s1 = rs1 < 0 ? none : rs1;
  const s2 = state.depth > 2 ? state.stack[state.depth - 3] : none;
  const b0 = state.b0;
  const b1 = b0 + 1 <= codes.n ? b0 + 1 : none;
  const b2 = b0 + 2 <= codes.n ? b0 + 2 : none;
  // Children of absent positions are absent too; the absent slot never has children.
  const at = (x: number): number => (x < 0 || x === none ? none : x);
  const lab = (x: number): number => (x < 0 || x === none ? 0 : labels[x] + 1);
  const s0l1 = rs0 < 0 ? none : at(left1[s0]);
  const s0l2 = rs0 < 0 ? none : at(left2[s0]);
  const s0r1 = rs0 < 0 ? none : at(right1[s0]);
  const s0r2 = rs0 < 0 ? none : at(right2[s0]);
  const s1l1 = rs1 < 0 ? none : at(left1[s1]);
  const s1r1 = rs1 < 0 ? none : at(right1[s1]);
  const s1r2 = rs1 < 0 ? none : at(right2[s1]);
  const b0l1 = at(left1[b0]);
  const b0l2 = at(left2[b0]);
  const d0 = rs0 < 0 ? 0 : bucket(b0 - s0);
  const d1 = rs1 < 0 ? 0 : bucket(s0 - s1);
  const s0vl = rs0 < 0 ? 0 : state.leftCount[s0];
  const s0vr = rs0 < 0 ? 0 : state.rightCount[s0];
  const s1vr = rs1 < 0 ? 0 : state.rightCount[s1];
  const b0vl = state.leftCount[b0];
  const s0sl = rs0 < 0 ? 0 : state.leftSet[s0];
  const s0sr = rs0 < 0 ? 0 : state.rightSet[s0];
  const b0sl = state.leftSet[b0];
  let k = 0;
  out[k++] = feat1(0, 0) & SMI;
  // Single positions.
  out[k++] = feat1(1, W[s0]) & SMI;
  out[k++] = feat1(2, P[s0]) & SMI;
  out[k++] = feat1(3, WP[s0]) & SMI;
  out[k++] = feat1(4, W[s1]) & SMI;
  out[k++] = feat1(5, P[s1]) & SMI;
  out[k++] = feat1(6, WP[s1]) & SMI;
  out[k++] = feat1(7, W[b0]) & SMI;
  out[k++] = feat1(8, P[b0]) & SMI;
  out[k++] = feat1(9, WP[b0]) & SMI;
  out[k++] = feat1(10, W[b1]) & SMI;
  out[k++] = feat1(11, P[b1]) & SMI;
  out[k++] = feat1(12, WP[b1]) & SMI;
  out[k++] = feat1(13, W[b2]) & SMI;
  out[k++] = feat1(14, P[b2]) & SMI;
  out[k++] = feat1(15, WP[b2]) & SMI;
  out[k++] = feat1(16, W[s2]) & SMI;
  out[k++] = feat1(17, P[s2]) & SMI;
  // Pairs of s0 and b0, and of s1 and s0 (the two candidate arcs).
  out[k++] = feat2(20, WP[s0], WP[b0]) & SMI;
  out[k++] = feat2(21, WP[s0], W[b0]) & SMI;
  out[k++] = feat2(22, W[s0], WP[b0]) & SMI;
  out[k++] = feat2(23, WP[s0], P[b0]) & SMI;
  out[k++] = feat2(24, P[s0], WP[b0]) & SMI;
  out[k++] = feat2(25, W[s0], W[b0]) & SMI;
  out[k++] = feat2(26, P[s0], P[b0]) & SMI;
  out[k++] = feat2(27, P[b0], P[b1]) & SMI;
  out[k++] = feat2(28, WP[s1], WP[s0]) & SMI;
  out[k++] = feat2(29, W[s1], W[s0]) & SMI;
  out[k++] = feat2(30, P[s1], P[s0]) & SMI;
  out[k++] = feat2(31, WP[s1], P[s0]) & SMI;
  out[k++] = feat2(32, P[s1], WP[s0]) & SMI;
  out[k++] = feat2(33, W[b0], W[b1]) & SMI;
  out[k++] = feat2(34, W[s0], P[b1]) & SMI;
  // Triples of tags.
  out[k++] = feat3(40, P[b0], P[b1], P[b2]) & SMI;
  out[k++] = feat3(41, P[s0], P[b0], P[b1]) & SMI;
  out[k++] = feat3(42, P[s1], P[s0], P[b0]) & SMI;
  out[k++] = feat3(43, P[s0], P[s0l1], P[b0]) & SMI;
  out[k++] = feat3(44, P[s0], P[s0r1], P[b0]) & SMI;
  out[k++] = feat3(45, P[s0], P[b0], P[b0l1]) & SMI;
  out[k++] = feat3(46, P[s2], P[s1], P[s0]) & SMI;
  out[k++] = feat3(47, P[s1], P[s1r1], P[s0]) & SMI;
  out[k++] = feat3(48, P[s1], P[s0], P[s0l1]) & SMI;
  out[k++] = feat3(49, P[s1], P[s1l1], P[s0]) & SMI;
  // Distances.
  out[k++] = feat2(50, W[s0], d0) & SMI;
  out[k++] = feat2(51, P[s0], d0) & SMI;
  out[k++] = feat2(52, W[b0], d0) & SMI;
  out[k++] = feat2(53, P[b0], d0) & SMI;
  out[k++] = feat3(54, W[s0], W[b0], d0) & SMI;
  out[k++] = feat3(55, P[s0], P[b0], d0) & SMI;
  out[k++] = feat3(56, P[s1], P[s0], d1) & SMI;
  out[k++] = feat3(57, W[s1], W[s0], d1) & SMI;
  // Valencies.
  out[k++] = feat2(60, W[s0], s0vr) & SMI;
  out[k++] = feat2(61, P[s0], s0vr) & SMI;
  out[k++] = feat2(62, W[s0], s0vl) & SMI;
  out[k++] = feat2(63, P[s0], s0vl) & SMI;
  out[k++] = feat2(64, W[b0], b0vl) & SMI;
  out[k++] = feat2(65, P[b0], b0vl) & SMI;
  out[k++] = feat2(66, W[s1], s1vr) & SMI;
  out[k++] = feat2(67, P[s1], s1vr) & SMI;
  // Outermost children.
  out[k++] = feat1(70, W[s0l1]) & SMI;
  out[k++] = feat1(71, P[s0l1]) & SMI;
  out[k++] = feat1(72, lab(s0l1)) & SMI;
  out[k++] = feat1(73, W[s0r1]) & SMI;
  out[k++] = feat1(74, P[s0r1]) & SMI;
  out[k++] = feat1(75, lab(s0r1)) & SMI;
  out[k++] = feat1(76, W[b0l1]) & SMI;
  out[k++] = feat1(77, P[b0l1]) & SMI;
  out[k++] = feat1(78, lab(b0l1)) & SMI;
  out[k++] = feat1(79, W[s1r1]) & SMI;
  out[k++] = feat1(80, P[s1r1]) & SMI;
  out[k++] = feat1(81, lab(s1r1)) & SMI;
  out[k++] = feat1(82, P[s1l1]) & SMI;
  out[k++] = feat1(83, lab(s1l1)) & SMI;
  // Second outermost children, and the tag triples they form.
  out[k++] = feat1(90, W[s0l2]) & SMI;
  out[k++] = feat1(91, P[s0l2]) & SMI;
  out[k++] = feat1(92, lab(s0l2)) & SMI;
  out[k++] = feat1(93, W[s0r2]) & SMI;
  out[k++] = feat1(94, P[s0r2]) & SMI;
  out[k++] = feat1(95, lab(s0r2)) & SMI;
  out[k++] = feat1(96, W[b0l2]) & SMI;
  out[k++] = feat1(97, P[b0l2]) & SMI;
  out[k++] = feat1(98, lab(b0l2)) & SMI;
  out[k++] = feat3(99, P[s0], P[s0l1], P[s0l2]) & SMI;
  out[k++] = feat3(100, P[s0], P[s0r1], P[s0r2]) & SMI;
  out[k++] = feat3(101, P[b0], P[b0l1], P[b0l2]) & SMI;
  out[k++] = feat3(102, P[s1], P[s1r1], P[s1r2]) & SMI;
  // Label sets of dependents.
  out[k++] = feat2(110, W[s0], s0sr) & SMI;
  out[k++] = feat2(111, P[s0], s0sr) & SMI;
  out[k++] = feat2(112, W[s0], s0sl) & SMI;
  out[k++] = feat2(113, P[s0], s0sl) & SMI;
  out[k++] = feat2(114, W[b0], b0sl) & SMI;
  out[k++] = feat2(115, P[b0], b0sl) & SMI;
  // Child labels with the head's word (what a head already has shapes what it takes next).
  out[k++] = feat3(120, P[s0], lab(s0l1), lab(s0r1)) & SMI;
  out[k++] = feat3(121, P[s1], lab(s1l1), lab(s1r1)) & SMI;
  out[k++] = feat2(122, WP[b0], lab(b0l1)) & SMI;
  // Suffixes: a fallback where the predicted tag is wrong or the word is rare.
  out[k++] = feat1(130, X[s0]) & SMI;
  out[k++] = feat1(131, X[b0]) & SMI;
  out[k++] = feat1(132, X[s1]) & SMI;
  out[k++] = feat1(133, X[b1]) & SMI;
  out[k++] = feat2(134, X[s0], X[b0]) & SMI;
  out[k++] = feat2(135, X[s1], X[s0]) & SMI;
  out[k++] = feat3(136, X[s0], P[b0], d0) & SMI;
  out[k++] = feat3(137, P[s0], X[b0], d0) & SMI;
  return k;
}
