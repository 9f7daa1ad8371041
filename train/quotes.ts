import { parseArgs } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { scoreAttributions, readGoldFolder, formatQuoteScores } from '../src/eval/quotes-eval.js';
import {
  applyCueLexicon,
  CueCounts,
  lexiconPairs,
  type CueLexicon,
} from '../src/extract/quotes/cue-lexicon.js';
import { findAttributions, toBratAttributions } from '../src/extract/quotes/find-attributions.js';
import { oracleTag, tagCues, tagRoles } from '../src/extract/quotes/quote-tagger.js';
import { encodeQuotesModel, QUOTES_MODEL_FILE } from '../src/extract/quotes/quotes-model.js';
import { CUE_CLASSES, ROLE_CLASSES, Tag } from '../src/extract/quotes/tags.js';
import { PerceptronTrainer } from '../src/models/perceptron.js';
import { modelPath, sharedDataPath } from '../src/models/paths.js';
import { tagDocuments, type TaggedDocument } from './quotes-data.js';
import { annotatorAgreement, quotesHoldout } from './quotes-holdout.js';

/** Options of a quotes training run. */
export interface QuotesTrainOptions {
  epochs: number;
  seed: number;
  /** Averaged weights below this magnitude are dropped from the model file. */
  prune: number;
  out: string;
  log: (line: string) => void;
}

/** Averaged weights below this barely move a decision; dropping them keeps the file small (8.3 MB; 0.1 gave 12.7 MB and no better dev scores). */
const PRUNE = 0.8;

/** A seeded generator (mulberry32) so that shuffles, and so models, are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function classOf(classes: readonly Tag[], tag: number): number {
  const c = classes.indexOf(tag as Tag);
  return c < 0 ? 0 : c;
}

function cueOnly(gold: Uint8Array): Uint8Array {
  return gold.map((t) => (t === Tag.BCue || t === Tag.ICue ? t : Tag.O));
}

/** How many folds the cue lexicon is jackknifed over for the training documents. */
const LEXICON_FOLDS = 4;

function isGoldCue(d: TaggedDocument): (i: number) => boolean {
  return (i) => d.gold[i] === Tag.BCue || d.gold[i] === Tag.ICue;
}

/**
 * The cue lexicon of all training documents, returned; each training document's `cueRate` is filled
 * from the lexicon of the other folds (jackknifed, so that the taggers learn how far a rate learned
 * on other articles can be trusted, as on unseen text).
 */
export function trainCueLexicon(docs: TaggedDocument[], folds = LEXICON_FOLDS): CueLexicon {
  const parts = Array.from({ length: folds }, () => new CueCounts());
  docs.forEach((d, k) => parts[k % folds].add(d.ctx, isGoldCue(d)));
  for (let f = 0; f < folds; f++) {
    const others = new CueCounts();
    docs.forEach((d, k) => {
      if (k % folds !== f) others.add(d.ctx, isGoldCue(d));
    });
    const lexicon = others.lexicon();
    docs.forEach((d, k) => {
      if (k % folds === f) applyCueLexicon(d.ctx, lexicon);
    });
  }
  const all = new CueCounts();
  for (const d of docs) all.add(d.ctx, isGoldCue(d));
  return all.lexicon();
}

