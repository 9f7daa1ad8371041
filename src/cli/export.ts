import { exportBrat } from '../corpus/export-brat.js';
import { exportCsv } from '../corpus/export-csv.js';
import { exportGdelt } from '../corpus/export-gdelt.js';
import { exportJsonl } from '../corpus/export-jsonl.js';
import { DossierError } from '../errors/dossier-error.js';
import { openForQuery } from './corpus-options.js';
import { choiceOption, parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = {
  db: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  header: { type: 'boolean' },
} as const;

/**
 * `dossier export --format jsonl|csv|gkg|brat -o PATH`: contract-v1 JSONL (a file), flat CSV
 * tables (a folder), a GDELT 2.0 event table (a file; --header adds column names), or brat
 * `.txt`/`.ann` pairs (a folder).
 */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('export', argv, OPTIONS);
  const format = choiceOption(values, 'format', ['jsonl', 'csv', 'gkg', 'brat'] as const, 'jsonl');
  const output = stringOption(values, 'output');
  if (!output)
    throw new DossierError('OPTION_INVALID', 'dossier export: no output given', {
      expected: '-o FILE (jsonl, gkg) or -o FOLDER (csv, brat)',
    });
  const store = openForQuery(values);
  try {
    let written: string;
    if (format === 'jsonl') written = `${exportJsonl(store, output)} articles`;
    else if (format === 'gkg')
      written = `${exportGdelt(store, output, { header: Boolean(values.header) })} events`;
    else if (format === 'brat') written = `${exportBrat(store, output)} articles`;
    else
      written = Object.entries(exportCsv(store, output))
        .map(([table, n]) => `${n} ${table}`)
        .join(', ');
    io.out(`${output}: ${written}\n`);
    return 0;
  } catch (cause) {
    if (cause instanceof DossierError) throw cause;
    throw new DossierError('OPTION_INVALID', 'cannot write the export', {
      file: output,
      found: cause instanceof Error ? cause.message : String(cause),
      cause,
    });
  } finally {
    store.close();
  }
}
