import { existsSync, readFileSync } from 'node:fs';
import { DossierError } from '../../errors/dossier-error.js';
import type { LinearModel } from '../../models/linear-model.js';
import { decodeModelFile, encodeModelFile, type ModelHeader } from '../../models/model-file.js';
import { modelPath } from '../../models/paths.js';
import { lexiconOfPairs, type CueLexicon } from './cue-lexicon.js';
import { FEATURE_VERSION } from './features.js';

/** The shipped attribution model: a cue tagger, a source/content tagger and the cue lexicon (header `cueLexicon`). */
export interface QuotesModel {
  header: ModelHeader;
  cue: LinearModel;
  role: LinearModel;
  lexicon: CueLexicon;
}

/** The model file name under models/. */
export const QUOTES_MODEL_FILE = 'quotes.bin';

/** Encodes the two taggers as one model file. */
export function encodeQuotesModel(
  header: Omit<ModelHeader, 'kind' | 'featureVersion'>,
  cue: LinearModel,
  role: LinearModel,
): Uint8Array {
  return encodeModelFile({ ...header, kind: 'quotes', featureVersion: FEATURE_VERSION }, [cue, role]);
}

/** Decodes a quotes model file; MODEL_INVALID when it is corrupt, of another kind or of other features. */
export function decodeQuotesModel(bytes: Uint8Array, name: string): QuotesModel {
  const { header, models } = decodeModelFile(bytes, name);
  if (header.kind !== 'quotes' || header.featureVersion !== FEATURE_VERSION || models.length !== 2) {
    throw new DossierError('MODEL_INVALID', 'not a quotes model of this version', {
      file: name,
      expected: `kind quotes, feature version ${FEATURE_VERSION}`,
      found: `kind ${header.kind}, feature version ${header.featureVersion}`,
    });
  }
  return { header, cue: models[0], role: models[1], lexicon: lexiconOfPairs(header.cueLexicon) };
}

let cached: { path: string; model: QuotesModel | null } | null = null;

/** Loads models/quotes.bin once per process; null when the file is absent (the extractor then finds nothing). */
export function loadQuotesModel(path: string = modelPath(QUOTES_MODEL_FILE)): QuotesModel | null {
  if (cached && cached.path === path) return cached.model;
  const model = existsSync(path) ? decodeQuotesModel(new Uint8Array(readFileSync(path)), path) : null;
  cached = { path, model };
  return model;
}
