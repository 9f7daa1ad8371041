import { readFileSync } from 'node:fs';
import { modelPath } from '../paths.js';
import { BoundaryModel } from './boundary-model.js';

/** File name of the shipped sentence boundary model under models/. */
export const SENTENCES_FILE = 'sentences.bin';

/** undefined: not loaded yet; null: none (the rules alone split). */
let shipped: BoundaryModel | null | undefined;

/**
 * The sentence boundary model the splitter uses: models/sentences.bin, read once per process on
 * first use. Without the file the splitter falls back to its rules alone (a corrupt file is
 * MODEL_INVALID). Where no file system is at hand, give the model with useSentenceModel.
 */
export function sentenceModel(): BoundaryModel | null {
  if (shipped !== undefined) return shipped;
  const file = modelPath(SENTENCES_FILE);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    shipped = null;
    return shipped;
  }
  shipped = BoundaryModel.decode(bytes, file);
  return shipped;
}

/** Sets the model the splitter uses (null: the rules alone), e.g. one decoded from fetched bytes. */
export function useSentenceModel(model: BoundaryModel | null): void {
  shipped = model;
}
