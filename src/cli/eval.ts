import { DossierError } from '../errors/dossier-error.js';
import { EVAL_TASKS } from './eval-tasks.js';
import { asksForHelp } from './help.js';
import type { Io } from './io.js';

/** The usage text of `dossier eval`: one line per task. */
export function evalUsage(): string {
  const lines = Object.values(EVAL_TASKS).map((task) => `  dossier eval ${task.summary}`);
  return `Scores a component against public gold data.\n\nUsage:\n${lines.join('\n')}\n`;
}

/** `dossier eval TASK ...`: runs the named task from the registry in eval-tasks.ts. */
export async function evalCommand(argv: string[], io: Io): Promise<number> {
  const [task, ...rest] = argv;
  if (!task || task === '--help' || task === '-h') {
    io.out(evalUsage());
    return task ? 0 : 2;
  }
  const entry = EVAL_TASKS[task];
  if (!entry) {
    throw new DossierError('COMMAND_UNKNOWN', `unknown eval task "${task}"`, {
      expected: Object.keys(EVAL_TASKS).join(', '),
      found: task,
    });
  }
  if (asksForHelp(rest)) {
    io.out(`Usage:\n  dossier eval ${entry.summary}\n`);
    return 0;
  }
  return entry.run(rest, io);
}
