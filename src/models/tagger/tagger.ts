import { readFileSync } from 'node:fs';
import { DossierError } from '../../errors/dossier-error.js';
import { loadClusters, type WordClusters } from '../clusters/word-clusters.js';
import type { LinearModel } from '../linear-model.js';
import { decodeModelFile, encodeModelFile, type ModelHeader } from '../model-file.js';
import { modelPath } from '../paths.js';
import { MAX_FEATURES, NO_TAG, pairFeatures, secondPassFeatures, TAGGER_FEATURE_VERSION } from './features.js';
import { WordScores } from './word-scores.js';
import { WordTable } from './word-table.js';

/** The kind recorded in a tagger model file. */
export const TAGGER_KIND = 'tagger';

/** Facts about a trained tagger, kept in its model file's header. */
export interface TaggerInfo {
  trainedOn: string;
  epochs: number;
  seed: number;
  [key: string]: unknown;
}

/**
 * A greedy left-to-right part-of-speech tagger over averaged-perceptron models: a first pass
 * sees the tags it gave the words before; an optional second pass also sees the first pass's tags
 * of the two words after (secondPassFeatures).
 *
 * Each class is a joint label "UPOS XPOS" (e.g. "PROPN NNP"); `upos[c]` and `xpos[c]` split it.
 * `dict` maps the key of a frequent, unambiguous word form (see wordKey) to its class, which is
 * then assigned without scoring. Buffers are reused across calls: one Tagger is not re-entrant.
 */
export class Tagger {
  readonly model: LinearModel;
  /** The second pass's model, or undefined for a one-pass tagger. */
  readonly second: LinearModel | undefined;
  readonly classes: string[];
  readonly upos: string[];
  readonly xpos: string[];
  readonly dict: Map<number, number>;
  readonly info: TaggerInfo;
  /** The word classes its features read (models/clusters.bin for the shipped tagger). */
  readonly clusters: WordClusters;
  private readonly table: WordTable;
  private readonly features = new Uint32Array(MAX_FEATURES);
  /** The models' integer sums (LinearModel.scoreRaw): the same argmax as the scaled scores. */
  private readonly scores: Int32Array;
  private firstTags = new Uint16Array(64);
  /** The first pass's sums of the features that read one word's row, per recently seen form. */
  private readonly wordScores: WordScores;

  constructor(
    model: LinearModel,
    classes: string[],
    dict: Map<number, number>,
    info: TaggerInfo,
    clusters: WordClusters,
    second?: LinearModel,
  ) {
    this.model = model;
    this.second = second;
    this.classes = classes;
    this.upos = classes.map((c) => c.split(' ')[0]);
    this.xpos = classes.map((c) => c.split(' ')[1] ?? '_');
    this.dict = dict;
    this.clusters = clusters;
    this.table = new WordTable(clusters);
    this.info = info;
    this.scores = new Int32Array(classes.length);
    this.wordScores = new WordScores(model);
  }

  /** Tags one sentence of words; returns one class id per word. */
  tag(words: ArrayLike<string>, out: Uint16Array = new Uint16Array(words.length)): Uint16Array {
    this.table.setWords(words);
    return this.run(out, 0);
  }

  /**
   * Tags the words text[starts[k]..ends[k]) for k in from..to-1 (one sentence) and writes their
   * classes to out[from..to-1], without slicing the text.
   */
  tagRanges(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, from: number, to: number, out: Uint16Array): void {
    this.table.reset(to - from);
    for (let k = from; k < to; k++) this.table.set(k - from, text, starts[k], ends[k]);
    this.run(out, from);
  }

