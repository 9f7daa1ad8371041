/**
 * NER feature templates (Ratinov & Roth 2009 style), as hashed integer ids written into a reused
 * buffer: no strings are built per token. Local templates read the TokenTable and the labels
 * already predicted to the left; non-local templates (second pass) read the DocumentEvidence
 * aggregated from the first pass over the whole document.
 */
import { feat1Bits as feat1, feat2Bits as feat2, feat3Bits as feat3 } from '../hash.js';
import type { DocumentEvidence } from './consistency.js';
import type { PredictionHistory } from './history.js';
import { GAZ_COUNT } from './gazetteers.js';
import {
  AFFIXES,
  BOUNDARY_AFTER,
  BOUNDARY_BEFORE,
  F_ALL_CAPS,
  F_CAP_ELSEWHERE,
  F_CAPITALIZED,
  F_HAS_DIGIT,
  F_HEADLINE,
  F_LOWER_ELSEWHERE,
  F_SENT_START,
  type TokenTable,
} from './token-table.js';

/** Version of the feature templates, recorded in the model file; bump when any template changes. */
export const FEATURE_VERSION = 1;

/** Most features one token can produce. */
export const MAX_FEATURES = 128;

/** Label id used for "no label" before the sentence start (BILOU ids are 0..16). */
export const NO_LABEL = 31;

/**
 * Writes the features of token i into `out` and returns their number. `from`/`to` bound its
 * sentence; `labels` holds the labels predicted so far (read at i-1, i-2); `history` the types
 * given earlier in the document; `evidence` is given in the second pass only.
 */
export function extractFeatures(
  table: TokenTable,
  i: number,
  from: number,
  to: number,
  labels: Uint8Array,
  evidence: DocumentEvidence | null,
  history: PredictionHistory,
  out: Uint32Array,
): number {
  let n = localFeatures(table, i, from, to, out, 0);
  n = labelFeatures(table, i, from, labels, history, out, n);
  if (evidence) n = evidence.features(table, i, from, to, out, n);
  return n;
}

/**
 * Writes the features of token i that no predicted label changes (words, shapes, affixes, case,
 * gazetteers) into `out` from index n; returns the new count. The same in both passes, so the
 * decoder computes them once per document (the order of features does not change a score).
 */
export function localFeatures(table: TokenTable, i: number, from: number, to: number, out: Uint32Array, n: number): number {
  return contextFeatures(table, i, from, to, out, ownFeatures(table, i, out, n));
}

/**
 * The local features of token i that read nothing but its own form (word, shapes, affixes), the
 * first of localFeatures: the same for every occurrence of the form, so a FormCache keeps their sums.
 */
export function ownFeatures(table: TokenTable, i: number, out: Uint32Array, n: number): number {
  out[n++] = feat1(1, 0);
  out[n++] = feat1(2, table.form[i]);
  out[n++] = feat1(3, table.lower[i]);
  out[n++] = feat1(4, table.shape[i]);
  out[n++] = feat1(5, table.shortShape[i]);
  for (let k = 0; k < AFFIXES; k++) {
    const pre = table.prefix[i * AFFIXES + k];
    if (pre === 0) break;
    out[n++] = feat2(6, k, pre);
    out[n++] = feat2(7, k, table.suffix[i * AFFIXES + k]);
  }
  return n;
}

/**
 * What a form gives the features of the token it stands at (OWN: ownFeatures; BODY: its word
 * outside a headline) or of a token near it (PREV1: it stands just before that token, and so on):
 * the features of localFeatures that read one form only, whose sums a FormCache keeps.
 */
export const FormRole = { OWN: 0, BODY: 1, PREV1: 2, PREV2: 3, NEXT1: 4, NEXT2: 5 } as const;

/** Number of FormRole values. */
export const FORM_ROLES = 6;

/** Writes the features that token j's form gives in `role` (see FormRole); returns the new count. */
export function formFeatures(table: TokenTable, j: number, role: number, out: Uint32Array, n: number): number {
  switch (role) {
    case FormRole.OWN:
      return ownFeatures(table, j, out, n);
    case FormRole.BODY:
      out[n++] = feat2(22, 0, table.lower[j]);
      return n;
    case FormRole.PREV1:
      out[n++] = feat1(8, table.lower[j]);
      out[n++] = feat1(34, table.form[j]);
      return n;
    case FormRole.PREV2:
      out[n++] = feat1(9, table.lower[j]);
      return n;
    case FormRole.NEXT1:
      out[n++] = feat1(10, table.lower[j]);
      out[n++] = feat1(35, table.form[j]);
      return n;
    default:
      out[n++] = feat1(11, table.lower[j]);
      return n;
  }
}

/**
 * The rest of localFeatures: those that read the token's neighbours, its case in context and the
 * gazetteers. With `byForm`, those that formFeatures gives in a role other than OWN are left out
 * (a neighbour inside the sentence, the word outside a headline), and those of the token's case
 * context (caseContextFeatures): the decoder adds their sums.
 */
