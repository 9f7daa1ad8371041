import type { LinkedAttribution } from './link-attributions.js';
import { QuoteMark } from './quote-marks.js';
import { sourceTypeOf } from './source-type.js';
import type { TagSpan } from './tags.js';
import type { TokenContext } from './token-context.js';

const SOURCE = 1;
const CONTENT = 3;
/**
 * Finite verbs of saying that English puts before their subject after a quotation ("…, said the
 * minister", "…, warn union leaders"); not verbs that take an object there ("…, told Reuters",
 * "cited problems", "noted the rule").
 */
const INVERTING_VERBS = new Set(
  (
    'said says say added adds warned warns warn insisted insists explained explains claimed claims argued argues ' +
    'asked asks continued continues wrote writes admitted admits conceded concedes recalled recalls stressed stresses ' +
    'declared declares predicted predicts agreed agrees replied replies'
  ).split(' '),
);
/**
 * Verbs of saying and thinking that invert as well but also take an object there ("…, noted the
 * rule"): only before a name or a source word that ends the sentence ("…, noted NBC's Dante
 * Chinni.", "…, suggests a report into search habits.").
 */
const STRICT_INVERTING_VERBS = new Set(
  (
    'noted notes thinks think believes believe reports reported suggests suggested observed observes ' +
    'concluded concludes estimates estimated reckons reckoned remarked remarks'
  ).split(' '),
);
/** Most tokens of a source after its cue ("said the festival's executive director, …"). */
const MAX_SOURCE = 12;
/** Words that may open a source written after its cue besides a capitalised word. */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'its',
  'their',
  'his',
  'her',
  'one',
  'some',
  'two',
  'three',
]);
/** Parts of speech that open a bare noun phrase ("warn union leaders", "said analysts"). */
const NOUN_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Parts of speech a noun phrase after the cue cannot hold: a clause, not a source, follows ("said the plan would fail"). */
const CLAUSE_POS = new Set(['VERB', 'AUX', 'SCONJ']);
/** A time written after the verb of saying, which is no source. */
const TIME_WORDS =
  /^(?:(?:on|last|this|next|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** Tokens that end a source written after its cue. */
const SOURCE_ENDS = new Set([',', '.', ';', ':', '!', '?', '(', '–', '—', '--']);

/**
 * The source written after its cue in quotative inversion, where English puts the subject after
 * a verb of saying that follows what was said: "Prices will rise, warned analysts at the bank.",
 * "Instead, said Mr Doctorow, DRM systems were …". Token span [from, to) after the cue, or null:
 * the cue is one verb of saying after a comma or a quotation mark, and the words after it up to
 * the next comma or the segment's end are a noun phrase (a capitalised word, a determiner, a
 * possessive, a noun or an adjective first; no verb, auxiliary or subordinator) and no time.
 */
function sourceAfter(ctx: TokenContext, cue: TagSpan): [number, number] | null {
  const doc = ctx.doc;
  const c = cue.start;
  if (cue.end - c !== 1 || c === 0) return null;
  if (doc.label('upos', c) !== 'VERB') return null;
  const word = doc.tokenText(c).toLowerCase();
  const listed = INVERTING_VERBS.has(word);
  if (!listed && !STRICT_INVERTING_VERBS.has(word)) return null;
  const seg = ctx.sentence[c];
  const before = doc.tokenText(c - 1);
  if (ctx.sentence[c - 1] !== seg || (before !== ',' && ctx.quotes.mark[c - 1] === QuoteMark.None))
    return null;
  const from = cue.end;
  if (from >= doc.length || ctx.sentence[from] !== seg) return null;
  const first = doc.tokenText(from);
  if (!/^\p{Lu}/u.test(first) && !OPENERS.has(first.toLowerCase()) && !NOUN_POS.has(doc.label('upos', from)))
    return null;
  let to = from;
  while (to < doc.length && ctx.sentence[to] === seg && to - from <= MAX_SOURCE) {
    const t = doc.tokenText(to);
    if (SOURCE_ENDS.has(t) || ctx.quotes.mark[to] !== QuoteMark.None) break;
    if (CLAUSE_POS.has(doc.label('upos', to))) return null;
    to++;
  }
  if (to === from || to - from > MAX_SOURCE) return null;
  // a list of verb phrases, not an inversion ("He hosts a talk show, writes a weekly column and, …")
  if (doc.label('upos', to - 1) === 'CCONJ') return null;
  // a time after the verb is no source ("the ministry, meanwhile, said Tuesday.")
  if (TIME_WORDS.test(doc.text.slice(doc.start[from], doc.end[to - 1]))) return null;
  // the source ends the segment or a comma follows it
  if (to < doc.length && ctx.sentence[to] === seg && !SOURCE_ENDS.has(doc.tokenText(to))) return null;
  if (!listed && !(endsSegment(ctx, to, seg) && headedLikeSource(ctx, from, to))) return null;
  return [from, to];
}

/** Finite verb tags (Penn): a clause of its own, not an appositive's participle ("X, known as Y, wrote"). */
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/** Words that open a relative clause about a subject ("Inbev, which makes Stella Artois, said …"). */
const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'whom', 'which']);

/** Whether tokens [from, to) hold a finite verb of a clause of their own (no relative pronoun before it). */
function clauseBetween(ctx: TokenContext, from: number, to: number): boolean {
  let finite = false;
  for (let k = from; k < to; k++) {
    if (RELATIVE_PRONOUNS.has(ctx.doc.tokenText(k).toLowerCase())) return false;
    if (FINITE.has(ctx.doc.label('xpos', k))) finite = true;
  }
  return finite;
}

