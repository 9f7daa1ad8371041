import { DossierError } from '../../errors/dossier-error.js';
import type { TokenOffsets } from '../../text/token-buffer.js';
import type { LinearModel } from '../linear-model.js';
import { decodeModelFile, encodeModelFile } from '../model-file.js';
import { BOUNDARY_FEATURE_VERSION, MAX_BOUNDARY_FEATURES, boundaryFeatures } from './boundary-features.js';

/** The kind recorded in a sentence boundary model file. */
export const BOUNDARY_KIND = 'sentences';

/** Facts about a trained boundary model, kept in its model file's header. */
export interface BoundaryInfo {
  trainedOn: string;
  epochs: number;
  seed: number;
  /** How many models, trained with seeds seed, seed + 1, ..., were averaged (absent: one). */
  members?: number;
  [key: string]: unknown;
}

/**
 * A binary averaged-perceptron classifier over the splitter's candidate boundaries: class 1 is
 * "a sentence starts at token i", class 0 "it goes on"; a tie goes on. Buffers are reused
 * between calls: one BoundaryModel is not re-entrant.
 */
export class BoundaryModel {
  readonly model: LinearModel;
  readonly info: BoundaryInfo;
  private readonly features = new Uint32Array(MAX_BOUNDARY_FEATURES);
  private readonly scores = new Int32Array(2);

  constructor(model: LinearModel, info: BoundaryInfo) {
    this.model = model;
    this.info = info;
  }

  /** Whether a sentence starts at token i (see BoundaryDecider in sentence-splitter.ts). */
  ends(text: string, tokens: TokenOffsets, i: number, rule: boolean, breaks: number, sentenceStart: number): boolean {
    const count = boundaryFeatures(text, tokens, i, rule, breaks, sentenceStart, this.features);
    const scores = this.model.scoreRaw(this.features, count, this.scores);
    return scores[1] > scores[0];
  }

  /** The model file's bytes. */
  encode(): Uint8Array {
    return encodeModelFile({ ...this.info, kind: BOUNDARY_KIND, featureVersion: BOUNDARY_FEATURE_VERSION }, [this.model]);
  }

  /** Reads a model file's bytes (no file access: works wherever the bytes come from). */
  static decode(bytes: Uint8Array, name: string): BoundaryModel {
    const { header, models } = decodeModelFile(bytes, name);
    if (header.kind !== BOUNDARY_KIND || header.featureVersion !== BOUNDARY_FEATURE_VERSION || models.length !== 1) {
      throw new DossierError('MODEL_INVALID', 'not a sentence boundary model of this version', {
        file: name,
        expected: `kind "${BOUNDARY_KIND}", feature version ${BOUNDARY_FEATURE_VERSION}`,
        found: `kind "${header.kind}", feature version ${header.featureVersion}`,
      });
    }
    const info = header as unknown as BoundaryInfo;
    const kept: BoundaryInfo = { trainedOn: info.trainedOn, epochs: info.epochs, seed: info.seed };
    if (typeof info.members === 'number') kept.members = info.members;
    return new BoundaryModel(models[0], kept);
  }
}
