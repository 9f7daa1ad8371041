import type { GoldDocument } from '../src/eval/conllu-text.js';
import { useSentenceModel } from '../src/models/sentences/load-sentence-model.js';
import { trainBoundaries } from '../src/models/sentences/train-boundaries.js';
import { splitSentences } from '../src/text/sentence-splitter.js';
import { tokenize } from '../src/text/tokenizer.js';

/** Folds of the cross-validation, and how many consecutive documents are dealt to a fold in turn. */
const FOLDS = 5;
const BLOCK = 8;

/** Gold sentences, system sentences and exact matches (by character span) over some documents. */
type Counts = [gold: number, system: number, matched: number];

/**
 * Five-fold cross-validation of the boundary model over the train documents alone (no dev data):
 * the documents of each treebank are dealt to the folds in blocks of 8 consecutive ones (every
 * fold sees every genre, and a mail thread's neighbouring documents mostly share a fold); each
 * fold is split by a model trained on the other four of both treebanks. Sentence F1 as the eval
 * scores it (a sentence counts when its start and end match), per treebank and seed. With
 * `members` models averaged, seed s trains the members with seeds (s - 1) * members + 1 onwards,
 * so that no two seeds share a member. Last, how many held-out sentences the seeds disagree on:
 * for each pair of seeds, the sentences one of them gives and the other does not, summed over the
 * folds (the seed-to-seed variance that averaging is meant to reduce).
 */
export function crossValidateSentences(
  banks: { name: string; docs: GoldDocument[] }[],
  seeds: number[],
  epochs: number,
  log: (line: string) => void,
  members = 1,
): void {
  const fold = (j: number): number => Math.floor(j / BLOCK) % FOLDS;
  const tokens = banks.map(({ docs }) => docs.map((doc) => tokenize(doc.text)));
  const f1 = ([gold, system, matched]: Counts): string => ((200 * matched) / (gold + system)).toFixed(2);
  useSentenceModel(null);
  log(
    `rules alone: ${banks.map((bank, b) => `${bank.name} ${f1(count(bank.docs, tokens[b], () => true))}`).join('  ')}`,
  );
  const given: Set<string>[] = [];
  for (const seed of seeds) {
    const totals = banks.map((): Counts => [0, 0, 0]);
    const spans = new Set<string>();
    for (let k = 0; k < FOLDS; k++) {
      const train = banks.flatMap(({ docs }) => docs.filter((_, j) => fold(j) !== k));
      const first = (seed - 1) * members + 1;
      useSentenceModel(
        trainBoundaries(train, { epochs, seed: first, members, trainedOn: 'cross-validation' }),
      );
      banks.forEach((bank, b) => {
        const c = count(bank.docs, tokens[b], (j) => fold(j) === k, `${bank.name}:`, spans);
        for (let q = 0; q < 3; q++) totals[b][q] += c[q];
      });
    }
    given.push(spans);
    log(`seed ${seed}: ${banks.map((bank, b) => `${bank.name} ${f1(totals[b])}`).join('  ')}`);
  }
  const moved: string[] = [];
  for (let a = 0; a < given.length; a++) {
    for (let b = a + 1; b < given.length; b++) {
      let n = 0;
      for (const span of given[a]) if (!given[b].has(span)) n++;
      for (const span of given[b]) if (!given[a].has(span)) n++;
      moved.push(`${seeds[a]}/${seeds[b]} ${n}`);
    }
  }
  if (moved.length > 0) log(`held-out sentences that differ between seeds: ${moved.join('  ')}`);
}

function count(
  docs: GoldDocument[],
  tokens: ReturnType<typeof tokenize>[],
  keep: (j: number) => boolean,
  prefix = '',
  given?: Set<string>,
): Counts {
  const c: Counts = [0, 0, 0];
  docs.forEach((doc, j) => {
    if (!keep(j)) return;
    const tk = tokens[j];
    const starts = splitSentences(doc.text, tk);
    const spans = new Set<string>();
    for (let s = 0; s < starts.length; s++) {
      const last = (s + 1 < starts.length ? starts[s + 1] : tk.starts.length) - 1;
      spans.add(`${tk.starts[starts[s]]}:${tk.ends[last]}`);
      given?.add(`${prefix}${j}:${tk.starts[starts[s]]}:${tk.ends[last]}`);
    }
    c[0] += doc.sentenceStarts.length;
    c[1] += spans.size;
    for (let s = 0; s < doc.sentenceStarts.length; s++) {
      if (spans.has(`${doc.sentenceStarts[s]}:${doc.sentenceEnds[s]}`)) c[2]++;
    }
  });
  return c;
}
