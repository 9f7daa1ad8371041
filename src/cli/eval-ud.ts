import { DossierError } from '../errors/dossier-error.js';
import { readConllu } from '../eval/conllu.js';
import { formatUdScores } from '../eval/ud-eval.js';
import { evaluateUd } from '../eval/ud-predict.js';
import { parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = { conllu: { type: 'string' } } as const;

/** `dossier eval ud --conllu FILE`: UPOS, XPOS, UAS and LAS on the gold file's own words. */
export async function evalUdCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('eval ud', argv, OPTIONS);
  const file = stringOption(values, 'conllu') ?? positionals[0];
  if (!file) {
    throw new DossierError('OPTION_INVALID', 'dossier eval ud needs a CoNLL-U file', {
      expected: '--conllu FILE',
      found: 'no file',
    });
  }
  io.out(formatUdScores(evaluateUd(readConllu(file), file), file));
  return 0;
}
