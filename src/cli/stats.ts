import { corpusOverview, type CorpusOverview } from '../corpus/query-overview.js';
import { limitOption, openForQuery, QUERY_OPTIONS } from './corpus-options.js';
import { parseOptions, type Io } from './io.js';
import { formatTable } from './table.js';

/** A readable overview of a corpus. */
export function formatOverview(o: CorpusOverview, db: string): string {
  const day = (s: string | null) => s?.slice(0, 10) ?? '?';
  const lines = [
    `${db}: ${o.counts.articles} articles from ${o.outlets} outlets, ${day(o.first)} to ${day(o.last)}`,
    Object.entries(o.counts)
      .filter(([k]) => k !== 'articles')
      .map(([k, v]) => `${v} ${k.replace('_', ' ')}`)
      .join(', '),
  ];
  let text = lines.join('\n') + '\n';
  if (o.entities.length)
    text +=
      '\nMost reported entities\n' +
      formatTable(
        ['entity', 'type', 'articles'],
        o.entities.map((e) => [e.name, e.type, e.articles]),
      );
  if (o.eventTypes.length)
    text +=
      '\nEvents by type\n' +
      formatTable(
        ['type', 'events', 'reports'],
        o.eventTypes.map((e) => [e.type, e.events, e.reports]),
      );
  return text;
}

/** `dossier stats [--db FILE] [--json]`: what the corpus holds. */
export async function statsCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('stats', argv, QUERY_OPTIONS);
  const store = openForQuery(values);
  try {
    const overview = corpusOverview(store, limitOption(values, 10));
    io.out(values.json ? JSON.stringify(overview, null, 2) + '\n' : formatOverview(overview, store.path));
    return 0;
  } finally {
    store.close();
  }
}
