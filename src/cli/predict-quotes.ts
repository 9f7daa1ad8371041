import { DossierError } from '../errors/dossier-error.js';
import { predictQuotesFolder } from '../eval/quotes-predict.js';
import { parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = { text: { type: 'string' }, out: { type: 'string' } } as const;

/** `dossier predict quotes --text DIR --out DIR`: one brat .ann of attributions per .txt article. */
export async function predictQuotesCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('predict quotes', argv, OPTIONS);
  const text = stringOption(values, 'text');
  const out = stringOption(values, 'out');
  if (!text || !out) {
    throw new DossierError(
      'OPTION_INVALID',
      'dossier predict quotes needs a text folder and an output folder',
      {
        expected: '--text DIR --out DIR',
        found: text ? 'no --out' : 'no --text',
      },
    );
  }
  const count = predictQuotesFolder(text, out);
  io.err(`wrote ${count} .ann files to ${out}\n`);
  return 0;
}
