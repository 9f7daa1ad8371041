import type { Command } from './io.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { predictCommand } from './predict.js';

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
  eval: { run: evalCommand, summary: 'eval TASK ...  (score a component on gold data; `dossier eval --help` lists tasks)' },
  predict: {
    run: predictCommand,
    summary: 'predict TASK ...  (run a component on a gold format input; `dossier predict --help` lists tasks)',
  },
  ingest: {
    run: ingestCommand,
    summary: 'ingest PATH... [--db FILE] [--workers N]  (store articles in a corpus, default ./dossier.db)',
  },
  demo: { run: demoCommand, summary: 'demo  (extract the sample articles in examples/ and summarise them)' },
};

/** The usage text. */
export function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  dossier ${c.summary}`);
  return `Dossier: evidence-linked data from news articles.\n\nUsage:\n${lines.join('\n')}\n`;
}
