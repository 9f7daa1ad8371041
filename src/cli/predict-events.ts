import { writeFileSync } from 'node:fs';
import { DossierError } from '../errors/dossier-error.js';
import { predictPlover, type PloverInput } from '../eval/events-predict.js';
import { parseOptions, stringOption, type Io } from './io.js';
import { readDataFile } from '../read/decode-text.js';

const OPTIONS = { plover: { type: 'string' }, output: { type: 'string', short: 'o' } } as const;

/** Reads the PLOVER file named by --plover (or the first positional argument). */
export function readPloverOption(
  command: string,
  argv: string[],
  extra = {},
): { file: string; content: string; values: Record<string, unknown> } {
  const { values, positionals } = parseOptions(command, argv, { ...OPTIONS, ...extra });
  const file = stringOption(values, 'plover') ?? positionals[0];
  if (!file) {
    throw new DossierError('OPTION_INVALID', `dossier ${command} needs a PLOVER JSON file`, {
      expected: '--plover FILE (a JSON list of {id, text, date?})',
      found: 'no file',
    });
  }
  return { file, content: readDataFile(file, 'PLOVER file'), values };
}

/** Reads only the input side of each record: id, text and date. */
function inputsOf(content: string, file: string): PloverInput[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (cause) {
    throw new DossierError('JSON_MALFORMED', 'the PLOVER file is not JSON', { file, cause });
  }
  if (!Array.isArray(data))
    throw new DossierError('RECORD_INVALID', 'expected a JSON list of records', { file });
  return (data as Record<string, unknown>[])
    .filter((r) => r && typeof r.id === 'string' && typeof r.text === 'string' && r.event !== 'DOCUMENT')
    .map((r) => ({
      id: r.id as string,
      text: r.text as string,
      ...(typeof r.date === 'string' ? { date: r.date } : {}),
    }));
}

/** `dossier predict events --plover FILE [-o OUT]`: a JSON list of {id, events: [{type, mode?, source, target}]}. */
export async function predictEventsCommand(argv: string[], io: Io): Promise<number> {
  const { file, content, values } = readPloverOption('predict events', argv);
  const body = JSON.stringify(predictPlover(inputsOf(content, file)), null, 1) + '\n';
  const output = stringOption(values, 'output');
  if (!output) io.out(body);
  else {
    try {
      writeFileSync(output, body);
    } catch (cause) {
      throw new DossierError('OPTION_INVALID', 'cannot write the output file', { file: output, cause });
    }
  }
  return 0;
}
