import { readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, extname, isAbsolute, join, normalize, sep } from 'node:path';
import type { Article, ArticleMeta } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { DEFAULT_MAX_BYTES, decodeText, type DecodeOptions } from './decode-text.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonl } from './read-json.js';
import { readJsonlFile } from './read-jsonl-file.js';
import { readText } from './read-text.js';
import { readFeed } from './read-feed.js';
import { readWarcFile } from './read-warc.js';

/** Options for reading articles from files. */
export interface ReadOptions extends DecodeOptions {
  /** Metadata that overrides what the file says. */
  meta?: Partial<ArticleMeta>;
}

/** One outcome of reading: an article, or a coded error for one file (or one record) that was skipped. */
export type ReadResult = { article: Article } | { error: DossierError };

/** A reader: decoded text of one file in, one result per article (or bad record) out. */
export type Reader = (text: string, file: string, options: ReadOptions) => ReadResult[];

/** The reader for each file extension; files with other extensions are read as plain text. */
const READERS: Record<string, Reader> = {
  '.txt': (text, file, options) => [{ article: readText(text, file, options.meta) }],
  '.text': (text, file, options) => [{ article: readText(text, file, options.meta) }],
  '.html': (text, file, options) => [{ article: readHtml(text, file, options.meta) }],
  '.htm': (text, file, options) => [{ article: readHtml(text, file, options.meta) }],
  '.xhtml': (text, file, options) => [{ article: readHtml(text, file, options.meta) }],
  '.json': (text, file, options) => readJson(text, file, options.meta, textFileReader(file, options)),
  '.jsonl': (text, file, options) => readJsonl(text, file, options.meta),
  '.ndjson': (text, file, options) => readJsonl(text, file, options.meta),
  '.rss': (text, file, options) => readFeed(text, file, options),
  '.atom': (text, file, options) => readFeed(text, file, options),
  '.xml': (text, file, options) => readFeed(text, file, options),
};

/** A reader that opens the file itself: binary or very large formats, read as a stream. */
export type FileReader = (file: string, options: ReadOptions) => Iterable<ReadResult>;

/** File readers by name ending (".warc.gz" is matched whole, before ".gz" could be). */
const FILE_READERS: [suffix: string, reader: FileReader][] = [
  ['.warc', readWarcFile],
  ['.warc.gz', readWarcFile],
];

/** The file reader for a file name, if one is registered for its ending. */
function fileReaderFor(name: string): FileReader | undefined {
  const lower = name.toLowerCase();
  return FILE_READERS.find(([suffix]) => lower.endsWith(suffix))?.[1];
}

/** Files that declare their own charset: HTML pages (<meta charset>) and feeds (<?xml encoding?>). */
const HTML = new Set(['.html', '.htm', '.xhtml']);
const DECLARING = new Set([...HTML, '.rss', '.atom', '.xml']);

/** The charset a page or feed declares in its first bytes (<?xml encoding>; for HTML also <meta charset> or http-equiv), if any. */
function declaredCharset(bytes: Uint8Array, xml: boolean): string | undefined {
  // a UTF-8 byte order mark outranks any declaration (WHATWG encoding sniffing)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label =
    /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    (xml ? undefined : /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]);
  if (!label) return undefined;
  try {
    // a page whose bytes could be read as ASCII to find this label is not UTF-16: WHATWG reads it as UTF-8
    return new TextDecoder(label).encoding.startsWith('utf-16') ? undefined : label;
  } catch {
    return undefined;
  }
}

/**
 * Reads the text file a JSON metadata record names in `textFile` (as the seed article does): a
 * relative path inside the JSON file's folder, decoded and checked like any article file.
 */
function textFileReader(file: string, options: ReadOptions): (name: string) => string {
  return (name) => {
    const relative = normalize(name);
    if (isAbsolute(relative) || relative === '..' || relative.startsWith(`..${sep}`)) {
      throw new DossierError('RECORD_INVALID', 'the record\'s "textFile" leaves its folder', {
        file,
        expected: 'a path relative to the JSON file, inside its folder',
        found: name,
      });
    }
    const path = join(dirname(file), relative);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (cause) {
      throw new DossierError('FILE_NOT_FOUND', 'cannot read the text file the record names', {
        file: path,
        found: `"textFile": ${JSON.stringify(name)} in ${file}`,
        cause,
      });
    }
    return decodeText(bytes, path, options);
  };
}

