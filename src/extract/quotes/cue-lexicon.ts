import type { TokenContext } from './token-context.js';

/**
 * How often each word is (part of) an attribution cue in the training data: the lower-case hash of
 * the word (TokenContext.lower) mapped to a rate bucket, 1 (under 10% of its occurrences) to 10
 * (90% or more). Words seen fewer than MIN_SEEN times or cued fewer than MIN_CUED times are left
 * out (bucket 0). A broad, learned cue lexicon: "said" 10, "according" 10, "warned" 9, "calling" 7,
 * "believes" 4, "views" 2, "maintains" 0.
 */
export type CueLexicon = Map<number, number>;

const MIN_SEEN = 3;
const MIN_CUED = 2;

/** Counts of words seen and words inside a gold cue, accumulated over documents. */
export class CueCounts {
  readonly seen = new Map<number, number>();
  readonly cued = new Map<number, number>();

  /** Adds a document: `isCue(i)` tells whether token i lies in a gold cue. */
  add(ctx: TokenContext, isCue: (i: number) => boolean): void {
    for (let i = 0; i < ctx.doc.length; i++) {
      const w = ctx.lower[i];
      this.seen.set(w, (this.seen.get(w) ?? 0) + 1);
      if (isCue(i)) this.cued.set(w, (this.cued.get(w) ?? 0) + 1);
    }
  }

  /** The lexicon of these counts. */
  lexicon(): CueLexicon {
    const out: CueLexicon = new Map();
    for (const [w, cued] of this.cued) {
      const seen = this.seen.get(w) ?? 0;
      if (seen < MIN_SEEN || cued < MIN_CUED) continue;
      out.set(w, 1 + Math.min(9, Math.floor((10 * cued) / seen)));
    }
    return out;
  }
}

/** Fills `ctx.cueRate` from a lexicon. */
export function applyCueLexicon(ctx: TokenContext, lexicon: CueLexicon): void {
  for (let i = 0; i < ctx.doc.length; i++) ctx.cueRate[i] = lexicon.get(ctx.lower[i]) ?? 0;
}

/** The lexicon as flat [hash, bucket, hash, bucket, …] pairs sorted by hash (for a model header). */
export function lexiconPairs(lexicon: CueLexicon): number[] {
  return [...lexicon.entries()].sort((a, b) => a[0] - b[0]).flat();
}

/** The lexicon of flat pairs (an empty lexicon for anything else). */
export function lexiconOfPairs(pairs: unknown): CueLexicon {
  const out: CueLexicon = new Map();
  if (!Array.isArray(pairs)) return out;
  for (let k = 0; k + 1 < pairs.length; k += 2) out.set(Number(pairs[k]), Number(pairs[k + 1]));
  return out;
}
