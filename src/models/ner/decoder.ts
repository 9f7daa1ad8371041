/**
 * Greedy left-to-right decoding under BILOU constraints: each token takes the best-scoring label
 * that may follow the previous one (and, at a sentence end, that closes every name). Training runs
 * the same loop and updates the perceptron where the guess differs from the gold label.
 */
import { LinearModel } from '../linear-model.js';
import type { PerceptronTrainer } from '../perceptron.js';
import type { CaseLexicon } from './case-lexicon.js';
import type { DocumentEvidence } from './consistency.js';
import { MAX_FEATURES, NO_LABEL, extractFeatures, labelFeatures, labelWordFeatures } from './features.js';
import { CaseContextCache } from './case-context.js';
import { FormCache } from './form-cache.js';
import { jointModel } from './joint-model.js';
import { LabelSumCache } from './label-sums.js';
import { MAX_LOCAL, type LocalFeatureCache } from './local-features.js';
import { PredictionHistory } from './history.js';
import { LABEL_COUNT, allowedAfter, allowedAtEnd } from './labels.js';
import type { TokenTable } from './token-table.js';

/** Anything that scores a feature vector: a trained LinearModel or a PerceptronTrainer. */
export interface Scorer {
  score(features: ArrayLike<number>, count: number, scores: Float32Array): Float32Array;
}

/** ALLOWED[prev * LABEL_COUNT + next], with prev = LABEL_COUNT for a sentence start. */
const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let prev = 0; prev <= LABEL_COUNT; prev++) {
  for (let next = 0; next < LABEL_COUNT; next++) {
    ALLOWED[prev * LABEL_COUNT + next] = (prev === LABEL_COUNT ? allowedAfter(0, next) : allowedAfter(prev, next))
      ? 1
      : 0;
  }
}
const AT_END = Uint8Array.from({ length: LABEL_COUNT }, (_, c) => (allowedAtEnd(c) ? 1 : 0));

const features = new Uint32Array(MAX_FEATURES);
const scores = new Float32Array(LABEL_COUNT);
const rawScores = new Int32Array(LABEL_COUNT);
/** A joint model's sums of a few features (every pass), before one pass's are taken. */
let wide = new Int32Array(0);
const history = new PredictionHistory();
/** The integer sums of each token's label-independent features: base[i * LABEL_COUNT + c]. */
let base = new Int32Array(0);

/**
 * Where decode() reads the sums of the features that LocalFeatureCache.fill(table, true) leaves
 * out: the kept sums of forms and case contexts (of `joint`, every pass at once) and of label
 * combinations (per pass), and the document's label-independent sums of every pass that
 * sumLocalFeatures writes.
 */
export interface SumCaches {
  forms: FormCache;
  contexts: CaseContextCache;
  labels: LabelSumCache;
  /** The passes' models side by side (see joint-model.ts): pass p's classes from p * LABEL_COUNT. */
  joint: LinearModel;
  /** base[i * joint.nClasses + p * LABEL_COUNT + c]: token i's label-independent sums of pass p. */
  base: Int32Array;
}

/** Fresh caches for the passes `models` (in pass order), with a form cache for `lexicon`. */
export function makeSumCaches(models: readonly LinearModel[], lexicon?: CaseLexicon): SumCaches {
  const joint = jointModel(models);
  return {
    forms: new FormCache(lexicon, joint.nClasses),
    contexts: new CaseContextCache(joint.nClasses),
    labels: new LabelSumCache(joint.nClasses),
    joint,
    base: new Int32Array(0),
  };
}

/**
 * Sums, for every token of a table filled with caches.forms, the features of every pass that no
 * label changes (`local`, filled by form, then the form and case-context sums) into caches.base:
 * one lookup a feature for all passes. decode() with `caches` reads them.
 */
