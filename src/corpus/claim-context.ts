import type { ArticleJson } from '../doc/contract.js';

/** Where and by whom a quantity is claimed: the place named beside it and the quote it sits in. */
export interface ClaimContext {
  /** Local id of a place entity in the same sentence (or the quantity's own `place`), or null. */
  place: string | null;
  /** Local id of the quote whose content holds the quantity, or null (the outlet says it). */
  quote: string | null;
  /** The quote's speaker (local entity id), or null. */
  speaker: string | null;
  /** The quote's source text ("health officials"), or null. */
  source: string | null;
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/** Finds the claim context of every quantity in an extraction (parallel to `quantities`). */
export function claimContexts(contract: ArticleJson): ClaimContext[] {
  return contract.quantities.map((q) => {
    const sentence = contract.sentences.find((s) => s.start <= q.start && q.start < s.end) ?? {
      start: q.start,
      end: q.end,
    };
    let place = typeof q.place === 'string' ? q.place : null;
    if (!place) {
      let best = Infinity;
      for (const e of contract.entities) {
        if (!PLACE_TYPES.has(e.type)) continue;
        for (const m of e.mentions) {
          if (m.start < sentence.start || m.end > sentence.end) continue;
          // the nearest place named in the sentence ("56,000 deaths in Gaza")
          const distance = m.start >= q.end ? m.start - q.end : q.start - m.end + 0.5;
          if (distance < best) [best, place] = [distance, e.id];
        }
      }
    }
    const quote = contract.quotes.find(
      (x) => x.content && x.content.start <= q.start && q.end <= x.content.end,
    );
    return {
      place,
      quote: quote?.id ?? null,
      speaker: quote?.speaker ?? null,
      source: quote?.source?.text ?? null,
    };
  });
}
