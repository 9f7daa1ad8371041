import { labels } from '../../doc/string-store.js';
import { subtreeSpan } from './parse-source.js';
import type { TagSpan } from './tags.js';
import type { TokenContext } from './token-context.js';

const CONTENT = 3;
/** Relations of a cue verb's dependent that hold what was said, in order of preference. */
const COMPLEMENTS = ['ccomp', 'parataxis', 'xcomp', 'obj'];

/**
 * Content read from the parse for a cue the role tagger left without one: the subtree of the cue
 * verb's clausal complement ("said [the campaign planned …]"), else its object, right of the cue
 * and clear of tokens `taken` by other spans. Null when the parse shows no such dependent.
 */
export function complementContent(ctx: TokenContext, cue: TagSpan, taken: Uint8Array): TagSpan | null {
  if (!ctx.parsed) return null;
  const doc = ctx.doc;
  const seg = ctx.sentence[cue.start];
  let verb = cue.end - 1;
  for (let i = cue.start; i < cue.end; i++) {
    if (labels.get(doc.upos[i]) === 'VERB') {
      verb = i;
      break;
    }
  }
  for (const rel of COMPLEMENTS) {
    const id = labels.intern(rel);
    for (let i = cue.end; i < doc.length && ctx.sentence[i] === seg; i++) {
      if (doc.head[i] !== verb || doc.dep[i] !== id) continue;
      const span = subtreeSpan(ctx, i);
      span.role = CONTENT;
      if (span.start < cue.end) span.start = cue.end;
      // a complement ends where another span or cue begins
      for (let k = span.start; k < span.end; k++) {
        if (taken[k]) {
          span.end = k;
          break;
        }
      }
      while (span.start < span.end && ctx.shape[span.start] >= 6 && !ctx.quotes.mark[span.start])
        span.start++;
      while (span.end > span.start && ctx.shape[span.end - 1] === 6) span.end--;
      if (span.end > span.start) return span;
    }
  }
  return null;
}
