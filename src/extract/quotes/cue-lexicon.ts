import { FORM_CAPACITY, QUOTE_FORMS } from './quote-forms.js';
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

/** Per lexicon, the rate of each QUOTE_FORMS entry of one generation (-1: not looked up yet). */
const formRates = new WeakMap<CueLexicon, { generation: number; rates: Int8Array }>();

function formRatesOf(lexicon: CueLexicon): Int8Array {
  let memo = formRates.get(lexicon);
  if (!memo) formRates.set(lexicon, (memo = { generation: -1, rates: new Int8Array(FORM_CAPACITY) }));
  if (memo.generation !== QUOTE_FORMS.generation) {
    memo.rates.fill(-1);
    memo.generation = QUOTE_FORMS.generation;
  }
  return memo.rates;
}

/**
 * Fills `ctx.cueRate` from a lexicon (not changed once applied: the rate of a word form is looked up
 * once per process and lexicon).
 */
export function applyCueLexicon(ctx: TokenContext, lexicon: CueLexicon): void {
  const form = ctx.form;
  const rates = form && ctx.formGeneration === QUOTE_FORMS.generation ? formRatesOf(lexicon) : null;
  for (let i = 0; i < ctx.doc.length; i++) {
    const e = rates && form ? form[i] : -1;
    if (e < 0) {
      ctx.cueRate[i] = lexicon.get(ctx.lower[i]) ?? 0;
      continue;
    }
    let rate = (rates as Int8Array)[e];
    if (rate < 0) {
      rate = lexicon.get(ctx.lower[i]) ?? 0;
      // a bucket is 1 to 10; anything else is not kept
      if (rate >= 0 && rate <= 127) (rates as Int8Array)[e] = rate;
    }
    ctx.cueRate[i] = rate;
  }
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
