import { loadClusters, type WordClusters } from '../clusters/word-clusters.js';
import { PerceptronTrainer } from '../perceptron.js';
import { evaluateParser, type ParserScores } from './evaluate-parser.js';
import { extractFeatures, MAX_FEATURES, TEMPLATE_ORDER, templatePositions } from './features.js';
import { moveCosts, projectivize } from './oracle.js';
import { Parser } from './parser.js';
import { pruneEntries, pruneRows } from './prune-rows.js';
import { SentenceCodes } from './sentence-codes.js';
import { LEFT, MOVE_COUNT, ParseState, SHIFT } from './transition-system.js';
import { seededRandom, shuffle } from '../seeded-random.js';

/** One gold sentence for training or scoring: `heads[i]` is the head's index, -1 for the root. */
export interface TreebankSentence {
  words: string[];
  tags: string[];
  heads: number[];
  deprels: string[];
}

/** Options of a training run. */
export interface ParserTrainingOptions {
  epochs?: number;
  seed?: number;
  /** After the first epoch, the probability of following the model's own move (error exploration). */
  explore?: number;
  /** Features seen fewer times than this along the gold parses are left out (a smaller, faster model). */
  minFeatureCount?: number;
  /** Averaged weights below this are dropped from the shipped model. */
  pruneThreshold?: number;
  /** Then features whose weights are all below this, in every model, are dropped (pruneRows). */
  rowPruneBelow?: number;
  /** Then the relation classifiers' weights below this are dropped (pruneEntries). */
  labelPruneBelow?: number;
  /**
   * The templates (numbers, see TEMPLATE_ORDER) the relation classifiers read; default all. Fewer
   * templates give fewer relation rows to sum at each arc.
   */
  labelTemplates?: readonly number[];
  /** Scored after every epoch when given. */
  dev?: TreebankSentence[];
  /** Called after every epoch (library code never prints). */
  onEpoch?: (report: EpochReport) => void;
  /** Word classes for the features (default: the shipped models/clusters.bin). */
  clusters?: WordClusters;
  /** Facts to record in the model file. */
  info?: Record<string, unknown>;
}

/** What one epoch did: its training move accuracy and, with a dev set, the dev scores. */
export interface EpochReport {
  epoch: number;
  moveAccuracy: number;
  seconds: number;
  dev?: ParserScores;
}

/** A training sentence in the parser's terms: gold heads with n for the root, made projective. */
interface Prepared {
  sentence: TreebankSentence;
  gold: Int32Array;
  labels: Int32Array;
}

function prepare(sentence: TreebankSentence, labelIds: Map<string, number>): Prepared {
  const n = sentence.words.length;
  const heads = sentence.heads.map((h) => (h < 0 ? n : h));
  const labels = Int32Array.from(sentence.deprels, (d) => labelIds.get(d) ?? -1);
  return { sentence, gold: projectivize(heads), labels };
}

/** Bits of the count sketch: feature counts share 2^24 saturating byte counters. */
const SKETCH_BITS = 24;

/**
 * Counts the features of the states along each sentence's gold parse (the first zero-cost move at
 * each step) in a sketch of saturating byte counters; collisions only over-count.
 */
function countFeatures(data: Prepared[], codes: SentenceCodes, state: ParseState): Uint8Array {
  const counts = new Uint8Array(1 << SKETCH_BITS);
  const mask = (1 << SKETCH_BITS) - 1;
  const features = new Uint32Array(MAX_FEATURES);
  const costs = new Int32Array(MOVE_COUNT);
  for (const { sentence, gold } of data) {
    codes.fill(sentence.words, sentence.tags);
    state.reset(codes.n);
    while (!state.isTerminal()) {
      const count = extractFeatures(state, codes, features);
      for (let f = 0; f < count; f++) {
        const slot = features[f] & mask;
        if (counts[slot] < 255) counts[slot]++;
      }
      moveCosts(state, gold, costs);
      let move = 0;
      while (costs[move] !== 0 && move < MOVE_COUNT - 1) move++;
      state.apply(move, 0);
    }
  }
  return counts;
}

/** Keeps the features counted at least `min` times, in place; returns how many are left. */
function keepFrequent(features: Uint32Array, count: number, counts: Uint8Array, min: number): number {
  const mask = counts.length - 1;
  let kept = 0;
  for (let f = 0; f < count; f++) if (counts[features[f] & mask] >= min) features[kept++] = features[f];
  return kept;
}

/**
 * Trains a parser with the arc-hybrid dynamic oracle: each state's gold moves are the valid moves
 * of least cost, the model is updated towards the best-scoring of them, and after the first epoch
 * the parse follows the model's own prediction (with probability `explore`), so that it learns to
 * recover from its mistakes (Goldberg and Nivre 2012). Deterministic for a given seed.
 */
