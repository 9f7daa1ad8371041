import { existsSync, writeFileSync } from 'node:fs';
import { DossierError } from '../src/errors/dossier-error.js';
import { readConllu, type ConlluSentence } from '../src/eval/conllu.js';
import { TEMPLATE_ORDER } from '../src/models/parser/features.js';
import { PARSER_FILE } from '../src/models/parser/parser.js';
import { trainParser, type TreebankSentence } from '../src/models/parser/train-parser.js';
import { hasSharedData, modelPath, sharedDataPath } from '../src/models/paths.js';
import { loadTagger, TAGGER_FILE, type Tagger } from '../src/models/tagger/tagger.js';
import { trainTagger } from '../src/models/tagger/train-tagger.js';
import { taggedSentences } from './tagger.js';

/** Settings of the shipped parser (tuned on EWT dev). */
const EPOCHS = 12;
const SEED = 1;
/** Training tags come from taggers trained on the other folds (jackknifing), as at test time. */
const FOLDS = 4;
const FOLD_TAGGER_EPOCHS = 5;
/** Features seen once along the gold parses are left out; averaged weights below PRUNE are dropped. */
const MIN_FEATURE_COUNT = 2;
const PRUNE = 1.6;
/** Then features with no weight of at least ROW_PRUNE in any model go: half the table, same dev UAS. */
const ROW_PRUNE = 2.5;
/**
 * Then relation weights below LABEL_PRUNE go (pruneEntries): a third of the relation entries, EWT
 * dev UAS the same (83.99) and LAS 80.53 -> 80.52, parsing about 0.95x. At 2.5: LAS 80.42, at 3:
 * 80.28 (weights below 1.6 are already gone, so 1 and 1.5 drop nothing).
 */
const LABEL_PRUNE = 2;
/**
 * The candidate parser (`--candidate`, not shipped: see the README): trained on EWT and GUM train,
 * its relation classifiers reading LABEL_TEMPLATES only, then features with no weight of at least
 * CANDIDATE_ROW_PRUNE go and relation weights below CANDIDATE_LABEL_PRUNE. Row prune on EWT dev:
 * 2.5 keeps 295,524 features (6.6 MB) at UAS 84.81, 3.5 169,263 at 84.83, 4 128,986 (3.3 MB) at
 * 84.83 and LAS 81.14, 5 76,921 at 83.97. The relation prune drops a third of their entries.
 */
const CANDIDATE_ROW_PRUNE = 4;
const CANDIDATE_LABEL_PRUNE = 2;
/**
 * The templates the candidate parser's relation classifiers read (TEMPLATE_ORDER in features.ts): 67 of the 95.
 * Left out: b2, b1's suffix, class and pairs (its word and tag stay), s1 and s0's words with their
 * distance, the tag triples that read s2 or the children of b0 and s1, the valencies of b0 and s1,
 * the words and tags of b0's children and of the second outermost children, and two class triples.
 * EWT dev, trained on EWT train only: UAS 84.18, LAS 80.42 against 83.99 and 80.53 with all 95,
 * in about 0.94x of the parser's time; with 52 templates 83.75 and 79.94.
 */
export const LABEL_TEMPLATES = [
  0, 7, 8, 9, 10, 11, 12, 131, 141, 145, 27, 2, 3, 5, 6, 16, 17, 20, 23, 29, 30, 31, 41, 42, 50, 51, 53, 54,
  55, 60, 61, 62, 63, 72, 92, 95, 99, 100, 110, 111, 112, 113, 114, 115, 120, 122, 130, 140, 142, 144, 146,
  147, 148, 149, 151, 34, 43, 44, 48, 70, 71, 74, 78, 81, 136, 153, 156,
];

/** Gold sentences as parser examples, with the given XPOS tags (gold when omitted). */
export function treebankSentences(sentences: ConlluSentence[], tags?: string[][]): TreebankSentence[] {
  return sentences.map((s, k) => ({
    words: s.words.map((w) => w.form),
    tags: tags ? tags[k] : s.words.map((w) => w.xpos),
    heads: s.words.map((w) => w.head - 1),
    deprels: s.words.map((w) => w.deprel),
  }));
}

/**
 * Sentences of another treebank with the relations of `reference`: a relation subtype that
 * `reference` never uses is cut to its universal part (GUM writes some subtypes EWT does not).
 */
export function withRelationsOf(reference: ConlluSentence[], other: ConlluSentence[]): ConlluSentence[] {
  const known = new Set(reference.flatMap((s) => s.words.map((w) => w.deprel)));
  return other.map((s) => ({
    ...s,
    words: s.words.map((w) => (known.has(w.deprel) ? w : { ...w, deprel: w.deprel.split(':')[0] })),
  }));
}

/** XPOS tags predicted by a tagger for each sentence. */
export function predictedTags(tagger: Tagger, sentences: ConlluSentence[]): string[][] {
  return sentences.map((s) => {
    const classes = tagger.tag(s.words.map((w) => w.form));
    return Array.from(classes, (c) => tagger.xpos[c]);
  });
}

