import { existsSync, readFileSync } from 'node:fs';
import { DossierError } from '../../errors/dossier-error.js';
import { loadClusters, type WordClusters } from '../../models/clusters/word-clusters.js';
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

/**
 * Encodes the two taggers as one model file, with the checksum of the word classes their features
 * read (by default the shipped models/clusters.bin), so that a rebuilt table cannot silently feed
 * them other classes.
 */
export function encodeQuotesModel(
  header: Omit<ModelHeader, 'kind' | 'featureVersion'>,
  cue: LinearModel,
  role: LinearModel,
  clusters: WordClusters = loadClusters(),
): Uint8Array {
  return encodeModelFile(
    { ...header, kind: 'quotes', featureVersion: FEATURE_VERSION, clusters: clusters.checksum },
    [cue, role],
  );
}

/**
 * Decodes a quotes model file; MODEL_INVALID when it is corrupt, of another kind or of other
 * features, or trained with other word classes than `clusters` (by default the shipped table).
 */
export function decodeQuotesModel(
  bytes: Uint8Array,
  name: string,
  clusters: WordClusters = loadClusters(),
): QuotesModel {
  const { header, models } = decodeModelFile(bytes, name);
  if (header.kind !== 'quotes' || header.featureVersion !== FEATURE_VERSION || models.length !== 2) {
    throw new DossierError('MODEL_INVALID', 'not a quotes model of this version', {
      file: name,
      expected: `kind quotes, feature version ${FEATURE_VERSION}`,
      found: `kind ${header.kind}, feature version ${header.featureVersion}`,
    });
  }
  if (header.clusters !== clusters.checksum) {
    throw new DossierError(
      'MODEL_INVALID',
      'the quotes model was trained with other word classes (retrain it: npm run train -- quotes)',
      {
        file: name,
        expected: `word classes with checksum ${clusters.checksum} (models/clusters.bin)`,
        found:
          header.clusters === undefined ? 'no word-class checksum' : `checksum ${String(header.clusters)}`,
      },
    );
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
