import { writeFileSync } from 'node:fs';
import { toContract, type ArticleJson } from '../doc/contract.js';
import { DossierError } from '../errors/dossier-error.js';
import { analyse } from '../pipeline/pipeline.js';
import { readPaths, type ReadOptions } from '../read/read-path.js';
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

/** Reads and analyses every article under the paths (silent: errors are returned, not printed). */
export function extractPaths(paths: string[], options: ReadOptions = {}): ExtractResult {
  const articles: ArticleJson[] = [];
  const origins: string[] = [];
  const errors: DossierError[] = [];
  for (const result of readPaths(paths, options)) {
    if ('error' in result) errors.push(result.error);
    else {
      articles.push(toContract(analyse(result.article)));
      origins.push(result.article.origin ?? '');
    }
  }
  return { articles, origins, errors };
}

/** `dossier extract`: writes contract-v1 JSON (or JSONL, or a readable view) for each article. */
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
  const { articles, errors } = extractPaths(positionals, {
    meta,
    encoding: stringOption(values, 'encoding'),
  });
  for (const error of errors) io.err(`dossier: ${error.message} [${error.code}]\n`);
  let body: string;
  if (format === 'jsonl') body = articles.map((a) => JSON.stringify(a) + '\n').join('');
  else if (format === 'pretty')
    body = articles.map((a) => formatPretty(a, io.isTTY && !values.output)).join('\n');
  else body = JSON.stringify(articles.length === 1 ? articles[0] : articles, null, 2) + '\n';
  const output = stringOption(values, 'output');
  if (output) {
    try {
      writeFileSync(output, body);
    } catch (cause) {
      throw new DossierError('OPTION_INVALID', 'cannot write the output file', { file: output, cause });
    }
  } else if (articles.length > 0) io.out(body);
  return errors.length > 0 ? 1 : 0;
}
