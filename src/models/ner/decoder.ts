/**
 * Greedy left-to-right decoding under BILOU constraints: each token takes the best-scoring label
 * that may follow the previous one (and, at a sentence end, that closes every name). Training runs
 * the same loop and updates the perceptron where the guess differs from the gold label.
 */
import { LinearModel } from '../linear-model.js';
import type { PerceptronTrainer } from '../perceptron.js';
import type { DocumentEvidence } from './consistency.js';
import { MAX_FEATURES, NO_LABEL, extractFeatures, labelFeatures, labelWordFeatures } from './features.js';
import type { CaseContextCache } from './case-context.js';
import type { FormCache } from './form-cache.js';
import type { LabelSumCache } from './label-sums.js';
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
const history = new PredictionHistory();
/** The integer sums of each token's label-independent features: base[i * LABEL_COUNT + c]. */
let base = new Int32Array(0);

/** Where decode() reads the sums of the features that LocalFeatureCache.fill(table, true) leaves out. */
export interface SumCaches {
  forms: FormCache;
  contexts: CaseContextCache;
  labels: LabelSumCache;
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
 * With `caches` (`local` then filled by form, the table filled with caches.forms), the sums of
 * the features that single forms give and of those of each token's case context are read from
 * pass `pass` of those caches.
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
 * first, token after token, so that their table lookups overlap; the left-to-right loop then adds
 * only the features that read the labels just predicted. With `caches`, the sums of the features
 * that read labels alone (the two before a token; the first pass's around it) and of a word after
 * an O are read from them. Integer sums: the same labels as decode.
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
  if (base.length < n * LABEL_COUNT) base = new Int32Array(Math.max(n, 256) * 2 * LABEL_COUNT);
  base.fill(0, 0, n * LABEL_COUNT);
  const bounds = table.sentBounds;
  const ids = local.ids;
  const counts = local.counts;
  for (let s = 0; s < bounds.length; s += 2) {
    const from = bounds[s];
    const to = bounds[s + 1];
    for (let i = from; i < to; i++) {
      const at = i * MAX_LOCAL;
      model.addRaw(ids, at, at + counts[i], base, i * LABEL_COUNT);
      // the sums that single forms give (LocalFeatureCache left them out), token j's to j and its neighbours
      if (caches) {
        caches.forms.spread(model, pass, table, i, from, to, base);
        caches.contexts.add(model, pass, table, i, from, to, base, i * LABEL_COUNT);
      }
      if (evidence && caches) {
        const own = evidence.labels[i];
        const prev = i - 1 >= from ? evidence.labels[i - 1] : LABEL_COUNT;
        const next = i + 1 < to ? evidence.labels[i + 1] : LABEL_COUNT;
        caches.labels.addEvidence(model, pass, prev, own, next, base, i * LABEL_COUNT);
        const k = evidence.wordFeatures(table, i, features, 0);
        if (k > 0) model.addRaw(features, 0, k, base, i * LABEL_COUNT);
      } else if (evidence) {
        model.addRaw(features, 0, evidence.features(table, i, from, to, features, 0), base, i * LABEL_COUNT);
      }
    }
  }
  history.clear();
  for (let s = 0; s < bounds.length; s += 2) {
    const from = bounds[s];
    const to = bounds[s + 1];
    let prev = LABEL_COUNT;
    for (let i = from; i < to; i++) {
      for (let c = 0, at = i * LABEL_COUNT; c < LABEL_COUNT; c++) rawScores[c] = base[at + c];
      let n: number;
      if (caches) {
        // the label features from the kept sums: the label pair's, and the word's after an O
        const p1 = i - 1 >= from ? labels[i - 1] : NO_LABEL;
        caches.labels.addPair(model, pass, i - 2 >= from ? labels[i - 2] : NO_LABEL, p1, rawScores, 0);
        const e = table.entry[i];
        n = 0;
        if (p1 !== 0 || e < 0 || !caches.forms.addAfterOutside(pass, e, rawScores, 0)) {
          n = labelWordFeatures(p1, table.lower[i], table.shortShape[i], features, 0);
        }
        n = history.features(table, i, features, n);
      } else {
        n = labelFeatures(table, i, from, labels, history, features, 0);
      }
      if (n > 0) model.addRaw(features, 0, n, rawScores, 0);
      const best = bestAllowed(rawScores, prev, i === to - 1);
      labels[i] = best;
      history.record(table, i, best);
      prev = best;
    }
  }
}
