import { DossierError } from '../errors/dossier-error.js';
import { readConllu } from '../eval/conllu.js';
import { evaluateCoref, formatCorefReport } from '../eval/coref-eval.js';
import { parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = { conllu: { type: 'string' } } as const;

/** `dossier eval coref --conllu FILE`: CoNLL-2012 coreference scores against GUM's Entity= clusters. */
export async function evalCorefCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('eval coref', argv, OPTIONS);
  const file = stringOption(values, 'conllu') ?? positionals[0];
  if (!file) {
    throw new DossierError(
      'OPTION_INVALID',
      'dossier eval coref needs a CoNLL-U file with Entity= annotations',
      {
        expected: '--conllu FILE',
        found: 'no file',
      },
    );
  }
  io.out(formatCorefReport(evaluateCoref(readConllu(file), file), file));
  return 0;
}
