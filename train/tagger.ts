import { writeFileSync } from 'node:fs';
import { DossierError } from '../src/errors/dossier-error.js';
import { readConllu, type ConlluSentence } from '../src/eval/conllu.js';
import { evaluateUd } from '../src/eval/ud-predict.js';
import { hasSharedData, modelPath, sharedDataPath } from '../src/models/paths.js';
import { TAGGER_FILE } from '../src/models/tagger/tagger.js';
import { trainTagger, type TaggedSentence } from '../src/models/tagger/train-tagger.js';

/** Settings of the shipped tagger (tuned on EWT dev). */
const EPOCHS = 10;
const SEED = 1;

/** Sentences as training examples with joint "UPOS XPOS" tags. */
export function taggedSentences(sentences: ConlluSentence[]): TaggedSentence[] {
  return sentences.map((s) => ({
    words: s.words.map((w) => w.form),
    tags: s.words.map((w) => `${w.upos} ${w.xpos}`),
  }));
}

/**
 * Trains the tagger on EWT train with the word classes of models/clusters.bin (build them first:
 * `npm run train -- clusters`), reports EWT dev accuracy per epoch, and writes models/tagger.bin.
 */
export function trainTaggerModel(args: string[], log: (line: string) => void): void {
  if (!hasSharedData()) {
    throw new DossierError('DATA_MISSING', 'the UD treebanks are not there', { file: sharedDataPath('ud') });
  }
  const out = args[0] ?? modelPath(TAGGER_FILE);
  const train = readConllu(sharedDataPath('ud', 'EWT', 'en_ewt-ud-train.conllu'));
  const dev = readConllu(sharedDataPath('ud', 'EWT', 'en_ewt-ud-dev.conllu'));
  log(`tagger: ${train.length} training sentences (EWT train), ${EPOCHS} epochs, seed ${SEED}`);
  const started = Date.now();
  const tagger = trainTagger(taggedSentences(train), {
    epochs: EPOCHS,
    seed: SEED,
    trainedOn: 'UD English EWT train (CC BY-SA 4.0); word classes from models/clusters.bin',
    onEpoch: (epoch, accuracy, snapshot) => {
      const scores = evaluateUd(dev, 'EWT dev', { tagger: snapshot() });
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      log(
        `epoch ${String(epoch).padStart(2)}  train ${(accuracy * 100).toFixed(2)}  ` +
          `dev UPOS ${scores.upos.toFixed(2)} XPOS ${scores.xpos.toFixed(2)}  (${seconds}s)`,
      );
    },
  });
  const bytes = tagger.encode();
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(1)} MB, ${tagger.model.featureCount} features`);
}
