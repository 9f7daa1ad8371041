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

/**
 * Reads only the input side of each record: id, text and date. The gold set's DOCUMENT records
 * are passed over; a record without a text or an id (a string or a number) is a coded error
 * naming it, never silently dropped. A numeric id is kept as a number.
 */
function inputsOf(content: string, file: string): (PloverInput & { given: string | number })[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (cause) {
    throw new DossierError('JSON_MALFORMED', 'the PLOVER file is not JSON', { file, cause });
  }
  if (!Array.isArray(data))
    throw new DossierError('RECORD_INVALID', 'expected a JSON list of records', { file });
  const inputs: (PloverInput & { given: string | number })[] = [];
  (data as unknown[]).forEach((value, i) => {
    const r = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    if (r.event === 'DOCUMENT') return;
    const id = r.id;
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof r.text !== 'string') {
      throw new DossierError(
        'RECORD_INVALID',
        `record ${i + 1} has no ${typeof r.text === 'string' ? 'id' : 'text'}`,
        {
          file,
          expected: 'a JSON list of {id, text, date?} with a string or number id and a string text',
          found: Array.isArray(value)
            ? 'an array'
            : value === null || typeof value !== 'object'
              ? String(value)
              : `fields ${Object.keys(r).join(', ') || '(none)'}`,
        },
      );
    }
    inputs.push({
      id: String(id),
      given: id,
      text: r.text,
      ...(typeof r.date === 'string' ? { date: r.date } : {}),
    });
  });
  return inputs;
}

/** `dossier predict events --plover FILE [-o OUT]`: a JSON list of {id, events: [{type, mode?, source, target}]}. */
export async function predictEventsCommand(argv: string[], io: Io): Promise<number> {
  const { file, content, values } = readPloverOption('predict events', argv);
  const inputs = inputsOf(content, file);
  const predictions = predictPlover(inputs).map((p, i) => ({ ...p, id: inputs[i].given }));
  const body = JSON.stringify(predictions, null, 1) + '\n';
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
