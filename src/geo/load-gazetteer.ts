import { readFileSync } from 'node:fs';
import { DossierError } from '../errors/dossier-error.js';
import { modelPath } from '../models/paths.js';
import type { Gazetteer } from './gazetteer.js';
import { decodeGazetteer } from './gazetteer-file.js';

/** The shipped gazetteer's file name under models/. */
export const GAZETTEER_FILE = 'gazetteer.bin';

let shipped: Gazetteer | undefined;

/** The shipped gazetteer (models/gazetteer.bin), read on first use; MODEL_INVALID when missing or corrupt. */
export function loadGazetteer(): Gazetteer {
  if (shipped) return shipped;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(modelPath(GAZETTEER_FILE));
  } catch (cause) {
    throw new DossierError('MODEL_INVALID', 'the gazetteer file is missing', {
      file: `models/${GAZETTEER_FILE}`,
      expected: 'a gazetteer built by `npm run train -- gazetteer`',
      cause,
    });
  }
  shipped = decodeGazetteer(bytes, `models/${GAZETTEER_FILE}`);
  return shipped;
}
