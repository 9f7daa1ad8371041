import { entityDossier, type EntityDossier } from '../corpus/query-entity.js';
import { DossierError } from '../errors/dossier-error.js';
import { limitOption, openForQuery, QUERY_OPTIONS } from './corpus-options.js';
import { parseOptions, type Io } from './io.js';
import { formatTable } from './table.js';

/** A readable dossier: the entity, its aliases, roles, words, events and labels, each with its source. */
export function formatDossier(d: EntityDossier): string {
  const e = d.entity;
  const parts = [
    `${e.name} (${e.type}) · ${e.mentions} mentions in ${e.articles} articles · ${e.first?.slice(0, 10) ?? '?'} to ${e.last?.slice(0, 10) ?? '?'}\n`,
  ];
  if (d.aliases.length) parts.push(`Also written: ${d.aliases.join(', ')}\n`);
  const section = (title: string, header: string[], rows: (string | number | null)[][]) => {
    if (rows.length) parts.push(`\n${title}\n` + formatTable(header, rows));
  };
  const day = (s: string | null) => s?.slice(0, 10) ?? '';
  section(
    'Roles',
    ['from', 'to', 'title', 'of', 'articles'],
    d.roles.map((r) => [day(r.first), day(r.last), r.title, r.of, r.articles]),
  );
  section(
    'What it said',
    ['date', 'outlet', 'kind', 'content'],
    d.said.map((q) => [day(q.published), q.outlet, q.kind, q.content]),
  );
  section(
    'What was said of it',
    ['date', 'outlet', 'speaker', 'content'],
    d.saidAbout.map((q) => [day(q.published), q.outlet, q.speaker, q.content]),
  );
  section(
    'Events',
    ['day', 'type', 'role', 'trigger', 'outlet'],
    d.events.map((v) => [v.day, v.type, v.role, v.trigger, v.outlet]),
  );
  section(
    'Labels',
    ['date', 'label', 'by', 'outlet'],
    d.labels.map((l) => [day(l.published), l.label, l.by ?? '(the outlet)', l.outlet]),
  );
  if (d.others.length)
    parts.push(`\nOther matches: ${d.others.map((o) => `${o.name} (${o.type})`).join(', ')}\n`);
  return parts.join('');
}

/** `dossier entity NAME [--db FILE] [--json]`: everything the corpus holds on one entity. */
export async function entityCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('entity', argv, QUERY_OPTIONS);
  const name = positionals.join(' ');
  if (!name.trim())
    throw new DossierError('OPTION_INVALID', 'dossier entity: no name given', {
      expected: 'a name, e.g. Erdogan',
    });
  const store = openForQuery(values);
  try {
    const dossier = entityDossier(store, name, limitOption(values, 50));
    if (values.json) io.out(JSON.stringify(dossier, null, 2) + '\n');
    else if (!dossier) io.err(`dossier: no entity named "${name}" in ${store.path}\n`);
    else io.out(formatDossier(dossier));
    return dossier ? 0 : 1;
  } finally {
    store.close();
  }
}
