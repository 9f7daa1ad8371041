import type { Command } from './io.js';
import { evalGeoCommand } from './eval-geo.js';
import { evalCorefCommand } from './eval-coref.js';
import { evalNerCommand } from './eval-ner.js';
import { evalTokenizeCommand } from './eval-tokenize.js';
import { evalUdCommand } from './eval-ud.js';
import { evalQuotesCommand } from './eval-quotes.js';
import { evalTimexCommand } from './eval-timex.js';
import { evalEventsCommand } from './eval-events.js';

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
  quotes: {
    run: evalQuotesCommand,
    summary:
      'quotes DIR  (attribution source/cue/content exact and overlap P/R/F1, linked F1; DIR has text/ and attributions/)',
  },
  timex: {
    run: evalTimexCommand,
    summary:
      'timex DIR [--half even|odd] [--errors N]  (TempEval-3 strict/relaxed extent F1, type and value accuracy, value F1)',
  },
  ud: { run: evalUdCommand, summary: 'ud --conllu FILE  (UPOS, XPOS, UAS, LAS on the gold words)' },
  events: {
    run: evalEventsCommand,
    summary:
      'events FILE [--half tune|held-out|all] [--errors N]  (PLOVER type P/R/F1, source/target accuracy)',
  },
  coref: {
    run: evalCorefCommand,
    summary:
      'coref --conllu FILE  (MUC, B3, CEAF-e and CoNLL-2012 F1 on person/organization/place clusters of GUM Entity= gold)',
  },
  ner: {
    run: evalNerCommand,
    summary: 'ner --conll FILE  (conlleval P/R/F1 per type and overall; IOB1 or IOB2 gold)',
  },
  geo: {
    run: evalGeoCommand,
    summary:
      'geo [DIR] [--corpus lgl,geovirus,trnews] [--limit N] [--half first|second]  (toponym P/R/F1 exact and overlap, accuracy@161km, mean error, AUC)',
  },
};
