/** Values the quote taggers' features share: the missing-value marker and distance buckets. */

/** The value of a missing neighbour, head or cue in a feature. */
export const NONE = 0x9e3779b9;

export function at(a: Uint32Array | Uint16Array | Uint8Array, i: number, n: number): number {
  return i >= 0 && i < n ? a[i] : NONE;
}

/** Distance bucket 1..9 of a token distance. */
export function bucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 40) return 8;
  return 9;
}
