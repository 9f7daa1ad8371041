import { readFileSync } from 'node:fs';
import { DossierError } from '../../errors/dossier-error.js';
import type { LinearModel } from '../linear-model.js';
import { decodeModelFile, encodeModelFile, type ModelHeader } from '../model-file.js';
import { modelPath } from '../paths.js';
import { MAX_FEATURES, NO_TAG, TAGGER_FEATURE_VERSION, taggerFeatures } from './features.js';
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
 * A greedy left-to-right part-of-speech tagger over one averaged-perceptron model.
 *
 * Each class is a joint label "UPOS XPOS" (e.g. "PROPN NNP"); `upos[c]` and `xpos[c]` split it.
 * `dict` maps the key of a frequent, unambiguous word form (see wordKey) to its class, which is
 * then assigned without scoring. Buffers are reused across calls: one Tagger is not re-entrant.
 */
export class Tagger {
  readonly model: LinearModel;
  readonly classes: string[];
  readonly upos: string[];
  readonly xpos: string[];
  readonly dict: Map<number, number>;
  readonly info: TaggerInfo;
  private readonly table: WordTable;
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly scores: Float32Array;

  constructor(
    model: LinearModel,
    classes: string[],
    dict: Map<number, number>,
    info: TaggerInfo,
  ) {
    this.model = model;
    this.classes = classes;
    this.upos = classes.map((c) => c.split(' ')[0]);
    this.xpos = classes.map((c) => c.split(' ')[1] ?? '_');
    this.dict = dict;
    this.table = new WordTable();
    this.info = info;
    this.scores = new Float32Array(classes.length);
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
    let prev = NO_TAG;
    let prev2 = NO_TAG;
    for (let i = 0; i < t.length; i++) {
      let guess = this.dict.get(t.key(i));
      if (guess === undefined) {
        const n = taggerFeatures(t, i, prev, prev2, this.features);
        guess = argmax(this.model.score(this.features, n, this.scores));
      }
      out[offset + i] = guess;
      prev2 = prev;
      prev = guess;
    }
    return out;
  }

  /** The model file bytes: header (classes, dictionary, training facts) and the weights. */
  encode(): Uint8Array {
    const header: ModelHeader = {
      kind: TAGGER_KIND,
      featureVersion: TAGGER_FEATURE_VERSION,
      classes: this.classes,
      dict: [...this.dict.entries()].sort((a, b) => a[0] - b[0]),
      info: this.info,
    };
    return encodeModelFile(header, [this.model]);
  }

  /** Reads a tagger from model file bytes; a file of another kind or template version is refused. */
  static decode(bytes: Uint8Array, name: string): Tagger {
    const { header, models } = decodeModelFile(bytes, name);
    if (header.kind !== TAGGER_KIND || header.featureVersion !== TAGGER_FEATURE_VERSION || models.length !== 1) {
      throw new DossierError('MODEL_INVALID', 'not a tagger model of this version', {
        file: name,
        expected: `kind "${TAGGER_KIND}", feature version ${TAGGER_FEATURE_VERSION}`,
        found: `kind "${header.kind}", feature version ${header.featureVersion}`,
      });
    }
    const classes = header.classes as string[];
    const dict = new Map<number, number>(header.dict as [number, number][]);
    return new Tagger(models[0], classes, dict, header.info as TaggerInfo);
  }
}

/** Best class; ties go to the lowest class id (deterministic). */
export function argmax(scores: Float32Array): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
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