/** Whether only punctuation lies from token `to` to the end of segment `seg`. */
export function endsSegment(ctx: TokenContext, to: number, seg: number): boolean {
  for (let k = to; k < ctx.doc.length && ctx.sentence[k] === seg; k++) if (ctx.shape[k] < 6) return false;
  return true;
}

/** Whether the phrase [from, to) is headed (its last word before a preposition) by a name or a source word. */
function headedLikeSource(ctx: TokenContext, from: number, to: number): boolean {
  let head = from;
  while (head + 1 < to && ctx.doc.label('upos', head + 1) !== 'ADP') head++;
  if (ctx.doc.label('upos', head) === 'PROPN') return true;
  const type = sourceTypeOf(ctx.doc.tokenText(head).toLowerCase());
  return type !== 'unknown' && type !== 'person';
}

/** Token spans of `spans` with [from, to) taken out, empty pieces dropped. */
function without(spans: TagSpan[], from: number, to: number): TagSpan[] {
  const out: TagSpan[] = [];
  for (const s of spans) {
    if (s.end <= from || s.start >= to) out.push(s);
    else {
      if (s.start < from) out.push({ role: s.role, start: s.start, end: from });
      if (s.end > to) out.push({ role: s.role, start: to, end: s.end });
    }
  }
  return out;
}

/** [from, to) without the punctuation at either end; null when no word is left. */
function trimmed(ctx: TokenContext, from: number, to: number): TagSpan | null {
  while (from < to && ctx.shape[from] >= 6 && ctx.quotes.mark[from] === QuoteMark.None) from++;
  while (to > from && ctx.shape[to - 1] >= 6 && ctx.quotes.mark[to - 1] === QuoteMark.None) to--;
  return to > from ? { role: CONTENT, start: from, end: to } : null;
}

/** Words that open a clause about the source, not what it said ("…, said Mr Richards, who added …"). */
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'where', 'when', 'adding', 'saying']);
/** Most words of a lead-in before the cue that a content after the source leaves out ("Instead, said X, …"). */
const LEAD_IN = 4;

/**
 * What was said, in the segment of a cue at `cue` whose source ends at `to`: the words before the
 * cue, and those after the source's comma unless a clause about the source opens there; after a
 * short lead-in ("Instead, said Mr Doctorow, DRM systems were …"), those after only.
 */
function segmentContent(ctx: TokenContext, cue: number, to: number): TagSpan[] {
  const seg = ctx.sentence[cue];
  let start = cue;
  while (start > 0 && ctx.sentence[start - 1] === seg) start--;
  let end = to;
  while (end < ctx.doc.length && ctx.sentence[end] === seg) end++;
  const before = trimmed(ctx, start, cue);
  const opensAfter =
    to + 1 < end && ctx.doc.tokenText(to) === ',' && !RELATIVES.has(ctx.doc.tokenText(to + 1).toLowerCase());
  const after = opensAfter ? trimmed(ctx, to + 1, end) : null;
  if (!after) return before ? [before] : [];
  if (!before || words(ctx, before) <= LEAD_IN) return [after];
  return [before, after];
}

/** The number of word tokens of a span. */
function words(ctx: TokenContext, span: TagSpan): number {
  let n = 0;
  for (let k = span.start; k < span.end; k++) if (ctx.shape[k] < 6) n++;
  return n;
}

/**
 * Gives an attribution without a source the source that quotative inversion puts after its cue
 * (see sourceAfter): the taggers, trained on text where few sources follow the verb, read "the
 * finance minister" in "…, said the finance minister." as part of the content or as nothing.
 * A source they put before the comma ("Workers could strike …, warn union leaders.") is the
 * subject of what was said, and gives way to a short phrase ending the sentence that names a
 * source. The source leaves the content; a content within the
 * segment becomes what segmentContent reads around the cue and source.
 */
export function addInvertedSources(ctx: TokenContext, linked: LinkedAttribution[]): void {
  for (const a of linked) {
    // a source the taggers put before the comma ("Workers could strike …, warn union leaders.")
    // is the subject of what was said when a verb lies between it and the comma; one that ends at
    // the comma is the verb's own subject ("Ivanka Trump, the nominee's daughter, noted …")
    const seg = ctx.sentence[a.cue.start];
    // a relative pronoun the taggers took for the source ("Sanders, who had said …, said") stays
    if (a.sources.some((x) => RELATIVE_PRONOUNS.has(ctx.doc.tokenText(x.start).toLowerCase()))) continue;
    if (
      a.sources.some(
        (s) =>
          s.end > a.cue.start || ctx.sentence[s.start] !== seg || !clauseBetween(ctx, s.end, a.cue.start),
      )
    )
      continue;
    const span = sourceAfter(ctx, a.cue);
    if (!span) continue;
    const [from, to] = span;
    // displacing a source needs more: a short phrase ending the sentence, headed by a name or a
    // word for a source ("analysts", "the watchdog"), not an object ("…, conceded a penalty")
    if (
      a.sources.length > 0 &&
      !(to - from <= 6 && endsSegment(ctx, to, seg) && headedLikeSource(ctx, from, to))
    )
      continue;
    let contents = without(without(a.contents, a.cue.start, a.cue.end), from, to)
      .map((s) => trimmed(ctx, s.start, s.end))
      .filter((s): s is TagSpan => s !== null);
    // within the segment, what was said is the segment around the cue and source ("Prices are
    // likely to rise again, warned analysts" was "Prices are"); a quote running on from earlier
    // segments stays
    if (contents.every((c) => ctx.sentence[c.start] === seg && ctx.sentence[c.end - 1] === seg))
      contents = segmentContent(ctx, a.cue.start, to);
    a.contents = contents;
    a.sources = [{ role: SOURCE, start: from, end: to }];
  }
}