  /** Tags the sentence already in the word table, writing classes at out[offset..]. */
  private run(out: Uint16Array, offset: number): Uint16Array {
    const t = this.table;
    const second = this.second;
    if (!second) {
      this.firstPass(out, offset);
      return out;
    }
    if (this.firstTags.length < t.length) this.firstTags = new Uint16Array(t.length * 2);
    const first = this.firstTags;
    this.firstPass(first, 0);
    let prev = NO_TAG;
    let prev2 = NO_TAG;
    for (let i = 0; i < t.length; i++) {
      let guess = first[i];
      if (this.dict.get(t.key(i)) === undefined) {
        const next = i + 1 < t.length ? first[i + 1] : NO_TAG;
        const next2 = i + 2 < t.length ? first[i + 2] : NO_TAG;
        const n = secondPassFeatures(t, i, prev, prev2, next, next2, this.features);
        guess = argmax(second.scoreRaw(this.features, n, this.scores));
      }
      out[offset + i] = guess;
      prev2 = prev;
      prev = guess;
    }
    return out;
  }

  /** The first pass over the word table, writing classes at out[offset..]. */
  private firstPass(out: Uint16Array, offset: number): void {
    const t = this.table;
    let prev = NO_TAG;
    let prev2 = NO_TAG;
    for (let i = 0; i < t.length; i++) {
      let guess = this.dict.get(t.key(i));
      if (guess === undefined) {
        // taggerFeatures' sums: the word's and its neighbours' parts from the cache, then the rest's lookups
        this.wordScores.fill(t, i, this.scores);
        const n = pairFeatures(t, i, prev, prev2, this.features);
        guess = argmax(this.model.addRaw(this.features, 0, n, this.scores, 0));
      }
      out[offset + i] = guess;
      prev2 = prev;
      prev = guess;
    }
  }

  /** The model file bytes: header (classes, dictionary, training facts) and the weights. */
  encode(): Uint8Array {
    const header: ModelHeader = {
      kind: TAGGER_KIND,
      featureVersion: TAGGER_FEATURE_VERSION,
      classes: this.classes,
      dict: [...this.dict.entries()].sort((a, b) => a[0] - b[0]),
      clusters: this.clusters.checksum,
      info: this.info,
    };
    return encodeModelFile(header, this.second ? [this.model, this.second] : [this.model]);
  }

  /**
   * Reads a tagger from model file bytes; a file of another kind or template version, or one
   * trained with other word classes than `clusters` (by default the shipped table), is refused.
   */
  static decode(bytes: Uint8Array, name: string, clusters: WordClusters = loadClusters()): Tagger {
    const { header, models } = decodeModelFile(bytes, name);
    if (header.kind !== TAGGER_KIND || header.featureVersion !== TAGGER_FEATURE_VERSION || models.length < 1 || models.length > 2) {
      throw new DossierError('MODEL_INVALID', 'not a tagger model of this version', {
        file: name,
        expected: `kind "${TAGGER_KIND}", feature version ${TAGGER_FEATURE_VERSION}`,
        found: `kind "${header.kind}", feature version ${header.featureVersion}`,
      });
    }
    if (header.clusters !== clusters.checksum) {
      throw new DossierError('MODEL_INVALID', 'the tagger was trained with other word classes', {
        file: name,
        expected: `word classes with checksum ${clusters.checksum} (models/clusters.bin)`,
        found: String(header.clusters),
      });
    }
    const classes = header.classes as string[];
    const dict = new Map<number, number>(header.dict as [number, number][]);
    return new Tagger(models[0], classes, dict, header.info as TaggerInfo, clusters, models[1]);
  }
}

/** Best class; ties go to the lowest class id (deterministic). */
export function argmax(scores: Float32Array | Int32Array): number {
  let best = 0;
  let bestScore = scores[0];
  for (let c = 1; c < scores.length; c++) {
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}

/** File name of the shipped tagger under models/. */
export const TAGGER_FILE = 'tagger.bin';

let shipped: Tagger | undefined;

/** The shipped tagger (models/tagger.bin), loaded once per process; MODEL_INVALID when missing. */
export function loadTagger(): Tagger {
  if (shipped) return shipped;
  const file = modelPath(TAGGER_FILE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new DossierError('MODEL_INVALID', 'the tagger model is missing', {
      file,
      expected: 'a model built by `npm run train -- tagger`',
      cause,
    });
  }
  shipped = Tagger.decode(bytes, file);
  return shipped;
}