export function contextFeatures(
  table: TokenTable,
  i: number,
  from: number,
  to: number,
  out: Uint32Array,
  n: number,
  byForm = false,
): number {
  const lower = table.lower;
  const w0 = lower[i];
  const wm1 = i - 1 >= from ? lower[i - 1] : BOUNDARY_BEFORE;
  const wm2 = i - 2 >= from ? lower[i - 2] : BOUNDARY_BEFORE;
  const wp1 = i + 1 < to ? lower[i + 1] : BOUNDARY_AFTER;
  const wp2 = i + 2 < to ? lower[i + 2] : BOUNDARY_AFTER;
  const ss0 = table.shortShape[i];
  const ssm1 = i - 1 >= from ? table.shortShape[i - 1] : BOUNDARY_BEFORE;
  const ssp1 = i + 1 < to ? table.shortShape[i + 1] : BOUNDARY_AFTER;
  const flags = table.flags[i];
  const caseBits = flags & (F_SENT_START | F_HEADLINE | F_CAPITALIZED | F_ALL_CAPS | F_HAS_DIGIT);
  const docCase = flags & (F_LOWER_ELSEWHERE | F_CAP_ELSEWHERE);

  if (!byForm || i - 1 < from) out[n++] = feat1(8, wm1);
  if (!byForm || i - 2 < from) out[n++] = feat1(9, wm2);
  if (!byForm || i + 1 >= to) out[n++] = feat1(10, wp1);
  if (!byForm || i + 2 >= to) out[n++] = feat1(11, wp2);
  if (!byForm) out[n++] = feat1(12, ssm1);
  if (!byForm) out[n++] = feat1(13, ssp1);
  out[n++] = feat2(14, wm1, w0);
  out[n++] = feat2(15, w0, wp1);
  if (!byForm) out[n++] = feat3(28, ssm1, ss0, ssp1);
  if (!byForm || i - 1 < from) out[n++] = feat1(34, i - 1 >= from ? table.form[i - 1] : BOUNDARY_BEFORE);
  if (!byForm || i + 1 >= to) out[n++] = feat1(35, i + 1 < to ? table.form[i + 1] : BOUNDARY_AFTER);
  if (!byForm) out[n++] = feat1(36, i - 2 >= from ? table.shortShape[i - 2] : BOUNDARY_BEFORE);
  if (!byForm) out[n++] = feat1(37, i + 2 < to ? table.shortShape[i + 2] : BOUNDARY_AFTER);
  out[n++] = feat2(38, w0, ssp1);
  out[n++] = feat2(39, ssm1, w0);
  // The document's first word (a wire story's topic slug, "SOCCER -") tells teams from places.
  out[n++] = feat2(47, table.lower[0], ss0);
  if (!byForm) out[n++] = feat2(20, caseBits, ss0);
  if (!byForm) out[n++] = feat2(21, caseBits | (docCase << 8), 0);
  if (!byForm || flags & F_HEADLINE) out[n++] = feat2(22, flags & F_HEADLINE, w0);
  if (!byForm) out[n++] = feat3(27, docCase, caseBits & (F_SENT_START | F_HEADLINE), ss0);
  const cc = table.caseClass[i];
  if (!byForm) out[n++] = feat3(29, cc, caseBits & (F_SENT_START | F_HEADLINE), ss0);
  if (!byForm) out[n++] = feat3(30, cc, i + 1 < to ? table.caseClass[i + 1] : 7, i - 1 >= from ? table.caseClass[i - 1] : 7);
  n = gazetteerFeatures(table, i, 23, out, n);
  if (i - 1 >= from) n = gazetteerFeatures(table, i - 1, 24, out, n);
  if (i + 1 < to) n = gazetteerFeatures(table, i + 1, 25, out, n);
  return n;
}

/**
 * Writes the features of token i that read predicted labels (the two before it in the sentence,
 * and the document's history of the word) into `out` from index n; returns the new count.
 */
export function labelFeatures(
  table: TokenTable,
  i: number,
  from: number,
  labels: Uint8Array,
  history: PredictionHistory,
  out: Uint32Array,
  n: number,
): number {
  const p1 = i - 1 >= from ? labels[i - 1] : NO_LABEL;
  const p2 = i - 2 >= from ? labels[i - 2] : NO_LABEL;
  n = labelPairFeatures(p2, p1, out, n);
  n = labelWordFeatures(p1, table.lower[i], table.shortShape[i], out, n);
  return history.features(table, i, out, n);
}

/**
 * The features of labelFeatures that read only the two labels before a token (p1 the one just
 * before, NO_LABEL before the sentence start): few combinations, whose sums a LabelSumCache keeps.
 */
export function labelPairFeatures(p2: number, p1: number, out: Uint32Array, n: number): number {
  out[n++] = feat1(16, p1);
  out[n++] = feat2(17, p2, p1);
  return n;
}

/**
 * The features of labelFeatures that read the label before a token (p1) with the token's word
 * (w0, its lower-case hash) or its short shape (ss0): with p1 = O, functions of the form alone,
 * whose sums a FormCache keeps.
 */
export function labelWordFeatures(p1: number, w0: number, ss0: number, out: Uint32Array, n: number): number {
  out[n++] = feat2(18, p1, w0);
  out[n++] = feat2(19, p1, ss0);
  return n;
}

function gazetteerFeatures(
  table: TokenTable,
  j: number,
  template: number,
  out: Uint32Array,
  n: number,
): number {
  const base = j * GAZ_COUNT;
  for (let c = 0; c < GAZ_COUNT; c++) {
    const pos = table.gaz[base + c];
    if (pos !== 0) out[n++] = feat2(template, c, pos);
  }
  return n;
}
