import { writeFileSync } from 'node:fs';
import { DossierError } from '../errors/dossier-error.js';
import { predictNerConll } from '../eval/ner-predict.js';
import { parseOptions, stringOption, type Io } from './io.js';
import { readDataFile } from '../read/decode-text.js';

const OPTIONS = { conll: { type: 'string' }, output: { type: 'string', short: 'o' } } as const;

/** Reads a CoNLL-2003 file named by --conll (or the first positional argument). */
export function readConllOption(
  command: string,
  argv: string[],
): { file: string; content: string; output?: string } {
  const { values, positionals } = parseOptions(command, argv, OPTIONS);
  const file = stringOption(values, 'conll') ?? positionals[0];
  if (!file) {
    throw new DossierError('OPTION_INVALID', `dossier ${command} needs a CoNLL-2003 file`, {
      expected: '--conll FILE',
      found: 'no file',
    });
  }
  return { file, content: readDataFile(file, 'CoNLL-2003 file'), output: stringOption(values, 'output') };
}

/** `dossier predict ner --conll FILE [-o OUT]`: the same lines, each token line with a predicted IOB2 tag added. */
export async function predictNerCommand(argv: string[], io: Io): Promise<number> {
  const { file, content, output } = readConllOption('predict ner', argv);
  const body = predictNerConll(content, file);
  if (!output) {
    io.out(body);
    return 0;
  }
  try {
    writeFileSync(output, body);
  } catch (cause) {
    throw new DossierError('OPTION_INVALID', 'cannot write the output file', { file: output, cause });
  }
  return 0;
}
