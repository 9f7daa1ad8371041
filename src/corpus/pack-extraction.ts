import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ArticleJson } from '../doc/contract.js';
import { packTokens, unpackTokens, type TokenColumns } from './token-columns.js';

/** The stored form: the contract without its text, tokens as columns. */
type Packed = Omit<ArticleJson, 'text' | 'tokens'> & { tokenColumns: TokenColumns };

/** An object that is a span of the text: numeric start and end. */
function isSpan(value: unknown): value is { start: number; end: number; text?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { start?: unknown }).start === 'number' &&
    typeof (value as { end?: unknown }).end === 'number'
  );
}

/**
 * Packs an extraction for the store as deflated JSON: the text is left out (the articles table
 * holds it), tokens become columns, and a span's `text` that equals the text it points at is
 * written as 0 (restored on unpacking), since quotes, mentions and triggers repeat the article.
 */
export function packExtraction(contract: ArticleJson): Buffer {
  const { text, tokens, ...rest } = contract;
  const packed: Packed = { ...rest, tokenColumns: packTokens(tokens) };
  const json = JSON.stringify(packed, (_key, value: unknown) =>
    isSpan(value) && typeof value.text === 'string' && value.text === text.slice(value.start, value.end)
      ? { ...value, text: 0 }
      : value,
  );
  return deflateRawSync(json, { level: 6 });
}

/** Unpacks a stored extraction and its article text back into the contract-v1 object. */
export function unpackExtraction(data: Uint8Array, text: string): ArticleJson {
  const { schema, meta, sentences, tokenColumns, ...layers } = JSON.parse(
    inflateRawSync(data).toString('utf8'),
    (_key, value: unknown) => {
      if (isSpan(value) && value.text === 0) value.text = text.slice(value.start, value.end);
      return value;
    },
  ) as Packed;
  // the contract's own field order: schema, meta, text, sentences, tokens, then the layers
  return { schema, meta, text, sentences, tokens: unpackTokens(tokenColumns), ...layers };
}
