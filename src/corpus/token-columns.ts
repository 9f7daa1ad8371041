import type { TokenJson } from '../doc/contract.js';
import { ByteReader, ByteWriter } from './byte-buffer.js';

/**
 * Tokens stored as binary columns of varints, which compress several times better than one
 * JSON object per token. Layout, in order:
 *   n                     token count
 *   labels                JSON `{c: [[pos, tag], ...], d: [dep, ...]}`: the article's tag
 *                         pairs and relations, in order of first use (null: not given)
 *   gap × n               start minus the previous token's end
 *   len × n               end minus start
 *   class × n             0: neither pos nor tag given; k: the pair c[k - 1]
 *   head × n              0: no head given; 1: sentence root (null); k: head − own index
 *                         zigzag-coded (0, −1, 1, −2 … → 0, 1, 2, 3 …) plus 2
 *   dep × n               0: not given; k: d[k - 1]
 * Columns are laid out one after another so that a compressor sees runs of like values.
 */
export function packTokens(tokens: TokenJson[], out: ByteWriter): void {
  const pairs = new Map<string, number>();
  const deps = new Map<string, number>();
  const c: [string | null, string | null][] = [];
  const d: string[] = [];
  const classes = tokens.map((t) => {
    if (t.pos === undefined && t.tag === undefined) return 0;
    const pair: [string | null, string | null] = [t.pos ?? null, t.tag ?? null];
    const key = JSON.stringify(pair);
    let k = pairs.get(key);
    if (k === undefined) {
      c.push(pair);
      pairs.set(key, (k = c.length));
    }
    return k;
  });
  const relations = tokens.map((t) => {
    if (t.dep === undefined) return 0;
    let k = deps.get(t.dep);
    if (k === undefined) {
      d.push(t.dep);
      deps.set(t.dep, (k = d.length));
    }
    return k;
  });
  out.uint(tokens.length);
  out.string(JSON.stringify({ c, d }));
  let end = 0;
  for (const t of tokens) {
    out.uint(t.start - end);
    end = t.start;
    out.uint(t.end - t.start);
    end = t.end;
  }
  for (const k of classes) out.uint(k);
  tokens.forEach((t, i) => {
    if (t.head === undefined) out.uint(0);
    else if (t.head === null) out.uint(1);
    else {
      const delta = t.head - i;
      out.uint((delta >= 0 ? delta * 2 : -delta * 2 - 1) + 2);
    }
  });
  for (const k of relations) out.uint(k);
}

/** Reads tokens written by `packTokens` (the exact objects it was given). */
export function unpackTokens(input: ByteReader): TokenJson[] {
  const n = input.uint();
  const { c, d } = JSON.parse(input.string()) as { c: [string | null, string | null][]; d: string[] };
  const tokens: TokenJson[] = [];
  let end = 0;
  for (let i = 0; i < n; i++) {
    const start = end + input.uint();
    end = start + input.uint();
    tokens.push({ start, end });
  }
  for (const t of tokens) {
    const k = input.uint();
    if (k === 0) continue;
    const [pos, tag] = c[k - 1];
    if (pos !== null) t.pos = pos;
    if (tag !== null) t.tag = tag;
  }
  tokens.forEach((t, i) => {
    const k = input.uint();
    if (k === 1) t.head = null;
    else if (k > 1) {
      const z = k - 2;
      t.head = i + (z % 2 === 0 ? z / 2 : -(z + 1) / 2);
    }
  });
  for (const t of tokens) {
    const k = input.uint();
    if (k > 0) t.dep = d[k - 1];
  }
  return tokens;
}

/** Moves past tokens written by `packTokens` without building them (five varints a token). */
export function skipTokens(input: ByteReader): void {
  const n = input.uint();
  input.block();
  for (let i = 0; i < 5 * n; i++) input.uint();
}