/** Jackknifed tags: each fold (every FOLDS-th sentence) tagged by a tagger trained on the others. */
function jackknifedTags(train: ConlluSentence[], log: (line: string) => void): string[][] {
  const tags: string[][] = new Array(train.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = train.filter((_, k) => k % FOLDS !== fold);
    const tagger = trainTagger(taggedSentences(rest), { epochs: FOLD_TAGGER_EPOCHS, seed: SEED });
    const held = train.map((s, k) => [s, k] as const).filter(([, k]) => k % FOLDS === fold);
    const predicted = predictedTags(
      tagger,
      held.map(([s]) => s),
    );
    held.forEach(([, k], j) => (tags[k] = predicted[j]));
    log(`parser: jackknife fold ${fold + 1}/${FOLDS} tagged`);
  }
  return tags;
}

/**
 * Trains the parser on EWT train and writes models/parser.bin. Training tags are jackknifed
 * (`--gold-tags` trains on gold ones); dev is scored after every epoch with the shipped tagger's
 * tags when models/tagger.bin exists, else with gold tags. Args: [--gold-tags] [--epochs=N]
 * [--candidate] (the candidate parser's settings, see CANDIDATE_ROW_PRUNE) [--gum] (GUM train too)
 * [--label-templates=all|candidate|N,N,..] (the relation classifiers' templates; default all,
 * LABEL_TEMPLATES with --candidate or `candidate`) [--label-prune=W] (relation weights below W
 * dropped; default LABEL_PRUNE, CANDIDATE_LABEL_PRUNE with --candidate) [OUT].
 */
export function trainParserModel(args: string[], log: (line: string) => void): void {
  if (!hasSharedData()) {
    throw new DossierError('DATA_MISSING', 'the UD treebanks are not there', { file: sharedDataPath('ud') });
  }
  const goldTags = args.includes('--gold-tags');
  const epochsArg = args.find((a) => a.startsWith('--epochs='));
  const epochs = epochsArg ? Number(epochsArg.slice('--epochs='.length)) : EPOCHS;
  const out = args.find((a) => !a.startsWith('--')) ?? modelPath(PARSER_FILE);
  const candidate = args.includes('--candidate');
  const labelPruneArg = args.find((a) => a.startsWith('--label-prune='));
  const labelPrune = labelPruneArg
    ? Number(labelPruneArg.slice('--label-prune='.length))
    : candidate
      ? CANDIDATE_LABEL_PRUNE
      : LABEL_PRUNE;
  const labelArg = args.find((a) => a.startsWith('--label-templates='));
  const labelTemplates = labelArg
    ? labelArg === '--label-templates=all'
      ? TEMPLATE_ORDER
      : labelArg === '--label-templates=candidate'
        ? LABEL_TEMPLATES
        : labelArg.slice('--label-templates='.length).split(',').map(Number)
    : candidate
      ? LABEL_TEMPLATES
      : TEMPLATE_ORDER;
  const ewt = readConllu(sharedDataPath('ud', 'EWT', 'en_ewt-ud-train.conllu'));
  const gum = candidate || args.includes('--gum');
  const train = gum
    ? [...ewt, ...withRelationsOf(ewt, readConllu(sharedDataPath('ud', 'GUM', 'en_gum-ud-train.conllu')))]
    : ewt;
  const dev = readConllu(sharedDataPath('ud', 'EWT', 'en_ewt-ud-dev.conllu'));
  const started = Date.now();
  const trainTags = goldTags ? undefined : jackknifedTags(train, log);
  const devTagger = existsSync(modelPath(TAGGER_FILE)) ? loadTagger() : undefined;
  const devSentences = treebankSentences(dev, devTagger ? predictedTags(devTagger, dev) : undefined);
  const tagSource = goldTags ? 'gold tags' : `tags jackknifed over ${FOLDS} folds`;
  const trainedOn = gum
    ? 'UD English EWT train (CC BY-SA 4.0) and GUM train (CC BY-NC-SA 4.0)'
    : 'UD English EWT train (CC BY-SA 4.0)';
  log(
    `parser: ${train.length} training sentences (${trainedOn}, ${tagSource}), ${epochs} epochs, seed ${SEED}`,
  );
  log(`parser: dev scored with ${devTagger ? 'predicted tags (models/tagger.bin)' : 'gold tags'}`);
  const parser = trainParser(treebankSentences(train, trainTags), {
    epochs,
    seed: SEED,
    pruneThreshold: PRUNE,
    minFeatureCount: MIN_FEATURE_COUNT,
    rowPruneBelow: candidate ? CANDIDATE_ROW_PRUNE : ROW_PRUNE,
    labelPruneBelow: labelPrune,
    labelTemplates,
    dev: devSentences,
    info: { trainedOn: `${trainedOn}, ${tagSource}`, epochs, seed: SEED },
    onEpoch: (r) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const dev = r.dev ? `dev UAS ${r.dev.uas.toFixed(2)} LAS ${r.dev.las.toFixed(2)}` : '';
      log(
        `epoch ${String(r.epoch).padStart(2)}  train moves ${(r.moveAccuracy * 100).toFixed(2)}  ${dev}  (${seconds}s)`,
      );
    },
  });
  const bytes = parser.encode();
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(1)} MB, ${parser.moves.featureCount} move features`);
}
