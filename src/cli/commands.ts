import type { Command } from './io.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { searchCommand } from './search.js';
import { entityCommand } from './entity.js';
import { timelineCommand } from './timeline.js';
import { quotesCommand } from './quotes.js';
import { claimsCommand } from './claims.js';
import { exportCommand } from './export.js';
import { statsCommand } from './stats.js';
import { predictCommand } from './predict.js';
import { serveCommand } from './serve.js';

/** One CLI command: its function and a one-line description for the usage text. */
export interface CommandEntry {
  run: Command;
  summary: string;
}

/** Every command of the `dossier` CLI. */
export const COMMANDS: Record<string, CommandEntry> = {
  extract: {
    run: extractCommand,
    summary: 'extract FILE|DIR... [--format json|jsonl|pretty] [--published DATE] [-o FILE]',
  },
  eval: {
    run: evalCommand,
    summary: 'eval TASK ...  (score a component on gold data; `dossier eval --help` lists tasks)',
  },
  predict: {
    run: predictCommand,
    summary:
      'predict TASK ...  (run a component on a gold format input; `dossier predict --help` lists tasks)',
  },
  ingest: {
    run: ingestCommand,
    summary: 'ingest PATH... [--db FILE] [--workers N]  (store articles in a corpus, default ./dossier.db)',
  },
  search: {
    run: searchCommand,
    summary: 'search TEXT [--db FILE] [--json]  (full-text search of the corpus)',
  },
  entity: {
    run: entityCommand,
    summary: 'entity NAME [--db FILE] [--json]  (roles, aliases, quotes, events and labels of one entity)',
  },
  timeline: {
    run: timelineCommand,
    summary: 'timeline [--entity X] [--type PLOVER] [--from DATE] [--to DATE] [--db FILE] [--json]',
  },
  quotes: { run: quotesCommand, summary: 'quotes [--speaker X] [--about Y] [--db FILE] [--json]' },
  claims: { run: claimsCommand, summary: 'claims [--counts deaths] [--place Gaza] [--db FILE] [--json]' },
  export: { run: exportCommand, summary: 'export --format jsonl|csv|gkg|brat -o PATH [--db FILE]' },
  stats: { run: statsCommand, summary: 'stats [--db FILE] [--json]  (what the corpus holds)' },
  serve: {
    run: serveCommand,
    summary:
      'serve [--db FILE] [--port N] [--host H] [--token T] [--workers N]  (HTTP API and web UI; 127.0.0.1:8080 by default)',
  },
  demo: {
    run: demoCommand,
    summary:
      'demo [--serve]  (extract the sample articles in examples/ and summarise them; --serve: store and browse them)',
  },
};

/** The usage text. */
export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  dossier ${c.summary}`);
  return `Dossier: evidence-linked data from news articles.\n\nUsage:\n${lines.join('\n')}\n`;
}
