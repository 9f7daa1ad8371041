/** Integer hashing for perceptron features: strings hashed once, then combined with cheap integer mixing. */

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines a running hash with one more value (murmur3's finalizer over the sum). */
export function mix(h: number, v: number): number {
  return mixBits(h, v) >>> 0;
}

/**
 * mix's bits as an Int32 (the same 32 bits; h and v too may be given signed or unsigned). V8 holds
 * an Int32 as a small integer, where an unsigned value of 2^31 or more is a boxed heap number, so
 * the chained mixes below and callers that store into a typed array use this one.
 */
export function mixBits(h: number, v: number): number {
  let x = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + v) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** A feature id from a template number and one value. */
export function feat1(template: number, a: number): number {
  return mixBits(mixBits(template, a), 1) >>> 0;
}

/** A feature id from a template number and two values. */
export function feat2(template: number, a: number, b: number): number {
  return mixBits(mixBits(mixBits(template, a), b), 2) >>> 0;
}

/** A feature id from a template number and three values. */
export function feat3(template: number, a: number, b: number, c: number): number {
  return mixBits(mixBits(mixBits(mixBits(template, a), b), c), 3) >>> 0;
}

/** feat1's bits as an Int32 (for a Uint32Array of feature ids: the same ids, nothing boxed). */
export function feat1Bits(template: number, a: number): number {
  return mixBits(mixBits(template, a), 1);
}

/** feat2's bits as an Int32. */
export function feat2Bits(template: number, a: number, b: number): number {
  return mixBits(mixBits(mixBits(template, a), b), 2);
}

/** feat3's bits as an Int32. */
export function feat3Bits(template: number, a: number, b: number, c: number): number {
  return mixBits(mixBits(mixBits(mixBits(template, a), b), c), 3);
}
