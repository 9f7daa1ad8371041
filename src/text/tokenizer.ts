/** Token boundaries found in a text: parallel arrays of UTF-16 offsets, end exclusive. */
export interface TokenOffsets {
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Splits text into tokens (UD English conventions). Placeholder: letters/digits runs and single symbols. */
export function tokenize(text: string): TokenOffsets {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}
