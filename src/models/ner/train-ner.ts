/**
 * Trains the NER from CoNLL-2003 files: a local first pass, its labels on the training documents
 * taken by jackknifing (each fold labelled by a model that did not see it, so the second pass
 * learns from first-pass errors as they occur on unseen text), then the second pass with the
 * document-level features. Seeded shuffles make a run reproducible.
 */
import { readFileSync } from 'node:fs';
import { DossierError } from '../../errors/dossier-error.js';
import { documentText, parseConll2003, type ConllDocument } from '../../eval/conll2003.js';
import { NerScorer, type NerReport } from '../../eval/ner-eval.js';
import { PerceptronTrainer } from '../perceptron.js';
import type { LinearModel } from '../linear-model.js';
import { CaseCounter, type CaseLexicon } from './case-lexicon.js';
import { DocumentEvidence } from './consistency.js';
import { decode, type Scorer } from './decoder.js';
import { FEATURE_VERSION } from './features.js';
import { BILOU_NAMES, LABEL_COUNT, bilouToSpans, iobToSpans, spansToBilou, type TokenSpan } from './labels.js';
import { NerModel } from './ner-model.js';
import { TokenTable } from './token-table.js';
import { seededRandom, shuffle } from '../seeded-random.js';

/** Training settings. */
export interface NerTrainOptions {
  /** CoNLL-2003 files to train on (IOB1 or IOB2 gold in the last column). */
  trainFiles: string[];
  /** A file to report dev scores on (never trained on). */
  devFile?: string;
  epochs?: number;
  folds?: number;
  seed?: number;
  /** Plain-text files whose case statistics are counted into the case lexicon (besides the training text). */
  textFiles?: string[];
  /** Train the second (document-level) pass. */
  secondPass?: boolean;
  /** Progress messages (the caller decides whether to print them). */
  log?: (message: string) => void;
}

/** A training document: its filled token table and gold BILOU labels. */
interface TrainDoc {
  table: TokenTable;
  gold: Uint8Array;
  first: Uint8Array;
}

function readConll(file: string): ConllDocument[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DossierError('DATA_MISSING', 'a CoNLL-2003 training file is missing', { file, cause });
  }
  return parseConll2003(content, file, true).documents;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Counts the case of words in the training documents and in plain-text files. */
function buildLexicon(documents: ConllDocument[], textFiles: string[]): CaseLexicon {
  const counter = new CaseCounter();
  for (const document of documents) {
    const { text, starts, ends, sentStarts } = documentText(document);
    for (let s = 0; s < sentStarts.length; s++) {
      counter.addSentence(text, starts, ends, sentStarts[s], s + 1 < sentStarts.length ? sentStarts[s + 1] : starts.length);
    }
  }
  for (const file of textFiles) {
    for (const line of readFileSync(file, 'utf8').split(/(?<=[.!?]["']?)\s+|\n+/)) {
      const starts: number[] = [];
      const ends: number[] = [];
      for (const m of line.matchAll(WORD)) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
      counter.addSentence(line, starts, ends, 0, starts.length);
    }
  }
  return counter.lexicon();
}

function loadDocs(documents: ConllDocument[], lexicon: CaseLexicon): TrainDoc[] {
  return documents.map((document) => {
    const input = documentText(document);
    const table = new TokenTable();
    table.fill(input, lexicon);
    const spans: TokenSpan[] = [];
    let offset = 0;
    for (const sentence of document.sentences) {
      for (const s of iobToSpans(sentence.tags.map((t) => t ?? 'O'))) {
        spans.push({ start: s.start + offset, end: s.end + offset, type: s.type });
      }
      offset += sentence.tokens.length;
    }
    return { table, gold: spansToBilou(spans, offset), first: new Uint8Array(offset) };
  });
}

const evidence = new DocumentEvidence();

function trainPass(docs: TrainDoc[], secondPass: boolean, epochs: number, next: () => number): LinearModel {
  const trainer = new PerceptronTrainer(LABEL_COUNT, 1 << 20);
  const order = docs.slice();
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, next);
    for (const doc of order) {
      const labels = new Uint8Array(doc.gold.length);
      if (secondPass) evidence.build(doc.table, doc.first);
      decode(doc.table, trainer, secondPass ? evidence : null, labels, { gold: doc.gold, trainer });
    }
  }
  return trainer.finalize();
}

function labelFirst(docs: TrainDoc[], scorer: Scorer): void {
  for (const doc of docs) decode(doc.table, scorer, null, doc.first);
}

/** Trains a NER model; returns it with its dev scores when a dev file is given. */
export function trainNer(options: NerTrainOptions): { model: NerModel; dev?: NerReport } {
  const log = options.log ?? (() => {});
  const epochs = options.epochs ?? 10;
  const folds = options.folds ?? 4;
  const seed = options.seed ?? 1;
  const secondPass = options.secondPass ?? true;
  const next = seededRandom(seed);
  const documents = options.trainFiles.flatMap(readConll);
  const lexicon = buildLexicon(documents, options.textFiles ?? []);
  const docs = loadDocs(documents, lexicon);
  log(`ner: ${docs.length} documents, ${docs.reduce((s, d) => s + d.gold.length, 0)} tokens`);
  const pass1 = trainPass(docs, false, epochs, next);
  log(`ner: first pass trained (${pass1.featureCount} features)`);
  let pass2: LinearModel | null = null;
  if (secondPass) {
    const order = docs.slice();
    shuffle(order, next);
    for (let k = 0; k < folds; k++) {
      const held = order.filter((_, i) => i % folds === k);
      const rest = order.filter((_, i) => i % folds !== k);
      labelFirst(held, trainPass(rest, false, epochs, next));
      log(`ner: jackknife fold ${k + 1}/${folds} labelled`);
    }
    pass2 = trainPass(docs, true, epochs, next);
    log(`ner: second pass trained (${pass2.featureCount} features)`);
  }
  const header = {
    kind: 'ner',
    featureVersion: FEATURE_VERSION,
    labels: BILOU_NAMES,
    scheme: 'BILOU',
    epochs,
    folds,
    seed,
    caseLexicon: lexicon.toArray(),
  };
  const model = new NerModel(header, pass1, pass2);
  return { model, dev: options.devFile ? evaluateFile(model, options.devFile) : undefined };
}

function evaluateFile(model: NerModel, file: string): NerReport {
  const content = readFileSync(file, 'utf8');
  const scorer = new NerScorer();
  for (const document of parseConll2003(content, file, true).documents) {
    const labels = model.predictLabels(documentText(document));
    let offset = 0;
    for (const sentence of document.sentences) {
      const gold = iobToSpans(sentence.tags.map((t) => t ?? 'O'));
      const predicted = bilouToSpans(labels, offset, offset + sentence.tokens.length).map((s) => ({
        start: s.start - offset,
        end: s.end - offset,
        type: s.type,
      }));
      scorer.addSpans(gold, predicted);
      offset += sentence.tokens.length;
    }
  }
  return scorer.report();
}
