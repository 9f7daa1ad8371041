import { walkBoundaries } from '../../text/sentence-splitter.js';
import { tokenize } from '../../text/tokenizer.js';
import type { TokenOffsets } from '../../text/token-buffer.js';
import { LinearModel } from '../linear-model.js';
import { PerceptronTrainer, sparseModel } from '../perceptron.js';
import { MAX_BOUNDARY_FEATURES, boundaryFeatures } from './boundary-features.js';
import { BoundaryModel, type BoundaryInfo } from './boundary-model.js';
import { seededRandom, shuffle } from '../seeded-random.js';

/** A text with its gold sentence starts (character offsets, as conllu-text.ts rebuilds them). */
export interface SentenceText {
  text: string;
  sentenceStarts: ArrayLike<number>;
}

/** Options of trainBoundaries. */
export interface BoundaryTrainOptions {
  epochs: number;
  /** Seed of the (first) model's shuffles; member k of an average has seed + k. */
  seed: number;
  /**
   * How many models, trained alike with seeds seed, seed + 1, ..., to average (default 1): their
   * weights are averaged, which scores every boundary by the mean of their scores.
   */
  members?: number;
  trainedOn: string;
  /** Called after each epoch of each member with the candidate accuracy and that member's averaged model so far. */
  onEpoch?: (epoch: number, accuracy: number, snapshot: () => BoundaryModel, member: number) => void;
}

interface Prepared {
  text: string;
  tokens: TokenOffsets;
  /** gold[i] = 1 when a gold sentence starts at token i. */
  gold: Uint8Array;
}

/**
 * Trains the boundary model on the splitter's own candidates (walkBoundaries with the rules'
 * answers as features), documents in a seeded shuffle each epoch: the same texts and options give
 * the same model bytes. The sentence-so-far features follow the model's own guesses, as at
 * inference. With `members` above 1, that many models are trained with consecutive seeds and their
 * weights averaged (one model of the same size and speed): a single model's boundaries move with
 * the order of the shuffles, their mean much less.
 */
export function trainBoundaries(texts: SentenceText[], options: BoundaryTrainOptions): BoundaryModel {
  const docs: Prepared[] = texts.map(({ text, sentenceStarts }) => {
    const tokens = tokenize(text);
    const gold = new Uint8Array(tokens.starts.length);
    const golden = new Set<number>(Array.from(sentenceStarts));
    for (let i = 0; i < gold.length; i++) if (golden.has(tokens.starts[i])) gold[i] = 1;
    return { text, tokens, gold };
  });
  const members = options.members ?? 1;
  const info: BoundaryInfo = { trainedOn: options.trainedOn, epochs: options.epochs, seed: options.seed };
  if (members > 1) info.members = members;
  const models: LinearModel[] = [];
  for (let k = 0; k < members; k++) models.push(trainMember(docs, options, options.seed + k, k, info));
  return new BoundaryModel(members === 1 ? models[0] : averageLinearModels(models), info);
}

function trainMember(
  docs: Prepared[],
  options: BoundaryTrainOptions,
  seed: number,
  member: number,
  info: BoundaryInfo,
): LinearModel {
  const trainer = new PerceptronTrainer(2, 1 << 15);
  const features = new Uint32Array(MAX_BOUNDARY_FEATURES);
  const scores = new Float32Array(2);
  const random = seededRandom(seed);
  const order = docs.map((_, k) => k);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let seen = 0;
    let right = 0;
    for (const d of order) {
      const { text, tokens, gold } = docs[d];
      walkBoundaries(text, tokens, (t, o, i, rule, breaks, start) => {
        const count = boundaryFeatures(t, o, i, rule, breaks, start, features);
        trainer.score(features, count, scores);
        const guess = scores[1] > scores[0] ? 1 : 0;
        trainer.tick();
        trainer.update(features, count, gold[i], guess);
        seen++;
        if (guess === gold[i]) right++;
        return guess === 1;
      });
    }
    options.onEpoch?.(
      epoch,
      right / Math.max(1, seen),
      () => new BoundaryModel(trainer.finalize(), { ...info, seed, members: undefined }),
      member,
    );
  }
  return trainer.finalize();
}

/**
 * The mean of linear models over the same classes: each feature's class weight summed over the
 * models that have it (as stored, weight times scale) and divided by their number, so that the
 * mean model's score of any feature set is the mean of their scores; weights below 1e-3 are
 * dropped, as PerceptronTrainer.finalize drops them. The result is quantized anew.
 */
export function averageLinearModels(models: LinearModel[]): LinearModel {
  const n = models[0].nClasses;
  const sums = new Map<number, Float64Array>();
  for (const m of models) {
    if (m.nClasses !== n) throw new Error('averageLinearModels: models differ in their classes');
    for (let k = 0; k < m.keys.length; k++) {
      let row = sums.get(m.keys[k]);
      if (row === undefined) {
        row = new Float64Array(n);
        sums.set(m.keys[k], row);
      }
      for (let e = m.offsets[k]; e < m.offsets[k + 1]; e++) row[m.classes[e]] += m.values[e] * m.scale;
    }
  }
  return sparseModel(
    n,
    [...sums.keys()]
      .sort((a, b) => a - b)
      .map((key): [number, (c: number) => number] => {
        const row = sums.get(key) as Float64Array;
        return [key, (c) => row[c] / models.length];
      }),
    1e-3,
  );
}
