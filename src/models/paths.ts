import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this module that holds package.json (works from src/ and dist/src/). */
export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return resolve(from, '../..');
    dir = up;
  }
  return dir;
}

/** Path of a shipped model file under models/. */
export function modelPath(name: string): string {
  return join(REPO_ROOT, 'models', name);
}

/** Path under the shared gold data folder (../shared/data beside the repository). */
export function sharedDataPath(...parts: string[]): string {
  return join(REPO_ROOT, '..', 'shared', 'data', ...parts);
}

/** True when the shared gold data folder is present (tests that need it skip otherwise). */
export function hasSharedData(): boolean {
  return existsSync(sharedDataPath());
}