/** Trains the cue tagger, then the source/content tagger on gold cues; returns both trainers' models. */
export function trainQuotesModels(docs: TaggedDocument[], options: QuotesTrainOptions) {
  const next = random(options.seed);
  const cue = new PerceptronTrainer(CUE_CLASSES.length);
  const role = new PerceptronTrainer(ROLE_CLASSES.length);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let cueErrors = 0;
    let roleErrors = 0;
    let tokens = 0;
    for (const d of shuffled(docs, next)) {
      tagCues(d.ctx, cue, (f, n, guess, i, prev) => {
        const tag = d.gold[i] === Tag.BCue || d.gold[i] === Tag.ICue ? d.gold[i] : Tag.O;
        const gold = classOf(CUE_CLASSES, oracleTag(tag, prev));
        cue.tick();
        if (gold !== guess) cueErrors++;
        cue.update(f, n, gold, guess);
      });
      tagRoles(d.ctx, cueOnly(d.gold), role, (f, n, guess, i, prev) => {
        const gold = classOf(ROLE_CLASSES, oracleTag(d.gold[i] as Tag, prev));
        role.tick();
        if (gold !== guess) roleErrors++;
        role.update(f, n, gold, guess);
      });
      tokens += d.gold.length;
    }
    options.log(
      `epoch ${epoch}: cue errors ${((100 * cueErrors) / tokens).toFixed(2)}%, role errors ${((100 * roleErrors) / tokens).toFixed(2)}%`,
    );
  }
  return { cue: cue.finalize(options.prune), role: role.finalize(options.prune) };
}

/** `npm run train -- quotes [--epochs N] [--seed N]`: trains on PolNeAR train, scores PolNeAR dev, writes models/quotes.bin. */
export function trainQuotes(options: Partial<QuotesTrainOptions> = {}): void {
  const opts: QuotesTrainOptions = {
    epochs: options.epochs ?? 8,
    seed: options.seed ?? 1,
    prune: options.prune ?? PRUNE,
    out: options.out ?? modelPath(QUOTES_MODEL_FILE),
    log: options.log ?? (() => undefined),
  };
  const started = Date.now();
  const train = tagDocuments(readGoldFolder(sharedDataPath('polnear', 'train')));
  opts.log(`train: ${train.length} documents analysed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const lexicon = trainCueLexicon(train);
  const { cue, role } = trainQuotesModels(train, opts);
  const bytes = encodeQuotesModel(
    {
      epochs: opts.epochs,
      seed: opts.seed,
      data: 'PolNeAR train',
      parsed: train.some((d) => d.ctx.parsed),
      cueLexicon: lexiconPairs(lexicon),
    },
    cue,
    role,
  );
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, bytes);
  opts.log(
    `wrote ${opts.out} (${(bytes.length / 1e6).toFixed(1)} MB, ${cue.featureCount + role.featureCount} features)`,
  );
  const devGold = readGoldFolder(sharedDataPath('polnear', 'dev'));
  const dev = tagDocuments(devGold);
  const model = { header: { kind: 'quotes', featureVersion: 0 }, cue, role, lexicon };
  const pred = dev.map((d) => toBratAttributions(d.ctx.doc, findAttributions(d.ctx.doc, model, d.ctx)));
  opts.log(
    formatQuoteScores(
      scoreAttributions(
        devGold.map((g) => g.attributions),
        pred,
      ),
    ),
  );
  opts.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * The trainer registry entry: `npm run train -- quotes [--epochs N] [--seed N]`; with `--holdout
 * [--errors] [--cache FILE]`, trains on three quarters of PolNeAR train and scores the fourth instead;
 * with `--agreement`, scores PolNeAR's annotators against each other.
 */
export function trainQuotesCommand(args: string[], log: (line: string) => void): void {
  const { values } = parseArgs({
    args,
    options: {
      epochs: { type: 'string' },
      seed: { type: 'string' },
      holdout: { type: 'boolean' },
      agreement: { type: 'boolean' },
      errors: { type: 'boolean' },
      cache: { type: 'string' },
      model: { type: 'string' },
      bias: { type: 'string' },
    },
  });
  if (values.agreement) {
    annotatorAgreement(log);
    return;
  }
  if (values.holdout) {
    quotesHoldout(
      {
        epochs: values.epochs ? Number(values.epochs) : undefined,
        seed: values.seed ? Number(values.seed) : undefined,
        cache: values.cache,
        model: values.model,
        errors: values.errors,
        biases: values.bias?.split(',').map(Number),
      },
      log,
    );
    return;
  }
  trainQuotes({
    epochs: values.epochs ? Number(values.epochs) : undefined,
    seed: values.seed ? Number(values.seed) : undefined,
    log,
  });
}
