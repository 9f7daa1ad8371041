import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaths } from './extract.js';
import { parseOptions, stringOption, type Io } from './io.js';
import { demoDb, ingestAndServe } from './serve.js';

/** The repository root (two levels above dist/src/cli). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** An output file name from an article's origin: the input's base name, plus the record number or line for JSON(L) records. */
export function outputName(origin: string, fallback: string): string {
  const m = /^(.*?)(?:[#:](\d+))?$/.exec(origin);
  const file = m?.[1] ?? '';
  const base = basename(file, extname(file))
    .replace(/[^\w.-]+/g, '_')
    .slice(0, 60);
  if (!base) return fallback;
  return m?.[2] ? `${base}-${m[2]}` : base;
}

/** `dossier demo`: extracts the shipped sample articles to out/ and prints a short summary of each. */
export async function demoCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('demo', argv, { out: { type: 'string' }, serve: { type: 'boolean' } });
  const outDir = stringOption(values, 'out') ?? join(ROOT, 'out');
  const started = performance.now();
  const { articles, origins, errors } = extractPaths([join(ROOT, 'examples', 'articles')]);
  mkdirSync(outDir, { recursive: true });
  let words = 0;
  for (const [i, article] of articles.entries()) {
    const name = outputName(origins[i], `article-${i + 1}`);
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(article, null, 2) + '\n');
    words += article.tokens.length;
    io.out(
      `${article.meta.title ?? name}\n  ${article.meta.published ?? 'undated'} · ${article.sentences.length} sentences · ` +
        `${article.tokens.length} tokens · ${article.entities.length} entities · ${article.times.length} times · ` +
        `${article.quotes.length} quotes · ${article.events.length} events\n`,
    );
  }
  for (const error of errors) io.err(`dossier: ${error.message} [${error.code}]\n`);
  const seconds = (performance.now() - started) / 1000;
  io.out(
    `\n${articles.length} articles, ${words} tokens in ${seconds.toFixed(2)} s; JSON written to ${outDir}\n`,
  );
  // --serve (npm start): store the samples in a corpus and open the web UI on it
  if (values.serve) return ingestAndServe([join(ROOT, 'examples', 'articles')], demoDb(outDir), io);
  return errors.length > 0 ? 1 : 0;
}
