import type { TokenContext } from './token-context.js';
import type { TagSpan } from './tags.js';

/** Kind of an attribution: a verbatim quote, reported speech, or reported speech with a quoted fragment. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** Direct when every word of the content lies within quote marks, mixed when some do, indirect otherwise. */
export function quoteKind(ctx: TokenContext, contents: TagSpan[]): QuoteKind {
  let words = 0;
  let quoted = 0;
  for (const span of contents) {
    for (let i = span.start; i < span.end; i++) {
      if (ctx.shape[i] >= 6) continue;
      words++;
      if (ctx.quotes.inside[i]) quoted++;
    }
  }
  if (quoted === 0) return 'indirect';
  return quoted === words ? 'direct' : 'mixed';
}
