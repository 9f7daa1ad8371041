import { timeline } from '../corpus/query-timeline.js';
import { limitOption, openForQuery, QUERY_OPTIONS } from './corpus-options.js';
import { dateOption, parseOptions, stringOption, type Io } from './io.js';
import { formatTable } from './table.js';

const OPTIONS = {
  ...QUERY_OPTIONS,
  entity: { type: 'string' },
  type: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

/** `dossier timeline [--entity X] [--type PLOVER] [--from DATE] [--to DATE]`: events merged across articles, by day. */
export async function timelineCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseOptions('timeline', argv, OPTIONS);
  const store = openForQuery(values);
  try {
    const events = timeline(store, {
      entity: stringOption(values, 'entity'),
      type: stringOption(values, 'type'),
      from: dateOption(values, 'from'),
      to: dateOption(values, 'to'),
      limit: limitOption(values, 100),
    });
    if (values.json) io.out(JSON.stringify(events, null, 2) + '\n');
    else
      io.out(
        formatTable(
          ['day', 'type', 'actor', 'target', 'sources', 'reports', 'trigger'],
          events.map((e) => [
            e.day,
            e.type,
            e.actors.join(', '),
            e.targets.join(', '),
            e.sources,
            e.mentions,
            e.reports[0]?.trigger ?? '',
          ]),
          40,
        ) + `${events.length} events\n`,
      );
    return 0;
  } finally {
    store.close();
  }
}
