import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaths } from './extract.js';
import { parseOptions, stringOption, type Io } from './io.js';

/** The repository root (two levels above dist/src/cli). */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `dossier demo`: extracts the shipped sample articles to out/ and prints a short summary of each. */
export async function demoCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('demo', argv, { out: { type: 'string' } });
  const outDir = stringOption(values, 'out') ?? join(ROOT, 'out');
  const started = performance.now();
  const { articles, errors } = extractPaths([join(ROOT, 'examples', 'articles')]);
  mkdirSync(outDir, { recursive: true });
  let words = 0;
  for (const article of articles) {
    const origin = article.meta.url ?? article.meta.title ?? 'article';
    const name =
      basename(origin)
        .replace(/[^\w.-]+/g, '_')
        .slice(0, 60) || 'article';
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
  return errors.length > 0 ? 1 : 0;
}