/** The text files that the JSON metadata files of one folder name in `textFile` (read with them, not alone). */
function namedTextFiles(dir: string, names: string[]): Set<string> {
  const named = new Set<string>();
  for (const name of names) {
    if (extname(name).toLowerCase() !== '.json') continue;
    try {
      const full = join(dir, name);
      if (statSync(full).size > 1_000_000) continue;
      const text = readFileSync(full, 'utf8');
      if (!text.includes('"textFile"')) continue;
      const value: unknown = JSON.parse(text);
      for (const record of Array.isArray(value) ? value : [value]) {
        const textFile = (record as { textFile?: unknown } | null)?.textFile;
        if (typeof textFile === 'string') named.add(normalize(join(dir, textFile)));
      }
    } catch {
      // a JSON file that does not parse is reported when it is read
    }
  }
  return named;
}

/** File extensions the readers understand (used when walking folders). */
export function knownExtensions(): string[] {
  return Object.keys(READERS);
}

/** Registers a reader for a file extension (the HTML and JSON readers add themselves here). */
export function registerReader(ext: string, reader: Reader): void {
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
  listFolder(path, new Set(), new Set(), out);
  return out;
}

/**
 * Adds the known files of a folder to `out`, recursively. A folder reached again through a link
 * (a loop, or a second link to it) is read once; a dangling link with a known extension is listed
 * so that reading it reports FILE_NOT_FOUND; a subfolder that cannot be opened is passed over.
 */
function listFolder(path: string, seen: Set<string>, named: Set<string>, out: string[]): void {
  const root = seen.size === 0;
  let names: string[];
  try {
    const real = realpathSync(path);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(path).sort();
  } catch (cause) {
    if (root) throw new DossierError('FILE_NOT_FOUND', 'cannot read the folder', { file: path, cause });
    return;
  }
  // a JSON file may name a text file in a subfolder: it is read with its JSON, not again alone
  for (const file of namedTextFiles(path, names)) named.add(file);
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(path, name);
    if (named.has(normalize(full))) continue;
    const known = Boolean(READERS[extname(name).toLowerCase()] || fileReaderFor(name));
    let isDirectory: boolean;
    try {
      isDirectory = statSync(full).isDirectory();
    } catch {
      if (known) out.push(full);
      continue;
    }
    if (isDirectory) listFolder(full, seen, named, out);
    else if (known) out.push(full);
  }
}

/** Extensions read line by line (the size limit applies to each record, not to the file). */
const STREAMED = new Set(['.jsonl', '.ndjson']);

/**
 * Reads one file into articles, lazily; a file that cannot be read yields one error result, never
 * a throw. The size is checked before reading, so a huge file is refused without loading it.
 */
export function* readFileResults(file: string, options: ReadOptions = {}): Generator<ReadResult> {
  try {
    let stat: Stats;
    try {
      stat = statSync(file);
    } catch (cause) {
      throw new DossierError('FILE_NOT_FOUND', 'no such file', { file, cause });
    }
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const ext = extname(file).toLowerCase();
    const fileReader = fileReaderFor(file);
    if (fileReader && stat.isFile()) {
      yield* fileReader(file, options);
      return;
    }
    if (STREAMED.has(ext) && stat.isFile()) {
      if (stat.size === 0)
        throw new DossierError('FILE_EMPTY', 'the file is empty', { file, expected: 'JSONL records' });
      yield* readJsonlFile(file, { encoding: options.encoding, maxBytes, meta: options.meta });
      return;
    }
    if (stat.size > maxBytes) {
      throw new DossierError('FILE_TOO_LARGE', 'the file is too large to read as one article', {
        file,
        expected: `at most ${maxBytes} bytes`,
        found: `${stat.size} bytes`,
      });
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (cause) {
      throw new DossierError('FILE_NOT_FOUND', 'cannot read the file', { file, cause });
    }
    // an HTML page or a feed that declares its charset is decoded with it unless the caller says otherwise
    const encoding =
      options.encoding ?? (DECLARING.has(ext) ? declaredCharset(bytes, !HTML.has(ext)) : undefined);
    const text = decodeText(bytes, file, { ...options, encoding });
    const reader = READERS[ext] ?? READERS['.txt'];
    yield* reader(text, file, options);
  } catch (error) {
    if (error instanceof DossierError) yield { error };
    else throw error;
  }
}

/** Reads one file into articles (all at once); see readFileResults. */
export function readFile(file: string, options: ReadOptions = {}): ReadResult[] {
  return [...readFileResults(file, options)];
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
    for (const file of files) yield* readFileResults(file, options);
  }
}
