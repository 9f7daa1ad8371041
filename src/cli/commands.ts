import type { Command } from './io.js';

/** One CLI command: its function and a one-line description for the usage text. */
export interface CommandEntry {
  run: Command;
  summary: string;
}

/**
 * Every command of the `dossier` CLI, each imported when it runs: importing them all at start
 * loaded the analysis pipeline (NLP tables, a DOM) into every process, `dossier serve` too.
 */
export const COMMANDS: Record<string, CommandEntry> = {
  extract: {
    run: (argv, io) => import('./extract.js').then((m) => m.extractCommand(argv, io)),
    summary:
      'extract FILE|DIR... [--format json|jsonl|pretty] [--published DATE] [--title T] [--url U] [--outlet O] [--encoding ENC] [-o FILE]',
  },
  eval: {
    run: (argv, io) => import('./eval.js').then((m) => m.evalCommand(argv, io)),
    summary: 'eval TASK ...  (score a component on gold data; `dossier eval --help` lists tasks)',
  },
  predict: {
    run: (argv, io) => import('./predict.js').then((m) => m.predictCommand(argv, io)),
    summary:
      'predict TASK ...  (run a component on a gold format input; `dossier predict --help` lists tasks)',
  },
  ingest: {
    run: (argv, io) => import('./ingest.js').then((m) => m.ingestCommand(argv, io)),
    summary: 'ingest PATH... [--db FILE] [--workers N]  (store articles in a corpus, default ./dossier.db)',
  },
  search: {
    run: (argv, io) => import('./search.js').then((m) => m.searchCommand(argv, io)),
    summary: 'search TEXT [--db FILE] [--json]  (full-text search of the corpus)',
  },
  entity: {
    run: (argv, io) => import('./entity.js').then((m) => m.entityCommand(argv, io)),
    summary: 'entity NAME [--db FILE] [--json]  (roles, aliases, quotes, events and labels of one entity)',
  },
  timeline: {
    run: (argv, io) => import('./timeline.js').then((m) => m.timelineCommand(argv, io)),
    summary: 'timeline [--entity X] [--type PLOVER] [--from DATE] [--to DATE] [--db FILE] [--json]',
  },
  quotes: {
    run: (argv, io) => import('./quotes.js').then((m) => m.quotesCommand(argv, io)),
    summary: 'quotes [--speaker X] [--about Y] [--db FILE] [--json]',
  },
  claims: {
    run: (argv, io) => import('./claims.js').then((m) => m.claimsCommand(argv, io)),
    summary: 'claims [--counts deaths] [--place Gaza] [--db FILE] [--json]',
  },
  export: {
    run: (argv, io) => import('./export.js').then((m) => m.exportCommand(argv, io)),
    summary: 'export --format jsonl|csv|gkg|brat -o PATH [--db FILE]',
  },
  stats: {
    run: (argv, io) => import('./stats.js').then((m) => m.statsCommand(argv, io)),
    summary: 'stats [--db FILE] [--json]  (what the corpus holds)',
  },
  serve: {
    run: (argv, io) => import('./serve.js').then((m) => m.serveCommand(argv, io)),
    summary:
      'serve [--db FILE] [--port N] [--host H] [--token T] [--workers N]  (HTTP API and web UI; 127.0.0.1:8080 by default)',
  },
  demo: {
    run: (argv, io) => import('./demo.js').then((m) => m.demoCommand(argv, io)),
    summary:
      'demo [--serve]  (extract the sample articles in examples/ and summarise them; --serve: store and browse them)',
  },
};

/** The usage text. */
export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  dossier ${c.summary}`);
  return `Dossier: evidence-linked data from news articles.\n\nUsage:\n${lines.join('\n')}\n`;
}
