import { hashString } from '../../models/hash.js';
import type { LinkedAttribution } from './link-attributions.js';
import { QuoteMark } from './quote-marks.js';
import { ReportingClass } from './reporting-words.js';
import type { TokenContext } from './token-context.js';

const SOURCE = 1;
const CUE = 2;
const CONTENT = 3;
/** Most tokens between "according to" and the comma that ends its source. */
const MAX_SOURCE = 20;
/** Least tokens the clause after the comma must have. */
const MIN_CONTENT = 3;
/** Quote characters, straight or curly, that stay in a content at its end ("… Again.''"). */
const QUOTE_CHARS = /^['"\u2018\u2019\u201c\u201d]+$/;

const ACCORDING = hashString('according');
const TO = hashString('to');

const IN = hashString('in');
const POLLS = new Set(['poll', 'polls', 'survey', 'surveys'].map(hashString));

/**
 * The attribution of a sentence that opens with a cue of `cueLength` tokens at token i, a source
 * up to the first comma and the clause after it: the cue and source as given, the rest of the
 * sentence without its closing full stop as the content. `sourceOk` vets the source's tokens.
 * Null when the sentence has no such shape.
 */
function framed(
  ctx: TokenContext,
  i: number,
  cueLength: number,
  sourceOk: (from: number, to: number) => boolean,
): LinkedAttribution | null {
  const doc = ctx.doc;
  const seg = ctx.sentence[i];
  const from = i + cueLength;
  let comma = from;
  while (comma < doc.length && ctx.sentence[comma] === seg && comma - from <= MAX_SOURCE) {
    const t = doc.tokenText(comma);
    if (t === ',') break;
    if (ctx.quotes.mark[comma] !== QuoteMark.None || (ctx.shape[comma] >= 6 && t !== '.' && t !== '-'))
      return null;
    comma++;
  }
  if (comma === from || comma >= doc.length || doc.tokenText(comma) !== ',') return null;
  if (!sourceOk(from, comma)) return null;
  let end = comma + 1;
  while (end < doc.length && ctx.sentence[end] === seg) end++;
  while (end > comma + 1 && ctx.shape[end - 1] === 6 && !QUOTE_CHARS.test(doc.tokenText(end - 1))) end--;
  if (end - (comma + 1) < MIN_CONTENT) return null;
  return {
    cue: { role: CUE, start: i, end: from },
    sources: [{ role: SOURCE, start: from, end: comma }],
    contents: [{ role: CONTENT, start: comma + 1, end }],
  };
}

/**
 * A sentence that opens with "According to X, …": PolNeAR marks "According to" as the cue, X up
 * to the comma as the source and the rest of the sentence, without its closing full stop, as the
 * content (PolNeAR train: 63 of 67 such sentences have that cue, and 61 of those that source and
 * that content's start). One that opens with "In X poll, …" ("In a Des Moines Register poll, Mr.
 * Cruz had a 10 percentage-point lead") likewise, with "In" as the cue (train: 16 of 21 such
 * sentences with a poll or survey; never with an interview, speech or email, 0 of 72).
 */
function framingOpening(ctx: TokenContext, i: number): LinkedAttribution | null {
  const doc = ctx.doc;
  if (i + 2 >= doc.length || ctx.sentence[i + 2] !== ctx.sentence[i]) return null;
  if (ctx.reporting[i] === ReportingClass.According && ctx.lower[i] === ACCORDING && ctx.lower[i + 1] === TO)
    return framed(ctx, i, 2, () => true);
  if (ctx.lower[i] === IN && ctx.shape[i] === 2)
    return framed(ctx, i, 1, (from, to) => {
      for (let k = from; k < to; k++) if (POLLS.has(ctx.lower[k])) return true;
      return false;
    });
  return null;
}

/**
 * Sentences that open with "According to X, …" or "In X poll, …" take the attribution PolNeAR
 * gives them (see framingOpening) in place of what the taggers found there: the tagger often runs
 * the source on past the comma or takes a verb of the clause as a cue. An attribution whose cue
 * lies in the clause goes (PolNeAR nests no attribution in another's content).
 */
export function addAccordingTo(ctx: TokenContext, linked: LinkedAttribution[]): LinkedAttribution[] {
  const n = ctx.doc.length;
  const added: LinkedAttribution[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && ctx.sentence[i - 1] === ctx.sentence[i]) continue;
    // past an opening quote mark or dash at the sentence start
    let k = i;
    while (k < n && ctx.sentence[k] === ctx.sentence[i] && ctx.shape[k] >= 6 && k - i < 2) k++;
    const a = framingOpening(ctx, k);
    if (a) added.push(a);
  }
  if (added.length === 0) return linked;
  const kept = linked.filter(
    (l) => !added.some((a) => l.cue.start < a.contents[0].end && a.cue.start < l.cue.end),
  );
  return [...kept, ...added].sort((x, y) => x.cue.start - y.cue.start);
}
