import { writeFileSync } from 'node:fs';
import { DossierError } from '../src/errors/dossier-error.js';
import { readConllu } from '../src/eval/conllu.js';
import { rebuildDocuments } from '../src/eval/conllu-text.js';
import { evaluateTokenizer } from '../src/eval/tokenize-eval.js';
import { hasSharedData, modelPath, sharedDataPath } from '../src/models/paths.js';
import { SENTENCES_FILE, useSentenceModel } from '../src/models/sentences/load-sentence-model.js';
import { trainBoundaries } from '../src/models/sentences/train-boundaries.js';
import { crossValidateSentences } from './sentences-cv.js';

/** Settings of the shipped boundary model (tuned on EWT and GUM dev: more epochs fit EWT train, not dev). */
const EPOCHS = 7;
const SEED = 1;
/**
 * Models averaged (seeds SEED, SEED + 1, ...): one model's boundaries move with the shuffle's
 * seed; chosen by the cross-validation below (`--cv --members=K`), not on dev.
 */
const MEMBERS = 1;

/**
 * Trains the sentence boundary model on the texts of UD EWT and GUM train rebuilt as the eval
 * rebuilds them (GUM keeps the model from splitting edited prose where the rules are right): MEMBERS
 * models with seeds SEED onwards (`--seed=N` and `--members=K` change them), their weights averaged;
 * reports each epoch's candidate accuracy, then sentence F1 on EWT and GUM dev (and EWT train, to
 * see overfitting), and writes models/sentences.bin (or the path given). With `--cv` (and `--seeds=1,2,3`, the default) it writes nothing and
 * reports five-fold cross-validation over the train documents instead (see sentences-cv.ts).
 */
export function trainSentencesModel(args: string[], log: (line: string) => void): void {
  if (!hasSharedData()) {
    throw new DossierError('DATA_MISSING', 'the UD treebanks are not there', { file: sharedDataPath('ud') });
  }
  const read = (bank: string, file: string) => readConllu(sharedDataPath('ud', bank, file));
  const members = Number(args.find((a) => a.startsWith('--members='))?.slice(10) ?? MEMBERS);
  if (!Number.isInteger(members) || members < 1) {
    throw new DossierError('OPTION_INVALID', '--members takes a whole number of models, at least 1', {
      expected: '--members=K with K >= 1',
      found: String(args.find((a) => a.startsWith('--members='))),
    });
  }
  if (args.includes('--cv')) {
    const seeds = (args.find((a) => a.startsWith('--seeds='))?.slice(8) ?? '1,2,3').split(',').map(Number);
    log(
      `sentences: five-fold cross-validation over EWT + GUM train, ${EPOCHS} epochs, ` +
        `${members} model${members > 1 ? 's averaged' : ''}, seeds ${seeds.join(', ')}`,
    );
    const banks = [
      { name: 'EWT', docs: rebuildDocuments(read('EWT', 'en_ewt-ud-train.conllu')) },
      { name: 'GUM', docs: rebuildDocuments(read('GUM', 'en_gum-ud-train.conllu')) },
    ];
    crossValidateSentences(banks, seeds, EPOCHS, log, members);
    return;
  }
  const out = args.find((a) => !a.startsWith('--')) ?? modelPath(SENTENCES_FILE);
  const ewtTrain = read('EWT', 'en_ewt-ud-train.conllu');
  const ewtDev = read('EWT', 'en_ewt-ud-dev.conllu');
  const gumDev = read('GUM', 'en_gum-ud-dev.conllu');
  const texts = rebuildDocuments(ewtTrain);
  texts.push(...rebuildDocuments(read('GUM', 'en_gum-ud-train.conllu')));
  const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? SEED);
  const seeds = members > 1 ? `seeds ${seed} to ${seed + members - 1}, averaged` : `seed ${seed}`;
  log(`sentences: ${texts.length} texts (EWT + GUM train), ${EPOCHS} epochs, ${seeds}`);
  const f1 = (sentences: typeof ewtDev): string => evaluateTokenizer(sentences).sentences.f1.toFixed(2);
  useSentenceModel(null);
  log(`rules alone: EWT dev ${f1(ewtDev)}  GUM dev ${f1(gumDev)}  EWT train ${f1(ewtTrain)}`);
  const model = trainBoundaries(texts, {
    epochs: EPOCHS,
    seed,
    members,
    trainedOn: 'UD English EWT train (CC BY-SA 4.0) and GUM train (CC BY-NC-SA 4.0)',
    onEpoch: (epoch, accuracy, _snapshot, member) => {
      log(
        `seed ${seed + member}  epoch ${String(epoch).padStart(2)}  candidates ${(accuracy * 100).toFixed(2)}`,
      );
    },
  });
  useSentenceModel(model);
  log(`sentence F1: EWT dev ${f1(ewtDev)}  GUM dev ${f1(gumDev)}  EWT train ${f1(ewtTrain)}`);
  const bytes = model.encode();
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${(bytes.length / 1e3).toFixed(0)} kB, ${model.model.featureCount} features`);
}
