import type { TokenContext } from './token-context.js';
import type { TagSpan } from './tags.js';

/** Kind of an attribution: a verbatim quote, reported speech, or reported speech with a quoted fragment. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

const OPEN_SINGLE = '\u2018';
const CLOSE_SINGLE = '\u2019';

/**
 * True when token i, a right single quotation mark, closes a quotation opened with a left one
 * (British style, "‘We are very excited,’ she said"): it follows punctuation or comes before
 * punctuation or the end; a possessive ("the researchers’ work") does neither.
 */
function closesSingle(ctx: TokenContext, i: number): boolean {
  const doc = ctx.doc;
  if (doc.tokenText(i) !== CLOSE_SINGLE) return false;
  if (i > 0 && ctx.shape[i - 1] >= 6) return true;
  return i + 1 >= doc.length || ctx.shape[i + 1] >= 6 || ctx.sentence[i + 1] !== ctx.sentence[i];
}

/**
 * Direct when every word of the content lies within quote marks, mixed when some do, indirect
 * otherwise. Single curly quotation marks count as quote marks here ("‘We are very excited
 * about this discovery,’"), though the taggers read only double ones.
 */
export function quoteKind(ctx: TokenContext, contents: TagSpan[]): QuoteKind {
  let words = 0;
  let quoted = 0;
  for (const span of contents) {
    let single = false;
    for (let i = span.start; i < span.end; i++) {
      const text = ctx.doc.tokenText(i);
      if (text === OPEN_SINGLE) single = true;
      else if (single && closesSingle(ctx, i)) single = false;
      if (ctx.shape[i] >= 6) continue;
      words++;
      if (ctx.quotes.inside[i] || single) quoted++;
    }
  }
  if (quoted === 0) return 'indirect';
  return quoted === words ? 'direct' : 'mixed';
}
