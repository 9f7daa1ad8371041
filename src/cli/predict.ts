import { DossierError } from '../errors/dossier-error.js';
import { asksForHelp } from './help.js';
import type { Io } from './io.js';
import { PREDICT_TASKS } from './predict-tasks.js';

/** The usage text of `dossier predict`: one line per task. */
export function predictUsage(): string {
  const lines = Object.values(PREDICT_TASKS).map((task) => `  dossier predict ${task.summary}`);
  return `Runs a component on a public gold format's input side and writes that format.\n\nUsage:\n${lines.join('\n')}\n`;
}

/** `dossier predict TASK ...`: runs the named task from the registry in predict-tasks.ts. */
export async function predictCommand(argv: string[], io: Io): Promise<number> {
  const [task, ...rest] = argv;
  if (!task || task === '--help' || task === '-h') {
    io.out(predictUsage());
    return task ? 0 : 2;
  }
  const entry = PREDICT_TASKS[task];
  if (!entry) {
    throw new DossierError('COMMAND_UNKNOWN', `unknown predict task "${task}"`, {
      expected: Object.keys(PREDICT_TASKS).join(', '),
      found: task,
    });
  }
  if (asksForHelp(rest)) {
    io.out(`Usage:\n  dossier predict ${entry.summary}\n`);
    return 0;
  }
  return entry.run(rest, io);
}