export function sumLocalFeatures(table: TokenTable, local: LocalFeatureCache, caches: SumCaches): void {
  const width = caches.joint.nClasses;
  const n = table.length;
  if (caches.base.length < n * width) caches.base = new Int32Array(Math.max(n, 256) * 2 * width);
  const sums = caches.base;
  sums.fill(0, 0, n * width);
  const bounds = table.sentBounds;
  const ids = local.ids;
  const counts = local.counts;
  const joint = caches.joint;
  for (let s = 0; s < bounds.length; s += 2) {
    const from = bounds[s];
    const to = bounds[s + 1];
    for (let i = from; i < to; i++) {
      const at = i * MAX_LOCAL;
      joint.addRaw(ids, at, at + counts[i], sums, i * width);
      // the sums that single forms give (LocalFeatureCache left them out): token i's and its neighbours'
      caches.forms.gather(joint, table, i, from, to, sums);
      caches.contexts.add(joint, table, i, from, to, sums, i * width);
    }
  }
}

/** Training hooks: the gold labels and the trainer to update. */
export interface Teacher {
  gold: Uint8Array;
  trainer: PerceptronTrainer;
}

/** The best-scoring label allowed after label `prev` (BILOU transitions), and at a sentence's end when `last`. */
function bestAllowed(scores: ArrayLike<number>, prev: number, last: boolean): number {
  const row = prev * LABEL_COUNT;
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < LABEL_COUNT; c++) {
    if (!ALLOWED[row + c] || (last && !AT_END[c])) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}

/**
 * Labels every token of a filled TokenTable into `labels` (BILOU ids). With `evidence`, the
 * second pass's non-local features are used; with `teacher`, the scorer is trained as it goes;
 * with `local`, the label-independent features are read from it instead of being hashed again.
 * With `caches` (`local` then filled by form, the table filled with caches.forms, and
 * sumLocalFeatures run on it), the label-independent sums are read from pass `pass` of
 * caches.base, and `scorer` must be that pass's model: every lookup then reads caches.joint.
 */
export function decode(
  table: TokenTable,
  scorer: Scorer,
  evidence: DocumentEvidence | null,
  labels: Uint8Array,
  teacher?: Teacher,
  local?: LocalFeatureCache,
  caches?: SumCaches,
  pass = 0,
): void {
  // a trained model's integer sums: the same argmax as its scaled scores, without the multiply
  const model = scorer instanceof LinearModel ? scorer : null;
  if (model && local && !teacher) {
    decodeFast(table, model, evidence, labels, local, caches ?? null, pass);
    return;
  }
  const sums: ArrayLike<number> = model ? rawScores : scores;
  const bounds = table.sentBounds;
  history.clear();
  for (let s = 0; s < bounds.length; s += 2) {
    const from = bounds[s];
    const to = bounds[s + 1];
    let prev = LABEL_COUNT;
    for (let i = from; i < to; i++) {
      let n: number;
      if (local) {
        n = local.counts[i];
        const ids = local.ids;
        for (let f = 0, at = i * MAX_LOCAL; f < n; f++) features[f] = ids[at + f];
        n = labelFeatures(table, i, from, labels, history, features, n);
        if (evidence) n = evidence.features(table, i, from, to, features, n);
      } else {
        n = extractFeatures(table, i, from, to, labels, evidence, history, features);
      }
      if (model) model.scoreRaw(features, n, rawScores);
      else scorer.score(features, n, scores);
      const best = bestAllowed(sums, prev, i === to - 1);
      if (teacher) {
        teacher.trainer.update(features, n, teacher.gold[i], best);
        teacher.trainer.tick();
      }
      labels[i] = best;
      history.record(table, i, best);
      prev = best;
    }
  }
}

/**
 * decode() for a trained model with cached local features: the label-independent features of
 * every token (the local ones, and in the second pass the first pass's evidence) are summed
 * first, token after token, so that their table lookups overlap (with `caches`, the local ones
 * are read from caches.base); the left-to-right loop then adds only the features that read the
 * labels just predicted. With `caches`, the sums of the features that read labels alone (the two
 * before a token; the first pass's around it) and of a word after an O are read from them.
 * Integer sums: the same labels as decode.
 */
