import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { ArticleJson } from '../doc/contract.js';
import { DossierError } from '../errors/dossier-error.js';
import { ByteReader, ByteWriter } from './byte-buffer.js';
import { packTokens, skipTokens, unpackTokens } from './token-columns.js';

/** The first byte of a packed extraction or text: the layout below (1 was deflated JSON). */
const FORMAT = 2;

/** Brotli at quality 5: within a few percent of its best on articles, at deflate's speed. */
function compress(data: Uint8Array, mode: number): Buffer {
  const packed = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: mode,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  return Buffer.concat([Buffer.from([FORMAT]), packed]);
}

function decompress(data: Uint8Array): Buffer {
  if (data[0] !== FORMAT)
    throw new DossierError(
      'STORE_INVALID',
      'a stored article is packed in a format this Dossier cannot read',
      {
        expected: `format ${FORMAT}`,
        found: `format ${data[0]}`,
      },
    );
  return brotliDecompressSync(data.subarray(1));
}

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
 * Packs an extraction for the store: a format byte, then brotli over the tokens as binary
 * columns (see token-columns.ts) followed by the rest as JSON. The text is left out (the
 * articles table holds it, see packText), and a span's `text` that equals the text it points at
 * is written as 0 (restored on unpacking), since quotes, mentions and triggers repeat the article.
 */
export function packExtraction(contract: ArticleJson): Buffer {
  const { text, tokens, ...rest } = contract;
  const out = new ByteWriter();
  packTokens(tokens, out);
  out.string(
    JSON.stringify(rest, (_key, value: unknown) =>
      isSpan(value) && typeof value.text === 'string' && value.text === text.slice(value.start, value.end)
        ? { ...value, text: 0 }
        : value,
    ),
  );
  return compress(out.finish(), constants.BROTLI_MODE_GENERIC);
}

/**
 * Unpacks a stored extraction and its article text back into the contract-v1 object. With
 * `withTokens` false the token layer is skipped, not built, and comes back empty (a reader that
 * does not show it, such as the HTTP API's article view, saves most of the work).
 */
export function unpackExtraction(data: Uint8Array, text: string, withTokens = true): ArticleJson {
  const input = new ByteReader(decompress(data));
  let tokens: ArticleJson['tokens'] = [];
  if (withTokens) tokens = unpackTokens(input);
  else skipTokens(input);
  const { schema, meta, sentences, ...layers } = JSON.parse(input.string(), (_key, value: unknown) => {
    if (isSpan(value) && value.text === 0) value.text = text.slice(value.start, value.end);
    return value;
  }) as Omit<ArticleJson, 'text' | 'tokens'>;
  // the contract's own field order: schema, meta, text, sentences, tokens, then the layers
  return { schema, meta, text, sentences, tokens, ...layers };
}

/** Packs an article's text for the store (brotli, text mode). */
export function packText(text: string): Buffer {
  return compress(Buffer.from(text, 'utf8'), constants.BROTLI_MODE_TEXT);
}

/** The text `packText` packed. */
export function unpackText(data: Uint8Array): string {
  return decompress(data).toString('utf8');
}
