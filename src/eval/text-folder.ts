import { readdirSync } from 'node:fs';
import { DossierError } from '../errors/dossier-error.js';

/** The `*.txt` file names of a folder, sorted (the input of the text-folder predict commands). */
export function textFilesOf(textDir: string): string[] {
  try {
    return readdirSync(textDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  } catch (cause) {
    throw new DossierError('FILE_NOT_FOUND', 'cannot read the text folder', { file: textDir, cause });
  }
}
