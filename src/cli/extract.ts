import {
  closeSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { toContract, type ArticleJson } from '../doc/contract.js';
import { DossierError } from '../errors/dossier-error.js';
import { analyse } from '../pipeline/pipeline.js';
import { readPaths, type ReadOptions, type ReadResult } from '../read/read-path.js';
import { choiceOption, dateOption, parseOptions, stringOption, type Io } from './io.js';
import { formatPretty } from './pretty.js';

const OPTIONS = {
  format: { type: 'string' },
  published: { type: 'string' },
  title: { type: 'string' },
  url: { type: 'string' },
  outlet: { type: 'string' },
  encoding: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

/** Result of extracting a set of paths: the articles and the files that failed. */
export interface ExtractResult {
  articles: ArticleJson[];
  /** Where each article came from (`file`, `file#N` for the Nth record of a JSON array, `file:LINE` in JSONL), parallel to `articles`. */
  origins: string[];
  errors: DossierError[];
}

/** One outcome of extraction: an analysed article with its origin, or a coded error for a skipped input. */
export type ExtractItem = { article: ArticleJson; origin: string } | { error: DossierError };

/** Analyses read results one at a time, lazily: nothing is kept once it has been yielded. */
export function* extractResults(results: Iterable<ReadResult>): Generator<ExtractItem> {
  for (const result of results) {
    if ('error' in result) yield result;
    else yield { article: toContract(analyse(result.article)), origin: result.article.origin ?? '' };
  }
}

/** Reads and analyses every article under the paths, collected (silent: errors are returned, not printed). For small sets; `dossier extract` streams instead. */
export function extractPaths(paths: string[], options: ReadOptions = {}): ExtractResult {
  const articles: ArticleJson[] = [];
  const origins: string[] = [];
  const errors: DossierError[] = [];
  for (const item of extractResults(readPaths(paths, options))) {
    if ('error' in item) errors.push(item.error);
    else {
      articles.push(item.article);
      origins.push(item.origin);
    }
  }
  return { articles, origins, errors };
}

/** What a stream of extraction wrote: counts only, so memory does not grow with the input. */
export interface ExtractCounts {
  articles: number;
  errors: number;
}

/** Where `streamExtract` writes: results as they are done, messages as they happen. */
export interface ExtractSink {
  out(text: string): void;
  err(text: string): void;
  /** Waits while the output is backed up (optional). */
  drain?(): Promise<void>;
}

/** Indents every line of a JSON text by two spaces, as `JSON.stringify(array, null, 2)` does its items. */
function indent(json: string): string {
  return '  ' + json.replace(/\n/g, '\n  ');
}

/**
 * Analyses and writes one article at a time: each result is written as soon as it is done and each
 * bad input reported as soon as it is met, so memory stays flat however large the input. The
 * output is byte for byte what writing the collected list would give: `jsonl` one line per
 * article, `pretty` views separated by a blank line, and `json` one object for a single article
 * or a pretty-printed array (the first article is held back until a second shows which).
 * `emptyJson` is written when `json` meets no article at all (an output file gets `[]`).
 */
export async function streamExtract(
  results: Iterable<ReadResult> | AsyncIterable<ReadResult>,
  format: 'json' | 'jsonl' | 'pretty',
  sink: ExtractSink,
  options: { colour?: boolean; emptyJson?: string } = {},
): Promise<ExtractCounts> {
  const counts: ExtractCounts = { articles: 0, errors: 0 };
  let held: string | undefined;
  for await (const result of results) {
    if ('error' in result) {
      counts.errors++;
      sink.err(`dossier: ${result.error.message} [${result.error.code}]\n`);
      continue;
    }
    const article = toContract(analyse(result.article));
    const n = ++counts.articles;
    if (format === 'jsonl') sink.out(JSON.stringify(article) + '\n');
    else if (format === 'pretty')
      sink.out((n > 1 ? '\n' : '') + formatPretty(article, options.colour ?? false));
    else {
      const json = JSON.stringify(article, null, 2);
      if (n === 1) held = json;
      else {
        sink.out((n === 2 ? '[\n' + indent(held ?? '') : '') + ',\n' + indent(json));
        held = undefined;
      }
    }
    if (sink.drain) await sink.drain();
  }
  if (format === 'json') {
    if (counts.articles === 1) sink.out((held ?? '') + '\n');
    else if (counts.articles > 1) sink.out('\n]\n');
    else if (options.emptyJson) sink.out(options.emptyJson);
  }
  return counts;
}

/** `dossier extract`: writes contract-v1 JSON (or JSONL, or a readable view) for each article, as each is done. */
export async function extractCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('extract', argv, OPTIONS);
  const format = choiceOption(values, 'format', ['json', 'jsonl', 'pretty'] as const, 'json');
  if (positionals.length === 0) {
    throw new DossierError('OPTION_INVALID', 'dossier extract: no input given', {
      expected: 'one or more files or folders',
    });
  }
  const meta = {
    ...(dateOption(values, 'published') ? { published: dateOption(values, 'published') } : {}),
    ...(stringOption(values, 'title') ? { title: stringOption(values, 'title') } : {}),
    ...(stringOption(values, 'url') ? { url: stringOption(values, 'url') } : {}),
    ...(stringOption(values, 'outlet') ? { outlet: stringOption(values, 'outlet') } : {}),
  };
  const results = readPaths(positionals, { meta, encoding: stringOption(values, 'encoding') });
  const output = stringOption(values, 'output');
  if (!output) {
    const counts = await streamExtract(results, format, io, { colour: io.isTTY });
    return counts.errors > 0 ? 1 : 0;
  }
  const target = openOutput(output);
  try {
    const counts = await streamExtract(
      results,
      format,
      { out: (text) => target.write(text), err: (text) => io.err(text) },
      { emptyJson: '[]\n' },
    );
    target.finish();
    return counts.errors > 0 ? 1 : 0;
  } finally {
    target.close();
  }
}

/** An output file written as results come. */
interface OutputFile {
  write(text: string): void;
  /** Puts the finished file in place. */
  finish(): void;
  /** Releases the file (and removes an unfinished one). */
  close(): void;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Opens `-o FILE` for streaming. A regular file is written beside its place under a hidden name
 * (which the folder reader skips, so an output inside an input folder is never read back half
 * written) and renamed over it when done; a device or pipe (`/dev/stdout`) is written directly.
 */
function openOutput(output: string): OutputFile {
  const fail = (cause: unknown) =>
    new DossierError('OPTION_INVALID', 'cannot write the output file', { file: output, cause });
  let place = output;
  let direct = false;
  try {
    direct = !statSync(output).isFile();
    if (!direct) place = realpathSync(output); // a link is written through, as before
  } catch {
    // a new file, or a link to one: a link is written through (a dangling one too)
    direct = isLink(output);
  }
  const path = direct ? place : join(dirname(place), `.${basename(place)}.${process.pid}.partial`);
  let opened: number;
  try {
    opened = openSync(path, 'w');
  } catch (cause) {
    throw fail(cause);
  }
  const fd = opened;
  let open = true;
  let done = direct;
  return {
    write(text) {
      try {
        writeSync(fd, text);
      } catch (cause) {
        throw fail(cause);
      }
    },
    finish() {
      closeSync(fd);
      open = false;
      if (done) return;
      try {
        renameSync(path, place);
        done = true;
      } catch (cause) {
        throw fail(cause);
      }
    },
    close() {
      if (open) closeSync(fd);
      if (!done) rmSync(path, { force: true });
    },
  };
}
