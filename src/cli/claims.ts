import { claims } from '../corpus/query-claims.js';
import { limitOption, openForQuery, QUERY_OPTIONS } from './corpus-options.js';
import { parseOptions, stringOption, type Io } from './io.js';
import { formatTable } from './table.js';

const OPTIONS = { ...QUERY_OPTIONS, counts: { type: 'string' }, place: { type: 'string' } } as const;

/** `dossier claims [--counts deaths] [--place Gaza]`: one counted thing's numbers over time, by source. */
export async function claimsCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('claims', argv, OPTIONS);
  const store = openForQuery(values);
  try {
    const rows = claims(store, {
      counts: stringOption(values, 'counts'),
      place: stringOption(values, 'place'),
      limit: limitOption(values, 200),
    });
    if (values.json) io.out(JSON.stringify(rows, null, 2) + '\n');
    else
      io.out(
        formatTable(
          ['date', 'outlet', 'number', 'counts', 'place', 'according to', 'text'],
          rows.map((r) => [
            r.published?.slice(0, 10) ?? '',
            r.outlet,
            r.value ?? `${r.low ?? ''}–${r.high ?? ''}`,
            r.counts,
            r.place,
            r.source ?? '(the outlet)',
            r.text,
          ]),
          40,
        ) + `${rows.length} claims\n`,
      );
    return 0;
  } finally {
    store.close();
  }
}
