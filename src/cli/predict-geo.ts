import { DossierError } from '../errors/dossier-error.js';
import { predictGeoFolder } from '../eval/geo-predict.js';
import { parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = { text: { type: 'string' }, out: { type: 'string' } } as const;

/** `dossier predict geo --text DIR --out DIR`: one JSON list of {start, end, text, lat, lon, country} per .txt article. */
export async function predictGeoCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('predict geo', argv, OPTIONS);
  const text = stringOption(values, 'text');
  const out = stringOption(values, 'out');
  if (!text || !out) {
    throw new DossierError('OPTION_INVALID', 'dossier predict geo needs a text folder and an output folder', {
      expected: '--text DIR --out DIR',
      found: text ? 'no --out' : 'no --text',
    });
  }
  const count = predictGeoFolder(text, out);
  io.err(`wrote ${count} .json files to ${out}\n`);
  return 0;
}
