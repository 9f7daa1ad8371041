import { loadClusters, type WordClusters } from '../clusters/word-clusters.js';
import { PerceptronTrainer } from '../perceptron.js';
import { MAX_FEATURES, NO_TAG, secondPassFeatures, taggerFeatures } from './features.js';
import { Tagger, type TaggerInfo } from './tagger.js';
import { wordKey, WordTable } from './word-table.js';
import { seededRandom, shuffle } from '../seeded-random.js';

/** One training sentence: its words and their joint "UPOS XPOS" tags. */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** Training settings; every default is what the shipped model uses. */
export interface TaggerTrainOptions {
  epochs?: number;
  seed?: number;
  /** A word form enters the tag dictionary when seen at least this often ... */
  dictMinCount?: number;
  /** ... with its most frequent tag at least this share of the time. */
  dictMinShare?: number;
  /** Averaged weights below this magnitude are dropped from the shipped model. */
  pruneBelow?: number;
  trainedOn?: string;
  /** 2 adds a second pass that sees the first pass's tags of the next words (default 1). */
  passes?: number;
  /** Folds for the first-pass tags the second pass trains on (jackknifing; default 4). */
  folds?: number;
  /** Word classes for the features (default: the shipped models/clusters.bin). */
  clusters?: WordClusters;
  /** Called after each epoch with its training accuracy and a way to take the averaged model so far. */
  onEpoch?: (epoch: number, trainAccuracy: number, snapshot: () => Tagger) => void;
}

/** Trains a tagger with seeded shuffles: the same sentences and options give the same model bytes. */
export function trainTagger(sentences: TaggedSentence[], options: TaggerTrainOptions = {}): Tagger {
  const epochs = options.epochs ?? 10;
  const seed = options.seed ?? 1;
  const passes = options.passes ?? 1;
  const folds = options.folds ?? 4;
  const classes = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const counts = countTags(sentences, classOf);
  const dict = buildDict(counts, options.dictMinCount ?? 20, options.dictMinShare ?? 0.97);
  const gold = sentences.map((s) => Uint16Array.from(s.tags, (t) => classOf.get(t) as number));
  const info: TaggerInfo = { trainedOn: options.trainedOn ?? 'custom data', epochs, seed, passes };
  const clusters = options.clusters ?? loadClusters();
  const prune = options.pruneBelow ?? 1e-3;
  const setup: PassSetup = { words: sentences.map((s) => s.words), gold, dict, nClasses: classes.length, clusters, seed };
  if (passes === 1) {
    const first = trainPass(setup, epochs, undefined, (epoch, accuracy, trainer) =>
      options.onEpoch?.(epoch, accuracy, () => new Tagger(trainer.finalize(prune), classes, dict, info, clusters)),
    );
    return new Tagger(first.finalize(prune), classes, dict, info, clusters);
  }
  // the second pass learns from first-pass tags as wrong as at test time: each fold's tags come
  // from a first pass trained on the other folds (jackknifing)
  const firstTags: Uint16Array[] = gold.map((g) => new Uint16Array(g.length));
  for (let fold = 0; fold < folds; fold++) {
    const rest = setup.words.map((_, s) => s).filter((s) => s % folds !== fold);
    const part = trainPass(subset(setup, rest), epochs, undefined);
    const tagger = new Tagger(part.finalize(prune), classes, dict, info, clusters);
    for (let s = fold; s < gold.length; s += folds) tagger.tag(setup.words[s], firstTags[s]);
  }
  const first = trainPass(setup, epochs, undefined).finalize(prune);
  const second = trainPass(setup, epochs, firstTags, (epoch, accuracy, trainer) =>
    options.onEpoch?.(epoch, accuracy, () => new Tagger(first, classes, dict, info, clusters, trainer.finalize(prune))),
  );
  return new Tagger(first, classes, dict, info, clusters, second.finalize(prune));
}

/** What every pass trains on. */
interface PassSetup {
  words: string[][];
  gold: Uint16Array[];
  dict: Map<number, number>;
  nClasses: number;
  clusters: WordClusters;
  seed: number;
}

function subset(setup: PassSetup, keep: number[]): PassSetup {
  return { ...setup, words: keep.map((s) => setup.words[s]), gold: keep.map((s) => setup.gold[s]) };
}

/**
 * Trains one pass for `epochs` epochs with seeded shuffles; with `firstTags` it is a second pass
 * whose features see those tags of the following words.
 */
function trainPass(
  setup: PassSetup,
  epochs: number,
  firstTags: Uint16Array[] | undefined,
  onEpoch?: (epoch: number, accuracy: number, trainer: PerceptronTrainer) => void,
): PerceptronTrainer {
  const { words, gold, dict, nClasses } = setup;
  const trainer = new PerceptronTrainer(nClasses);
  const table = new WordTable(setup.clusters);
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(nClasses);
  const order = words.map((_, i) => i);
  const random = seededRandom(setup.seed);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of order) {
      table.setWords(words[s]);
      const tags = gold[s];
      const right = firstTags?.[s];
      let prev = NO_TAG;
      let prev2 = NO_TAG;
      for (let i = 0; i < tags.length; i++) {
        let guess = dict.get(table.key(i));
        if (guess === undefined) {
          const n = right
            ? secondPassFeatures(table, i, prev, prev2, i + 1 < tags.length ? right[i + 1] : NO_TAG, i + 2 < tags.length ? right[i + 2] : NO_TAG, features)
            : taggerFeatures(table, i, prev, prev2, features);
          guess = PerceptronTrainer.argmax(trainer.score(features, n, scores));
          trainer.update(features, n, tags[i], guess);
          trainer.tick();
        }
        if (guess === tags[i]) correct++;
        total++;
        prev2 = prev;
        prev = guess;
      }
    }
    onEpoch?.(epoch, total ? correct / total : 0, trainer);
    shuffle(order, random);
  }
  return trainer;
}

/** How often each word form had each class. */
function countTags(sentences: TaggedSentence[], classOf: Map<string, number>): Map<string, Map<number, number>> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      let byTag = counts.get(w);
      if (!byTag) counts.set(w, (byTag = new Map()));
      const c = classOf.get(s.tags[i]) as number;
      byTag.set(c, (byTag.get(c) ?? 0) + 1);
    });
  }
  return counts;
}

/** Frequent word forms whose tag hardly varies, mapped to that tag (Honnibal's tag dictionary). */
function buildDict(counts: Map<string, Map<number, number>>, minCount: number, minShare: number): Map<number, number> {
  const dict = new Map<number, number>();
  for (const [word, byTag] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [c, n] of byTag) {
      total += n;
      if (n > bestCount || (n === bestCount && c < best)) [best, bestCount] = [c, n];
    }
    if (total >= minCount && bestCount / total >= minShare) dict.set(wordKey(word), best);
  }
  return dict;
}

