import type { Command } from './io.js';
import { evalTokenizeCommand } from './eval-tokenize.js';

/** One `dossier eval TASK` entry: its function and a one-line usage for the help text. */
export interface EvalTask {
  run: Command;
  summary: string;
}

/**
 * The tasks `dossier eval` knows, by name. To add one, write src/cli/eval-TASK.ts (a thin
 * wrapper over a silent scorer in src/eval/) and add one entry here.
 */
export const EVAL_TASKS: Record<string, EvalTask> = {
  tokenize: {
    run: evalTokenizeCommand,
    summary: 'tokenize --conllu FILE [--errors N]  (token and sentence P/R/F1 against UD gold)',
  },
};
