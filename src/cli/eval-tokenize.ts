import { DossierError } from '../errors/dossier-error.js';
import { readConllu } from '../eval/conllu.js';
import { evaluateTokenizer, type Prf, type SpanError } from '../eval/tokenize-eval.js';
import { parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = {
  conllu: { type: 'string' },
  errors: { type: 'string' },
} as const;

function line(name: string, p: Prf): string {
  const pct = (x: number): string => x.toFixed(2).padStart(6);
  return `${name.padEnd(10)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (gold ${p.gold}, system ${p.system}, matched ${p.matched})\n`;
}

function errorLines(title: string, errors: SpanError[]): string {
  if (errors.length === 0) return '';
  const rows = errors.map(
    (e) => `  ${e.kind.padEnd(8)} ${JSON.stringify(e.text.slice(0, 60))}  …${e.context}…`,
  );
  return `\n${title}:\n${rows.join('\n')}\n`;
}

/** `dossier eval tokenize --conllu FILE`: token and sentence-boundary P/R/F1 against UD gold. */
export async function evalTokenizeCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('eval tokenize', argv, OPTIONS);
  const file = stringOption(values, 'conllu') ?? positionals[0];
  if (!file) {
    throw new DossierError('OPTION_INVALID', 'dossier eval tokenize needs a CoNLL-U file', {
      expected: '--conllu FILE',
      found: 'no file',
    });
  }
  const limitText = stringOption(values, 'errors') ?? '0';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 0) {
    throw new DossierError('OPTION_INVALID', `--errors "${limitText}" is not a count`, {
      expected: 'a whole number',
      found: limitText,
    });
  }
  const result = evaluateTokenizer(readConllu(file), file, limit);
  io.out(
    `${file}: ${result.documents} documents, ${result.paragraphs} paragraphs ` +
      `(sentences of a paragraph joined by a space, paragraphs by a blank line)\n`,
  );
  io.out(line('tokens', result.tokens));
  io.out(line('sentences', result.sentences));
  io.out(errorLines('token disagreements', result.tokenErrors));
  io.out(errorLines('sentence disagreements', result.sentenceErrors));
  io.out(
    `tokenize: token F1 ${result.tokens.f1.toFixed(2)}, sentence F1 ${result.sentences.f1.toFixed(2)}\n`,
  );
  return 0;
}