export function trainParser(train: TreebankSentence[], options: ParserTrainingOptions = {}): Parser {
  const epochs = options.epochs ?? 15;
  const explore = options.explore ?? 0.9;
  const random = seededRandom(options.seed ?? 1);
  const labelSet = new Set<string>();
  for (const s of train) for (const d of s.deprels) if (d !== 'root') labelSet.add(d);
  const labels = [...labelSet].sort();
  const labelIds = new Map(labels.map((l, i) => [l, i]));
  const data = train.map((s) => prepare(s, labelIds));
  const moveModel = new PerceptronTrainer(MOVE_COUNT, 1 << 20);
  const leftModel = new PerceptronTrainer(labels.length, 1 << 16);
  const rightModel = new PerceptronTrainer(labels.length, 1 << 16);
  const state = new ParseState();
  const clusters = options.clusters ?? loadClusters();
  const codes = new SentenceCodes(clusters);
  const features = new Uint32Array(MAX_FEATURES);
  const labelPositions = templatePositions(options.labelTemplates ?? TEMPLATE_ORDER);
  const labelFeatures = new Uint32Array(labelPositions.length);
  const moveScores = new Float32Array(MOVE_COUNT);
  const labelScores = new Float32Array(labels.length);
  const costs = new Int32Array(MOVE_COUNT);
  const order = data.map((_, i) => i);
  const minCount = options.minFeatureCount ?? 1;
  const counts = minCount > 1 ? countFeatures(data, codes, state) : undefined;
  let parser: Parser | undefined;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const started = Date.now();
    shuffle(order, random);
    let right = 0;
    let total = 0;
    for (const index of order) {
      const { sentence, gold, labels: goldLabels } = data[index];
      codes.fill(sentence.words, sentence.tags);
      state.reset(codes.n);
      while (!state.isTerminal()) {
        let count = extractFeatures(state, codes, features);
        if (count !== TEMPLATE_ORDER.length) throw new Error(`parser features: ${count} written, ${TEMPLATE_ORDER.length} templates`);
        for (let k = 0; k < labelPositions.length; k++) labelFeatures[k] = features[labelPositions[k]];
        let labelCount = labelPositions.length;
        if (counts) {
          count = keepFrequent(features, count, counts, minCount);
          labelCount = keepFrequent(labelFeatures, labelCount, counts, minCount);
        }
        const scores = moveModel.score(features, count, moveScores);
        moveCosts(state, gold, costs);
        let guess = -1;
        let best = -1;
        let least = Infinity;
        for (let m = 0; m < MOVE_COUNT; m++) if (costs[m] >= 0 && costs[m] < least) least = costs[m];
        for (let m = 0; m < MOVE_COUNT; m++) {
          if (costs[m] < 0) continue;
          if (guess < 0 || scores[m] > scores[guess]) guess = m;
          if (costs[m] === least && (best < 0 || scores[m] > scores[best])) best = m;
        }
        moveModel.update(features, count, best, guess);
        moveModel.tick();
        total++;
        if (costs[guess] === least) right++;
        const follow = epoch > 0 && random() < explore;
        const move = follow ? guess : best;
        let label = 0;
        if (move !== SHIFT && !(move === LEFT && state.b0 === state.n)) {
          const d = state.s(0);
          const h = move === LEFT ? state.b0 : state.s(1);
          const model = move === LEFT ? leftModel : rightModel;
          const predicted = PerceptronTrainer.argmax(model.score(labelFeatures, labelCount, labelScores));
          label = predicted;
          if (gold[d] === h && goldLabels[d] >= 0) {
            model.update(labelFeatures, labelCount, goldLabels[d], predicted);
            model.tick();
            if (!follow) label = goldLabels[d];
          }
        }
        state.apply(move, label);
      }
    }
    const last = epoch === epochs - 1;
    if (options.dev || last) {
      const threshold = last ? (options.pruneThreshold ?? 1e-3) : 1e-3;
      let models = [moveModel, leftModel, rightModel].map((m) => m.finalize(threshold));
      if (last && options.rowPruneBelow) models = pruneRows(models, options.rowPruneBelow);
      const labelPrune = options.labelPruneBelow;
      if (last && labelPrune) models = models.map((m, k) => (k === 0 ? m : pruneEntries(m, labelPrune)));
      parser = new Parser(models[0], models[1], models[2], labels, options.info, clusters);
    }
    const report: EpochReport = { epoch: epoch + 1, moveAccuracy: right / total, seconds: 0 };
    if (options.dev && parser) report.dev = evaluateParser(parser, options.dev);
    report.seconds = (Date.now() - started) / 1000;
    options.onEpoch?.(report);
  }
  return parser as Parser;
}
