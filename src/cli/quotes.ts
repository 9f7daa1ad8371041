import { quotes } from '../corpus/query-quotes.js';
import { limitOption, openForQuery, QUERY_OPTIONS } from './corpus-options.js';
import { parseOptions, stringOption, type Io } from './io.js';
import { formatTable } from './table.js';

const OPTIONS = { ...QUERY_OPTIONS, speaker: { type: 'string' }, about: { type: 'string' } } as const;

/** `dossier quotes [--speaker X] [--about Y]`: who said what, with the article it was read in. */
export async function quotesCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('quotes', argv, OPTIONS);
  const store = openForQuery(values);
  try {
    const rows = quotes(store, {
      speaker: stringOption(values, 'speaker'),
      about: stringOption(values, 'about'),
      limit: limitOption(values, 100),
    });
    if (values.json) io.out(JSON.stringify(rows, null, 2) + '\n');
    else
      io.out(
        formatTable(
          ['date', 'outlet', 'speaker', 'kind', 'content'],
          rows.map((q) => [
            q.published?.slice(0, 10) ?? '',
            q.outlet,
            q.speaker ?? q.source,
            q.kind,
            q.content,
          ]),
          70,
        ) + `${rows.length} quotes\n`,
      );
    return 0;
  } finally {
    store.close();
  }
}
