import { writeFileSync } from 'node:fs';
import { DossierError } from '../errors/dossier-error.js';
import { predictUdText } from '../eval/ud-predict.js';
import { parseOptions, stringOption, type Io } from './io.js';
import { readDataFile } from '../read/decode-text.js';

const OPTIONS = { conllu: { type: 'string' }, output: { type: 'string', short: 'o' } } as const;

/** `dossier predict ud --conllu FILE [-o OUT]`: the file with UPOS and XPOS (HEAD, DEPREL once parsed) predicted from FORM. */
export async function predictUdCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('predict ud', argv, OPTIONS);
  const file = stringOption(values, 'conllu') ?? positionals[0];
  if (!file) {
    throw new DossierError('OPTION_INVALID', 'dossier predict ud needs a CoNLL-U file', {
      expected: '--conllu FILE',
      found: 'no file',
    });
  }
  const source = readDataFile(file, 'CoNLL-U file');
  const body = predictUdText(source, file);
  const output = stringOption(values, 'output');
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
