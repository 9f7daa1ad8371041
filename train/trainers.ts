import { trainClustersModel } from './clusters.js';
import { trainGazetteerModel } from './gazetteer.js';
import { trainNerModel } from './ner.js';
import { trainParserModel } from './parser.js';
import { trainTaggerModel } from './tagger.js';
import { trainQuotesCommand } from './quotes.js';
import { trainSentencesModel } from './sentences.js';

/** One `npm run train -- NAME` entry: rebuilds a shipped model from ../shared/data. */
export interface Trainer {
  summary: string;
  /** Trains and writes the model; `log` prints progress lines. */
  run(args: string[], log: (line: string) => void): void;
}

/** The trainers by name. To add one, write train/NAME.ts and add one entry here. */
export const TRAINERS: Record<string, Trainer> = {
  quotes: {
    summary:
      'attribution cue and source/content taggers on PolNeAR train (scored on dev) -> models/quotes.bin',
    run: (args, log) => trainQuotesCommand(args, log),
  },
  clusters: {
    summary:
      'word classes (hierarchical k-means over PPMI contexts) from unlabelled text -> models/clusters.bin',
    run: (args, log) => trainClustersModel(args, log),
  },
  tagger: {
    summary: 'part-of-speech tagger (UPOS + XPOS) on UD English EWT train -> models/tagger.bin',
    run: (args, log) => trainTaggerModel(args, log),
  },
  parser: {
    summary: 'dependency parser (UD relations) on UD English EWT train, jackknifed tags -> models/parser.bin',
    run: (args, log) => trainParserModel(args, log),
  },
  gazetteer: {
    summary:
      'places (GeoNames cities500, divisions, world-countries) as a compact lookup file -> models/gazetteer.bin',
    run: (args, log) => trainGazetteerModel(args, log),
  },
  sentences: {
    summary:
      'sentence boundary classifier at the splitter candidates on UD EWT + GUM train -> models/sentences.bin',
    run: (args, log) => trainSentencesModel(args, log),
  },
  ner: {
    summary: 'named entities on CoNLL-2003 eng.train (+ case counts from bbc_news) -> models/ner.bin',
    run: (args, log) => trainNerModel(args, log),
  },
};
