import { endsSegment } from './inverted-source.js';
import type { LinkedAttribution } from './link-attributions.js';
import { QuoteMark } from './quote-marks.js';
import type { TokenContext } from './token-context.js';

/** Parts of speech that cannot end what was said: a content cut after one lost its object ("… a demerger in"). */
const DANGLING = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ']);

/** Whether token i cannot end a content: a preposition, determiner, conjunction or infinitive "to". */
function dangles(ctx: TokenContext, i: number): boolean {
  const pos = ctx.doc.label('upos', i);
  return DANGLING.has(pos) || (pos === 'PART' && ctx.doc.tokenText(i).toLowerCase() === 'to');
}

/**
 * Mends contents the taggers ended on a preposition, determiner or conjunction ("… a possible
 * demerger in" before "September."): the content runs on to its segment's end (its closing
 * punctuation left out) when no other attribution's cue or source lies in the way. A particle or
 * preposition that ends its clause is left as it is ("… to hang up.", "signing up for, said …").
 */
export function mendContentEnds(ctx: TokenContext, linked: LinkedAttribution[]): void {
  const n = ctx.doc.length;
  const taken = new Uint8Array(n);
  for (const a of linked) {
    for (let k = a.cue.start; k < a.cue.end; k++) taken[k] = 1;
    for (const s of a.sources) for (let k = s.start; k < s.end; k++) taken[k] = 1;
  }
  for (const a of linked) {
    if (a.contents.length === 0) continue;
    const last = a.contents.reduce((x, y) => (y.end > x.end ? y : x));
    if (last.end >= n || !dangles(ctx, last.end - 1)) continue;
    const seg = ctx.sentence[last.end - 1];
    // a particle or a stranded preposition ends its clause ("quicker to hang up.", "hoping for.")
    if (
      ctx.shape[last.end] >= 6 ||
      endsSegment(ctx, last.end, seg) ||
      ctx.doc.label('dep', last.end - 1) === 'compound:prt'
    )
      continue;
    let end = last.end;
    while (end < n && ctx.sentence[end] === seg && !taken[end]) end++;
    // the segment's closing punctuation stays out (a closing quote mark stays in)
    let stop = end;
    while (stop > last.end && ctx.shape[stop - 1] >= 6 && ctx.quotes.mark[stop - 1] === QuoteMark.None)
      stop--;
    // only where nothing of another attribution lies in the way
    if ((end >= n || ctx.sentence[end] !== seg) && stop > last.end) last.end = stop;
  }
}
