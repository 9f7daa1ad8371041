import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Article, ArticleMeta } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { decodeText, type DecodeOptions } from './decode-text.js';
import { readText } from './read-text.js';

/** Options for reading articles from files. */
export interface ReadOptions extends DecodeOptions {
  /** Metadata that overrides what the file says. */
  meta?: Partial<ArticleMeta>;
}

/** One outcome of reading: an article, or a coded error for one file (or one record) that was skipped. */
export type ReadResult = { article: Article } | { error: DossierError };

const READERS: Record<string, (text: string, file: string, options: ReadOptions) => ReadResult[]> = {
  '.txt': (text, file, options) => [{ article: readText(text, file, options.meta) }],
};

/** File extensions the readers understand (used when walking folders). */
export function knownExtensions(): string[] {
  return Object.keys(READERS);
}

/** Registers a reader for a file extension (the HTML and JSON readers add themselves here). */
export function registerReader(
  ext: string,
  reader: (text: string, file: string, options: ReadOptions) => ReadResult[],
): void {
  READERS[ext] = reader;
}

/** Lists the article files under a path: the file itself, or every known file in a folder, recursively, sorted. */
export function listFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch (cause) {
    throw new DossierError('FILE_NOT_FOUND', 'no such file or folder', { file: path, cause });
  }
  if (!stat.isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(path, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else if (READERS[extname(name).toLowerCase()]) out.push(full);
  }
  return out;
}

/** Reads one file into articles; a file that cannot be read yields one error result, never a throw. */
export function readFile(file: string, options: ReadOptions = {}): ReadResult[] {
  try {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (cause) {
      throw new DossierError('FILE_NOT_FOUND', 'cannot read the file', { file, cause });
    }
    const text = decodeText(bytes, file, options);
    const reader = READERS[extname(file).toLowerCase()] ?? READERS['.txt'];
    return reader(text, file, options);
  } catch (error) {
    if (error instanceof DossierError) return [{ error }];
    throw error;
  }
}

/** Reads every article under the given paths (files or folders). */
export function* readPaths(paths: string[], options: ReadOptions = {}): Generator<ReadResult> {
  for (const path of paths) {
    let files: string[];
    try {
      files = listFiles(path);
    } catch (error) {
      if (error instanceof DossierError) {
        yield { error };
        continue;
      }
      throw error;
    }
    for (const file of files) yield* readFile(file, options);
  }
}
