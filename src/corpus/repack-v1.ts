import { inflateRawSync } from 'node:zlib';
import type { ArticleJson, TokenJson } from '../doc/contract.js';
import { packExtraction, restoreZeroTexts } from './pack-extraction.js';

/** Tokens as schema 1-3 stored them: JSON columns (see unpackColumns). */
interface ColumnsV1 {
  gap: number[];
  len: number[];
  pos?: (string | null)[];
  tag?: (string | null)[];
  head?: (number | null)[];
  dep?: (string | null)[];
}

/** `head` was the head index minus own index (null: root; 0: no head given); null labels were absent. */
function unpackColumns(c: ColumnsV1): TokenJson[] {
  let end = 0;
  return c.gap.map((gap, i) => {
    const start = end + gap;
    end = start + c.len[i];
    const t: TokenJson = { start, end };
    if (c.pos?.[i] != null) t.pos = c.pos[i]!;
    if (c.tag?.[i] != null) t.tag = c.tag[i]!;
    const head = c.head?.[i];
    if (head === null) t.head = null;
    else if (head !== undefined && head !== 0) t.head = i + head;
    if (c.dep?.[i] != null) t.dep = c.dep[i]!;
    return t;
  });
}

/**
 * Repacks an extraction stored by schema 1-3 (deflated JSON, spans equal to the text written as
 * 0, tokens as JSON columns) in the current format: migration 4 runs it on every stored article.
 */
export function repackV1(data: Uint8Array, text: string): Buffer {
  const { tokenColumns, ...rest } = JSON.parse(
    inflateRawSync(data).toString('utf8'),
    restoreZeroTexts(text),
  ) as Omit<ArticleJson, 'text' | 'tokens'> & { tokenColumns: ColumnsV1 };
  return packExtraction({ ...rest, text, tokens: unpackColumns(tokenColumns) } as ArticleJson);
}
