import type { TokenJson } from '../doc/contract.js';

/**
 * Tokens stored as columns, which compress several times better than one object per token:
 * `gap` = start minus the previous token's end, `len` = end minus start, `head` = head index
 * minus own index (null: sentence root; 0: no head given, since no token heads itself), and the
 * labels as arrays (null: not given). A column whose values are all absent is left out.
 */
export interface TokenColumns {
  gap: number[];
  len: number[];
  pos?: (string | null)[];
  tag?: (string | null)[];
  head?: (number | null)[];
  dep?: (string | null)[];
}

function labels(tokens: TokenJson[], key: 'pos' | 'tag' | 'dep'): (string | null)[] | undefined {
  return tokens.some((t) => t[key] !== undefined) ? tokens.map((t) => t[key] ?? null) : undefined;
}

/** Packs contract tokens into columns. */
export function packTokens(tokens: TokenJson[]): TokenColumns {
  let end = 0;
  const gap: number[] = [];
  const len: number[] = [];
  for (const t of tokens) {
    gap.push(t.start - end);
    len.push(t.end - t.start);
    end = t.end;
  }
  const columns: TokenColumns = { gap, len };
  const pos = labels(tokens, 'pos');
  const tag = labels(tokens, 'tag');
  const dep = labels(tokens, 'dep');
  if (pos) columns.pos = pos;
  if (tag) columns.tag = tag;
  if (tokens.some((t) => t.head !== undefined))
    columns.head = tokens.map((t, i) => (t.head === undefined ? 0 : t.head === null ? null : t.head - i));
  if (dep) columns.dep = dep;
  return columns;
}

/** Unpacks columns into contract tokens (the exact objects `packTokens` was given). */
export function unpackTokens(c: TokenColumns): TokenJson[] {
  const tokens: TokenJson[] = [];
  let end = 0;
  for (let i = 0; i < c.gap.length; i++) {
    const start = end + c.gap[i];
    end = start + c.len[i];
    const t: TokenJson = { start, end };
    if (c.pos?.[i] != null) t.pos = c.pos[i]!;
    if (c.tag?.[i] != null) t.tag = c.tag[i]!;
    const head = c.head?.[i];
    if (head === null) t.head = null;
    else if (head !== undefined && head !== 0) t.head = i + head;
    if (c.dep?.[i] != null) t.dep = c.dep[i]!;
    tokens.push(t);
  }
  return tokens;
}
