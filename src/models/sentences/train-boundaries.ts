import { walkBoundaries } from '../../text/sentence-splitter.js';
import { tokenize } from '../../text/tokenizer.js';
import type { TokenOffsets } from '../../text/token-buffer.js';
import { PerceptronTrainer } from '../perceptron.js';
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
  seed: number;
  trainedOn: string;
  /** Called after each epoch with the candidate accuracy and the averaged model so far. */
  onEpoch?: (epoch: number, accuracy: number, snapshot: () => BoundaryModel) => void;
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
 * inference.
 */
export function trainBoundaries(texts: SentenceText[], options: BoundaryTrainOptions): BoundaryModel {
  const docs: Prepared[] = texts.map(({ text, sentenceStarts }) => {
    const tokens = tokenize(text);
    const gold = new Uint8Array(tokens.starts.length);
    const golden = new Set<number>(Array.from(sentenceStarts));
    for (let i = 0; i < gold.length; i++) if (golden.has(tokens.starts[i])) gold[i] = 1;
    return { text, tokens, gold };
  });
  const trainer = new PerceptronTrainer(2, 1 << 15);
  const features = new Uint32Array(MAX_BOUNDARY_FEATURES);
  const scores = new Float32Array(2);
  const random = seededRandom(options.seed);
  const info: BoundaryInfo = { trainedOn: options.trainedOn, epochs: options.epochs, seed: options.seed };
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
    options.onEpoch?.(epoch, right / Math.max(1, seen), () => new BoundaryModel(trainer.finalize(), info));
  }
  return new BoundaryModel(trainer.finalize(), info);
}

