import { formatEventScores, readPloverRecords, scoreEvents, splitRecords } from '../eval/events-eval.js';
import { predictPlover } from '../eval/events-predict.js';
import { choiceOption, stringOption, type Io } from './io.js';
import { readPloverOption } from './predict-events.js';

const EXTRA = { half: { type: 'string' }, errors: { type: 'string' } } as const;

/** `dossier eval events FILE [--half tune|held-out|all] [--errors N]`: PLOVER type P/R/F1 and actor accuracy. */
export async function evalEventsCommand(argv: string[], io: Io): Promise<number> {
  const { file, content, values } = readPloverOption('eval events', argv, EXTRA);
  const half = choiceOption(values, 'half', ['all', 'tune', 'held-out'] as const, 'all');
  const records = splitRecords(readPloverRecords(content, file), half);
  const predicted = new Map(predictPlover(records).map((p) => [p.id, p.events]));
  const errors = Number(stringOption(values, 'errors') ?? 0) || 0;
  io.out(formatEventScores(scoreEvents(records, predicted), half, errors));
  return 0;
}
