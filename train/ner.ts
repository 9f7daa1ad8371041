import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../src/errors/dossier-error.js';
import { NER_MODEL_FILE } from '../src/models/ner/ner-model.js';
import { trainNer } from '../src/models/ner/train-ner.js';
import { hasSharedData, modelPath, sharedDataPath } from '../src/models/paths.js';

/** Settings of the shipped NER (tuned on eng.testa). */
const EPOCHS = 10;
const FOLDS = 4;
const SEED = 1;

/** Plain-text news whose word case is counted into the case lexicon. */
function textFiles(): string[] {
  const root = sharedDataPath('bbc_news');
  const files: string[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const f of readdirSync(join(root, topic.name)).sort())
      if (f.endsWith('.txt')) files.push(join(root, topic.name, f));
  }
  return files;
}

/**
 * Trains the NER on CoNLL-2003 eng.train, reports eng.testa scores and writes models/ner.bin.
 * Args: [OUT] [--with-dev] (--with-dev also trains on eng.testa, so its dev scores are no longer a measure).
 */
export function trainNerModel(args: string[], log: (line: string) => void): void {
  if (!hasSharedData()) {
    throw new DossierError('DATA_MISSING', 'the CoNLL-2003 data is not there', {
      file: sharedDataPath('conll2003'),
    });
  }
  const withDev = args.includes('--with-dev');
  const out = args.find((a) => !a.startsWith('--')) ?? modelPath(NER_MODEL_FILE);
  const train = sharedDataPath('conll2003', 'eng.train');
  const dev = sharedDataPath('conll2003', 'eng.testa');
  const started = Date.now();
  const { model, dev: scores } = trainNer({
    trainFiles: withDev ? [train, dev] : [train],
    devFile: dev,
    textFiles: textFiles(),
    epochs: EPOCHS,
    folds: FOLDS,
    seed: SEED,
    log: (line) => log(`${line} (${((Date.now() - started) / 1000).toFixed(0)}s)`),
  });
  if (scores) {
    const types = Object.entries(scores.types)
      .map(([t, s]) => `${t} ${s.f1.toFixed(2)}`)
      .join(', ');
    log(`eng.testa${withDev ? ' (trained on)' : ''}: F1 ${scores.overall.f1.toFixed(2)} (${types})`);
  }
  const bytes = model.encode();
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(1)} MB`);
}