function decodeFast(
  table: TokenTable,
  model: LinearModel,
  evidence: DocumentEvidence | null,
  labels: Uint8Array,
  local: LocalFeatureCache,
  caches: SumCaches | null,
  pass: number,
): void {
  const n = table.length;
  const bounds = table.sentBounds;
  // sums[i * width + offset + c]: token i's label-independent sums
  let sums: Int32Array;
  let width: number;
  const offset = caches ? pass * LABEL_COUNT : 0;
  // with caches, every lookup reads the joint model (one table for both passes) and takes this pass's classes
  const joint = caches ? caches.joint : model;
  if (caches) {
    sums = caches.base;
    width = caches.joint.nClasses;
    if (wide.length < width) wide = new Int32Array(width);
  } else {
    if (base.length < n * LABEL_COUNT) base = new Int32Array(Math.max(n, 256) * 2 * LABEL_COUNT);
    base.fill(0, 0, n * LABEL_COUNT);
    sums = base;
    width = LABEL_COUNT;
    const ids = local.ids;
    const counts = local.counts;
    for (let s = 0; s < bounds.length; s += 2) {
      for (let i = bounds[s]; i < bounds[s + 1]; i++) {
        const at = i * MAX_LOCAL;
        model.addRaw(ids, at, at + counts[i], sums, i * LABEL_COUNT);
      }
    }
  }
  if (evidence) {
    const first = evidence.labels;
    for (let s = 0; s < bounds.length; s += 2) {
      const from = bounds[s];
      const to = bounds[s + 1];
      for (let i = from; i < to; i++) {
        const at = i * width + offset;
        if (caches) {
          const prev = i - 1 >= from ? first[i - 1] : LABEL_COUNT;
          const next = i + 1 < to ? first[i + 1] : LABEL_COUNT;
          caches.labels.addEvidence(joint, offset, prev, first[i], next, sums, at);
          const k = evidence.wordFeatures(table, i, features, 0);
          if (k > 0) addPass(joint, k, offset, sums, at);
        } else {
          model.addRaw(features, 0, evidence.features(table, i, from, to, features, 0), sums, at);
        }
      }
    }
  }
  history.clear();
  for (let s = 0; s < bounds.length; s += 2) {
    const from = bounds[s];
    const to = bounds[s + 1];
    let prev = LABEL_COUNT;
    for (let i = from; i < to; i++) {
      for (let c = 0, at = i * width + offset; c < LABEL_COUNT; c++) rawScores[c] = sums[at + c];
      let k: number;
      if (caches) {
        // the label features from the kept sums: the label pair's, and the word's after an O
        const p1 = i - 1 >= from ? labels[i - 1] : NO_LABEL;
        caches.labels.addPair(joint, offset, i - 2 >= from ? labels[i - 2] : NO_LABEL, p1, rawScores, 0);
        const e = table.entry[i];
        k = 0;
        if (p1 !== 0 || e < 0 || !caches.forms.addAfterOutside(e, offset, rawScores, 0)) {
          k = labelWordFeatures(p1, table.lower[i], table.shortShape[i], features, 0);
        }
        k = history.features(table, i, features, k);
        if (k > 0) addPass(joint, k, offset, rawScores, 0);
      } else {
        k = labelFeatures(table, i, from, labels, history, features, 0);
        if (k > 0) model.addRaw(features, 0, k, rawScores, 0);
      }
      const best = bestAllowed(rawScores, prev, i === to - 1);
      labels[i] = best;
      history.record(table, i, best);
      prev = best;
    }
  }
}

/**
 * Adds to scores[at, at + LABEL_COUNT) the sums of `joint` (every pass side by side) of
 * features[0, k), its classes [offset, offset + LABEL_COUNT) only (one pass's).
 */
function addPass(joint: LinearModel, k: number, offset: number, scores: Int32Array, at: number): void {
  const width = joint.nClasses;
  wide.fill(0, 0, width);
  joint.addRaw(features, 0, k, wide, 0);
  for (let c = 0; c < LABEL_COUNT; c++) scores[at + c] += wide[offset + c];
}
