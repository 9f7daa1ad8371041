import type { Doc } from '../../doc/doc.js';
import { hashString } from '../../models/hash.js';

/**
 * FNV-1a of a text range with ASCII letters lower-cased, equal to hashString of the lower-case
 * word: tokens are looked up in word tables without building a string per token.
 */
export function rangeHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    // curly apostrophes hash as straight ones, so "Israel’s" and "Israel's" read alike
    else if (c === 0x2019) c = 39;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const cache = new WeakMap<Doc, Uint32Array>();

/** The lower-case word hash of every token of a doc (computed once per doc, then shared). */
export function wordHashes(doc: Doc): Uint32Array {
  let hashes = cache.get(doc);
  if (!hashes) {
    hashes = new Uint32Array(doc.length);
    for (let i = 0; i < doc.length; i++) hashes[i] = rangeHash(doc.text, doc.start[i], doc.end[i]);
    cache.set(doc, hashes);
  }
  return hashes;
}

/** The hash of a lower-case word, as wordHashes computes it. */
export const wordHash = (word: string): number => hashString(word.toLowerCase().replace(/’/g, "'"));

/** A set of words as their hashes, for `set.has(hashes[i])` tests. */
export function hashSet(words: string): Set<number> {
  return new Set(words.split(/\s+/).filter(Boolean).map(wordHash));
}

/** A verb's regular inflections (base, -s, -ed, -ing with the usual spelling rules). */
export function inflectVerb(base: string): string[] {
  const out = [base, base + 's', base + 'ing', base + 'ed'];
  if (base.endsWith('e')) out.push(base + 'd', base.slice(0, -1) + 'ing');
  if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied');
  if (/(sh|ch|s|x|z)$/.test(base)) out.push(base + 'es');
  if (/[^aeiou][aeiou][bdgmnprtl]$/.test(base))
    out.push(base + base.slice(-1) + 'ed', base + base.slice(-1) + 'ing');
  return out;
}

/** A noun's singular and plural. */
export function inflectNoun(base: string): string[] {
  if (/[^aeiou]y$/.test(base)) return [base, base.slice(0, -1) + 'ies'];
  if (/(sh|ch|s|x|z)$/.test(base)) return [base, base + 'es'];
  return [base, base + 's'];
}
