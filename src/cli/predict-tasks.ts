import type { Command } from './io.js';
import { predictGeoCommand } from './predict-geo.js';
import { predictNerCommand } from './predict-ner.js';
import { predictUdCommand } from './predict-ud.js';
import { predictQuotesCommand } from './predict-quotes.js';
import { predictTimexCommand } from './predict-timex.js';
import { predictEventsCommand } from './predict-events.js';

/** One `dossier predict TASK` entry: its function and a one-line usage for the help text. */
export interface PredictTask {
  run: Command;
  summary: string;
}

/**
 * The tasks `dossier predict` knows, by name. Each reads only the input side of a gold format and
 * writes that format with its predictions. To add one, write src/cli/predict-TASK.ts (a thin
 * wrapper over a silent function in src/eval/) and add one entry here.
 */
export const PREDICT_TASKS: Record<string, PredictTask> = {
  quotes: {
    run: predictQuotesCommand,
    summary: 'quotes --text DIR --out DIR  (one brat .ann of Source/Cue/Content attributions per .txt)',
  },
  timex: {
    run: predictTimexCommand,
    summary: 'timex --timeml DIR --out DIR  (one .tml per TempEval-3 input with TIMEX3 tags inserted)',
  },
  ud: {
    run: predictUdCommand,
    summary: 'ud --conllu FILE [-o FILE]  (UPOS, XPOS, HEAD, DEPREL from the ID and FORM columns)',
  },
  events: {
    run: predictEventsCommand,
    summary:
      'events --plover FILE [-o FILE]  (JSON list of {id, events: [{type, mode?, source, target}]} per record)',
  },
  ner: {
    run: predictNerCommand,
    summary:
      'ner --conll FILE [-o FILE]  (CoNLL-2003 lines with a predicted IOB2 tag added to each token line)',
  },
  geo: {
    run: predictGeoCommand,
    summary: 'geo --text DIR --out DIR  (one JSON list of {start, end, text, lat, lon, country} per .txt)',
  },
};
