import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

/**
 * For tests: a maker of fresh temporary folders named `dossier-<name>-…`, every one of them removed
 * when the calling test file's tests are over. Call it at the top level of a test file (the removal
 * is a node:test `after` hook of that file).
 */
export function tempDirs(name: string): () => string {
  const made: string[] = [];
  after(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `dossier-${name}-`));
    made.push(dir);
    return dir;
  };
}
