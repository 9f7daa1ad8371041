/**
 * The trained NER: two linear models (a local first pass, and a second pass that adds the
 * document-level evidence of the first), stored in models/ner.bin and loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { DossierError } from '../../errors/dossier-error.js';
import type { LinearModel } from '../linear-model.js';
import { decodeModelFile, encodeModelFile, type ModelHeader } from '../model-file.js';
import { modelPath } from '../paths.js';
import { CaseLexicon } from './case-lexicon.js';
import { DocumentEvidence } from './consistency.js';
import { decode, makeSumCaches, sumLocalFeatures, type SumCaches } from './decoder.js';
import { FEATURE_VERSION } from './features.js';
import { LocalFeatureCache } from './local-features.js';
import { BILOU_NAMES, bilouToSpans, type TokenSpan } from './labels.js';
import { TokenTable, type NerInput } from './token-table.js';

/** File name of the shipped model under models/. */
export const NER_MODEL_FILE = 'ner.bin';

/** A loaded NER model; predict() reuses its buffers, so one instance serves one thread. */
export class NerModel {
  readonly header: ModelHeader;
  readonly pass1: LinearModel;
  readonly pass2: LinearModel | null;
  readonly lexicon: CaseLexicon;
  private readonly table = new TokenTable();
  private readonly evidence = new DocumentEvidence();
  private readonly local = new LocalFeatureCache();
  /**
   * The forms met so far, with their columns and own-feature sums, and the sums of the features
   * of each case context and label combination met (same labels, less work per token).
   */
  private readonly caches: SumCaches;
  private first = new Uint8Array(0);

  /** `header.caseLexicon` holds the case lexicon as written by CaseLexicon.toArray. */
  constructor(header: ModelHeader, pass1: LinearModel, pass2: LinearModel | null) {
    this.header = header;
    this.lexicon = CaseLexicon.fromArray(Array.isArray(header.caseLexicon) ? (header.caseLexicon as number[]) : []);
    this.pass1 = pass1;
    this.pass2 = pass2;
    this.caches = makeSumCaches(pass2 ? [pass1, pass2] : [pass1], this.lexicon);
  }

  /** BILOU label ids for every token of a document (a fresh array). */
  predictLabels(input: NerInput): Uint8Array {
    const table = this.table;
    table.fill(input, this.lexicon, this.caches.forms);
    const n = table.length;
    if (this.first.length < n) this.first = new Uint8Array(Math.max(n, this.first.length * 2));
    const first = this.first.subarray(0, n);
    first.fill(0);
    this.local.fill(table, true);
    sumLocalFeatures(table, this.local, this.caches);
    decode(table, this.pass1, null, first, undefined, this.local, this.caches, 0);
    if (!this.pass2) return first.slice();
    this.evidence.build(table, first);
    const second = new Uint8Array(n);
    decode(table, this.pass2, this.evidence, second, undefined, this.local, this.caches, 1);
    return second;
  }

  /** The typed names (token spans) in a document. */
  predictSpans(input: NerInput): TokenSpan[] {
    return bilouToSpans(this.predictLabels(input));
  }

  /** Encodes the model as a model file. */
  encode(): Uint8Array {
    return encodeModelFile(this.header, this.pass2 ? [this.pass1, this.pass2] : [this.pass1]);
  }

  /** Decodes a model file; one of another kind or feature version gives MODEL_INVALID. */
  static decode(bytes: Uint8Array, name: string): NerModel {
    const { header, models } = decodeModelFile(bytes, name);
    if (header.kind !== 'ner' || header.featureVersion !== FEATURE_VERSION || models.length < 1) {
      throw new DossierError('MODEL_INVALID', 'the NER model file does not match this version of Dossier', {
        file: name,
        expected: `kind "ner", feature version ${FEATURE_VERSION}`,
        found: `kind "${header.kind}", feature version ${header.featureVersion}`,
      });
    }
    const labels = header.labels;
    if (!Array.isArray(labels) || labels.join() !== BILOU_NAMES.join()) {
      throw new DossierError('MODEL_INVALID', 'the NER model file has another label set', { file: name });
    }
    return new NerModel(header, models[0], models[1] ?? null);
  }
}

let shipped: NerModel | undefined;

/** The shipped model (models/ner.bin), loaded on first use; MODEL_INVALID when missing or corrupt. */
export function loadNerModel(): NerModel {
  if (shipped) return shipped;
  const file = modelPath(NER_MODEL_FILE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new DossierError('MODEL_INVALID', 'the NER model file is missing', {
      file: `models/${NER_MODEL_FILE}`,
      expected: 'a model built by `npm run train -- ner`',
      cause,
    });
  }
  shipped = NerModel.decode(bytes, `models/${NER_MODEL_FILE}`);
  return shipped;
}
