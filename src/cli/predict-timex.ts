import { DossierError } from '../errors/dossier-error.js';
import { predictTimexDir } from '../eval/timex-predict.js';
import { parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = { timeml: { type: 'string' }, out: { type: 'string' } } as const;

/** `dossier predict timex --timeml DIR --out DIR`: one TIMEX3-tagged .tml per TempEval-3 input file. */
export async function predictTimexCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('predict timex', argv, OPTIONS);
  const input = stringOption(values, 'timeml');
  const output = stringOption(values, 'out');
  if (!input || !output) {
    throw new DossierError('OPTION_INVALID', 'dossier predict timex needs an input and an output folder', {
      expected: '--timeml DIR --out DIR',
      found: input ? 'no --out' : 'no --timeml',
    });
  }
  const { files, timexes } = predictTimexDir(input, output);
  io.err(`predict timex: ${files} files, ${timexes} TIMEX3 written to ${output}\n`);
  return 0;
}
