import type { TagSpan } from './tags.js';
import type { TokenContext } from './token-context.js';

/** How many steps up the parse a span's head may walk to reach its cue ("said [that [the plan [would …]]]"). */
const MAX_STEPS = 6;

/**
 * The cue a content or source span belongs to by the parse, or -1: the first cue met walking up
 * from the span's head ("Figueroa said the campaign planned …": "planned" hangs from "said"), else
 * a cue whose verb hangs from the span ("…," she said: the parser makes "said" a parataxis of the
 * quote's verb; "according to the report": "according" marks "report"). `cueAt[i]` is the index of
 * the cue holding token i, -1 for none. Only cues of the span's own segment count.
 */
export function parseLinkedCue(ctx: TokenContext, span: TagSpan, cueAt: Int32Array): number {
  if (!ctx.parsed) return -1;
  const head = ctx.doc.head;
  const seg = ctx.sentence[span.start];
  for (let i = span.start; i < span.end; i++) {
    const h = head[i];
    if (h >= span.start && h < span.end) continue;
    let j = i;
    for (let steps = 0; steps < MAX_STEPS; steps++) {
      const up = head[j];
      if (up < 0 || up === j || ctx.sentence[up] !== seg) break;
      if (cueAt[up] >= 0) return cueAt[up];
      j = up;
    }
  }
  for (let c = span.start - 1; c >= 0 && ctx.sentence[c] === seg; c--) {
    if (cueAt[c] >= 0 && head[c] >= span.start && head[c] < span.end) return cueAt[c];
  }
  for (let c = span.end; c < ctx.doc.length && ctx.sentence[c] === seg; c++) {
    if (cueAt[c] >= 0 && head[c] >= span.start && head[c] < span.end) return cueAt[c];
  }
  return -1;
}

/** Index of the cue holding each token (-1 for none). */
export function cueIndex(n: number, cues: TagSpan[]): Int32Array {
  const at = new Int32Array(n).fill(-1);
  cues.forEach((c, k) => at.fill(k, c.start, c.end));
  return at;
}
