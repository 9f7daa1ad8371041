import type { Parser } from './parser.js';
import type { TreebankSentence } from './train-parser.js';

/** Attachment scores over every word, punctuation included (as the CoNLL 2018 scorer counts). */
export interface ParserScores {
  /** Percent of words with the right head. */
  uas: number;
  /** Percent of words with the right head and the right relation, subtypes included (nmod:poss). */
  las: number;
  /** LAS comparing only the universal part of relations (nmod:poss = nmod), as CoNLL 2018 does. */
  lasUniversal: number;
  words: number;
}

function universal(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

/** Parses each sentence from its words and tags and scores the result against its gold tree. */
export function evaluateParser(parser: Parser, sentences: TreebankSentence[]): ParserScores {
  let words = 0;
  let heads = 0;
  let labelled = 0;
  let universalLabelled = 0;
  for (const sentence of sentences) {
    const { heads: predicted, deprels } = parser.parse(sentence.words, sentence.tags);
    for (let i = 0; i < sentence.words.length; i++) {
      words++;
      const gold = sentence.heads[i] < 0 ? i : sentence.heads[i];
      if (predicted[i] !== gold) continue;
      heads++;
      if (deprels[i] === sentence.deprels[i]) labelled++;
      if (universal(deprels[i]) === universal(sentence.deprels[i])) universalLabelled++;
    }
  }
  const pct = (x: number): number => (words ? (100 * x) / words : 0);
  return { uas: pct(heads), las: pct(labelled), lasUniversal: pct(universalLabelled), words };
}
