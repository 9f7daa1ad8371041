import type { TokenOffsets } from './tokenizer.js';

/** Finds sentence starts (token indices) over tokenized text. Placeholder: ., ! and ? end sentences. */
export function splitSentences(text: string, tokens: TokenOffsets): number[] {
  const out: number[] = [];
  const n = tokens.starts.length;
  let begin = true;
  for (let i = 0; i < n; i++) {
    if (begin) out.push(i);
    const t = text.slice(tokens.starts[i], tokens.ends[i]);
    begin = t === '.' || t === '!' || t === '?';
  }
  return out;
}
