import type { LinkedAttribution } from './link-attributions.js';
import { QuoteMark } from './quote-marks.js';
import type { TokenContext } from './token-context.js';

const SOURCE = 1;
const CUE = 2;
const CONTENT = 3;
/** Dashes that sign a quote: em dash, horizontal bar, en dash. */
const DASHES = new Set([0x2014, 0x2015, 0x2013]);
/** Most tokens a signature name may have ("Christina N Luis Olidem"). */
const MAX_NAME = 6;

function isDash(ctx: TokenContext, i: number): boolean {
  const doc = ctx.doc;
  return doc.end[i] - doc.start[i] === 1 && DASHES.has(doc.text.charCodeAt(doc.start[i]));
}

/** The signature after a dash: capitalized tokens up to the paragraph end, a full stop or a quote mark. */
function signature(ctx: TokenContext, dash: number): number {
  const doc = ctx.doc;
  let end = dash + 1;
  while (
    end < doc.length &&
    end - dash <= MAX_NAME &&
    !ctx.paragraphStart[end] &&
    ctx.quotes.mark[end] === QuoteMark.None &&
    doc.tokenText(end) !== '.'
  )
    end++;
  if (end === dash + 1 || end - dash > MAX_NAME) return -1;
  if (ctx.shape[dash + 1] !== 2 && ctx.shape[dash + 1] !== 3) return -1;
  // the signature ends the paragraph or the quotes' run ("… me.” ― Carla Sanchez. “Donald …")
  return end;
}

/**
 * Quotes signed with a dash, as in collected reactions: “…” ― Sonya Herridge. The quote before
 * the dash is the content (its marks included), the dash the cue and the name after it the source.
 * Adds those the taggers missed, in text order; a dash already inside an attribution is left alone.
 */
export function addDashAttributions(ctx: TokenContext, linked: LinkedAttribution[]): LinkedAttribution[] {
  const used = new Uint8Array(ctx.doc.length);
  for (const a of linked) for (const s of [a.cue, ...a.sources, ...a.contents]) used.fill(1, s.start, s.end);
  const added: LinkedAttribution[] = [];
  for (let i = 1; i < ctx.doc.length; i++) {
    if (used[i] || !isDash(ctx, i) || ctx.quotes.mark[i - 1] !== QuoteMark.Close) continue;
    const end = signature(ctx, i);
    if (end < 0) continue;
    // back from the closing mark to the opening one (or the paragraph start: some feeds open with ”)
    let start = i - 1;
    while (start > 0 && ctx.quotes.mark[start] !== QuoteMark.Open && !ctx.paragraphStart[start]) start--;
    if (used.subarray(start, i).some((u) => u === 1) || i - start < 3) continue;
    added.push({
      cue: { role: CUE, start: i, end: i + 1 },
      sources: [{ role: SOURCE, start: i + 1, end }],
      contents: [{ role: CONTENT, start, end: i }],
    });
  }
  if (added.length === 0) return linked;
  return [...linked, ...added].sort((x, y) => x.cue.start - y.cue.start);
}
