import { splitSentences } from '../src/text/sentence-splitter.js';
import { tokenize } from '../src/text/tokenizer.js';

/** One benchmarked stage: runs over every article and returns a checksum (so no work is skipped). */
export interface BenchStage {
  name: string;
  run(texts: string[]): number;
}

/**
 * The stages `npm run bench` measures, in order. Add a stage by appending an entry (later
 * stages may run the earlier ones first: each figure is for the whole stage as written).
 */
export const STAGES: BenchStage[] = [
  {
    name: 'tokenizer + sentence splitter',
    run(texts) {
      let sum = 0;
      for (const text of texts) {
        const tokens = tokenize(text);
        sum += tokens.starts.length + splitSentences(text, tokens).length;
      }
      return sum;
    },
  },
];
