import { searchArticles } from '../corpus/query-search.js';
import { DossierError } from '../errors/dossier-error.js';
import { limitOption, openForQuery, QUERY_OPTIONS } from './corpus-options.js';
import { parseOptions, type Io } from './io.js';
import { formatTable } from './table.js';

/** `dossier search TEXT [--db FILE] [--json] [--limit N]`: full-text search over the corpus. */
export async function searchCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('search', argv, QUERY_OPTIONS);
  const text = positionals.join(' ');
  if (!text.trim())
    throw new DossierError('OPTION_INVALID', 'dossier search: no words given', {
      expected: 'words to search for',
    });
  const store = openForQuery(values);
  try {
    const hits = searchArticles(store, text, limitOption(values, 20));
    if (values.json) io.out(JSON.stringify(hits, null, 2) + '\n');
    else
      io.out(
        formatTable(
          ['date', 'outlet', 'title', 'passage'],
          hits.map((h) => [h.published?.slice(0, 10) ?? '', h.outlet, h.title, h.snippet]),
          70,
        ) + `${hits.length} articles\n`,
      );
    return 0;
  } finally {
    store.close();
  }
}
