import { DossierError } from '../errors/dossier-error.js';
import { formatQuoteScores } from '../eval/quotes-eval.js';
import { evaluateQuotesFolder } from '../eval/quotes-predict.js';
import { parseOptions, type Io } from './io.js';

/** `dossier eval quotes DIR`: attribution P/R/F1 per role (exact and overlap) and linked, on DIR/text + DIR/attributions. */
export async function evalQuotesCommand(argv: string[], io: Io): Promise<number> {
  const { positionals } = parseOptions('eval quotes', argv, {});
  const dir = positionals[0];
  if (!dir) {
    throw new DossierError('OPTION_INVALID', 'dossier eval quotes needs a gold folder', {
      expected: 'DIR holding text/*.txt and attributions/*.ann',
      found: 'no folder',
    });
  }
  io.out(formatQuoteScores(evaluateQuotesFolder(dir)));
  return 0;
}
