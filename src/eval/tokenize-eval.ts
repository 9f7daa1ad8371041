import { splitSentences } from '../text/sentence-splitter.js';
import { tokenize } from '../text/tokenizer.js';
import type { ConlluSentence } from './conllu.js';
import { rebuildDocuments, type GoldDocument } from './conllu-text.js';

/** Precision, recall and F1 (percentages) from counts. */
export interface Prf {
  gold: number;
  system: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A span the system and the gold disagree on, with its document's text around it. */
export interface SpanError {
  kind: 'missed' | 'spurious';
  text: string;
  context: string;
}

/** The result of `evaluateTokenizer`. */
export interface TokenizeEvalResult {
  documents: number;
  paragraphs: number;
  /** Gold words vs system tokens, matched by exact character span (CoNLL 2018 style). */
  tokens: Prf;
  /** Gold vs system sentences, matched by exact character span of their first and last token. */
  sentences: Prf;
  /** The first disagreements, when asked for. */
  tokenErrors: SpanError[];
  sentenceErrors: SpanError[];
}

/** Precision/recall/F1 from counts, as percentages. */
export function prf(gold: number, system: number, matched: number): Prf {
  const precision = system === 0 ? 0 : (100 * matched) / system;
  const recall = gold === 0 ? 0 : (100 * matched) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, system, matched, precision, recall, f1 };
}

interface Spans {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

/** Walks two ascending span lists; counts exact matches and records up to `limit` errors. */
function matchSpans(text: string, gold: Spans, system: Spans, limit: number, errors: SpanError[]): number {
  let g = 0;
  let s = 0;
  let matched = 0;
  const record = (kind: SpanError['kind'], start: number, end: number): void => {
    if (errors.length >= limit) return;
    const context = text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30)).replace(/\s+/g, ' ');
    errors.push({ kind, text: text.slice(start, end), context });
  };
  while (g < gold.starts.length || s < system.starts.length) {
    const gs = g < gold.starts.length ? gold.starts[g] : Infinity;
    const ss = s < system.starts.length ? system.starts[s] : Infinity;
    if (gs === ss && gold.ends[g] === system.ends[s]) {
      matched++;
      g++;
      s++;
    } else if (gs < ss || (gs === ss && gold.ends[g] < system.ends[s])) {
      record('missed', gs, gold.ends[g]);
      g++;
    } else {
      record('spurious', ss, system.ends[s]);
      s++;
    }
  }
  return matched;
}

/** The system's sentence spans: from the first token's start to the last token's end. */
function systemSentences(starts: Int32Array, ends: Int32Array, sentStarts: number[]): Spans {
  const out = { starts: [] as number[], ends: [] as number[] };
  for (let k = 0; k < sentStarts.length; k++) {
    const last = (k + 1 < sentStarts.length ? sentStarts[k + 1] : starts.length) - 1;
    out.starts.push(starts[sentStarts[k]]);
    out.ends.push(ends[last]);
  }
  return out;
}

/**
 * Scores the tokenizer and sentence splitter against the gold words and sentences of a CoNLL-U
 * file, over documents rebuilt from its `# text` lines (see conllu-text.ts). `errorLimit` keeps
 * that many disagreements of each kind for inspection.
 */
export function evaluateTokenizer(
  sentences: ConlluSentence[],
  file = '<conllu>',
  errorLimit = 0,
): TokenizeEvalResult {
  const documents: GoldDocument[] = rebuildDocuments(sentences, file);
  const tokenErrors: SpanError[] = [];
  const sentenceErrors: SpanError[] = [];
  let goldWords = 0;
  let systemTokens = 0;
  let matchedTokens = 0;
  let goldSentences = 0;
  let systemSentenceCount = 0;
  let matchedSentences = 0;
  let paragraphs = 0;
  for (const doc of documents) {
    const tokens = tokenize(doc.text);
    const sentStarts = splitSentences(doc.text, tokens);
    const gold = { starts: doc.wordStarts, ends: doc.wordEnds };
    matchedTokens += matchSpans(doc.text, gold, tokens, errorLimit, tokenErrors);
    goldWords += doc.wordStarts.length;
    systemTokens += tokens.starts.length;
    const system = systemSentences(tokens.starts, tokens.ends, sentStarts);
    const goldSents = { starts: doc.sentenceStarts, ends: doc.sentenceEnds };
    matchedSentences += matchSpans(doc.text, goldSents, system, errorLimit, sentenceErrors);
    goldSentences += doc.sentenceStarts.length;
    systemSentenceCount += system.starts.length;
    paragraphs += doc.paragraphs;
  }
  return {
    documents: documents.length,
    paragraphs,
    tokens: prf(goldWords, systemTokens, matchedTokens),
    sentences: prf(goldSentences, systemSentenceCount, matchedSentences),
    tokenErrors,
    sentenceErrors,
  };
}
