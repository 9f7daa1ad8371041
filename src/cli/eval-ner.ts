import { formatNerReport } from '../eval/ner-eval.js';
import { evaluateNerConll } from '../eval/ner-predict.js';
import type { Io } from './io.js';
import { readConllOption } from './predict-ner.js';

/** `dossier eval ner --conll FILE`: conlleval precision, recall and F1 per type and overall. */
export async function evalNerCommand(argv: string[], io: Io): Promise<number> {
  const { file, content } = readConllOption('eval ner', argv);
  io.out(formatNerReport(evaluateNerConll(content, file), file));
  return 0;
}
