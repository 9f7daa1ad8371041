import { labels } from '../../doc/string-store.js';
import type { TagSpan } from './tags.js';
import { mapList } from '../object-list.js';
import type { TokenContext } from './token-context.js';

const SOURCE = 1;
const RELATIVE = new Set(['which', 'who', 'that', 'whom']);

/** The span [first, last + 1) of token t's subtree, stopping at its sentence's bounds. */
export function subtreeSpan(ctx: TokenContext, t: number, skip = -1): TagSpan {
  const doc = ctx.doc;
  const seg = ctx.sentence;
  let from = t;
  let to = t + 1;
  const under = (i: number): boolean => {
    let j = i;
    for (let steps = 0; steps < 40; steps++) {
      if (j === t) return true;
      if (j === skip) return false;
      const h = doc.head[j];
      if (h < 0 || h === j) return false;
      j = h;
    }
    return false;
  };
  for (let i = t - 1; i >= 0 && seg[i] === seg[t]; i--) if (under(i)) from = i;
  for (let i = t + 1; i < doc.length && seg[i] === seg[t]; i++) if (under(i)) to = i + 1;
  // Punctuation at the edges belongs to the sentence, not to the source.
  while (to - 1 > from && ctx.shape[to - 1] >= 6) to--;
  while (from < to - 1 && ctx.shape[from] >= 6) from++;
  return { role: SOURCE, start: from, end: to };
}

function childWith(ctx: TokenContext, t: number, dep: number): number {
  const seg = ctx.sentence;
  for (let i = t - 1; i >= 0 && seg[i] === seg[t]; i--)
    if (ctx.doc.head[i] === t && ctx.doc.dep[i] === dep) return i;
  for (let i = t + 1; i < ctx.doc.length && seg[i] === seg[t]; i++)
    if (ctx.doc.head[i] === t && ctx.doc.dep[i] === dep) return i;
  return -1;
}

/** A cue's source read from the parse. */
export interface ParseSource {
  span: TagSpan;
  /** The verb whose subject was taken when it is not the cue's own, else -1. */
  governor: number;
  /** For a relative pronoun ("which", "who"), the noun phrase it stands for. */
  antecedent: TagSpan | null;
}

/** The noun phrase that the relative clause headed by `verb` modifies, without the clause or a leading preposition. */
function antecedentOf(ctx: TokenContext, verb: number, pronoun: number, surfaceFirst = true): TagSpan | null {
  const surface = surfaceFirst ? nounPhraseBefore(ctx, pronoun) : null;
  if (surface) return surface;
  const noun = ctx.doc.head[verb];
  if (noun < 0 || noun === verb) return null;
  const span = subtreeSpan(ctx, noun, verb);
  span.end = Math.min(span.end, pronoun);
  const kase = labels.intern('case');
  while (span.start < span.end - 1 && ctx.doc.dep[span.start] === kase) span.start++;
  while (span.end - 1 > span.start && ctx.shape[span.end - 1] >= 6) span.end--;
  return span.start < span.end ? span : null;
}

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * The noun phrase that ends right before a relative pronoun (", which" / ", who"): in news text the
 * antecedent nearly always stands there, and the parse often attaches a second relative clause to
 * the wrong verb ("Hamas, which X deems …, unlike Western nations, which classify it …").
 */
function nounPhraseBefore(ctx: TokenContext, pronoun: number): TagSpan | null {
  const doc = ctx.doc;
  let end = pronoun;
  if (end > 0 && doc.tokenText(end - 1) === ',') end--;
  let start = end;
  while (
    start > 0 &&
    ctx.sentence[start - 1] === ctx.sentence[pronoun] &&
    NP_POS.has(labels.get(doc.upos[start - 1]))
  )
    start--;
  while (start < end && labels.get(doc.upos[start]) === 'DET') start++;
  if (start === end || !/^(NOUN|PROPN)$/.test(labels.get(doc.upos[end - 1]))) return null;
  return { role: SOURCE, start, end };
}

/**
 * The grammatical source of a cue from the parse: the subject of the cue's verb; for a participial
 * or infinitival cue with no subject of its own ("…, saying it could happen"), the subject of the
 * verb it hangs from; for a relative pronoun ("nations, which classify it as…"), the noun the
 * clause modifies (PolNeAR marks the pronoun; `antecedent` gives the noun).
 */
export function parseSource(ctx: TokenContext, cue: TagSpan): ParseSource | null {
  if (!ctx.parsed) return null;
  const doc = ctx.doc;
  const nsubj = labels.intern('nsubj');
  const relcl = labels.intern('acl:relcl');
  const advcl = labels.intern('advcl');
  let v = cue.start;
  for (let i = cue.start; i < cue.end; i++) {
    if (labels.get(doc.xpos[i]).startsWith('VB')) {
      v = i;
      break;
    }
  }
  let governor = -1;
  for (let level = 0; level < 3; level++) {
    const s = childWith(ctx, v, nsubj);
    if (s >= 0) {
      const word = doc.tokenText(s).toLowerCase();
      const span = subtreeSpan(ctx, s);
      if (RELATIVE.has(word) && doc.dep[v] === relcl)
        return { span, governor, antecedent: antecedentOf(ctx, v, s) };
      return { span, governor, antecedent: null };
    }
    const h = doc.head[v];
    // only a participle hangs on its governor's subject ("voiced optimism, saying …")
    if (h < 0 || h === v || doc.dep[v] !== advcl || labels.get(doc.xpos[v]) !== 'VBG') return null;
    v = h;
    governor = h;
  }
  return null;
}

/**
 * The spans a reader is shown for an attribution (PolNeAR's spans otherwise): a relative pronoun
 * source ("which", "who") gives way to the noun phrase it stands for, and a relative pronoun
 * alongside other content ("which Erdoğan deems a liberation organization") is dropped from it.
 */
export function readableSpans(
  ctx: TokenContext,
  a: { cue: TagSpan; sources: TagSpan[]; contents: TagSpan[] },
): { sources: TagSpan[]; contents: TagSpan[] } {
  const isRelative = (s: TagSpan): boolean =>
    s.end - s.start === 1 && RELATIVE.has(ctx.doc.tokenText(s.start).toLowerCase());
  // "which President Erdoğan deems …": the pronoun before a named source is not the holder
  // ("that" too often starts a noun phrase: "that official")
  const isRelativeWord = (i: number): boolean => /^(which|who|whom)$/i.test(ctx.doc.tokenText(i));
  const trimmed = mapList(a.sources, (s) =>
    s.end - s.start > 1 && isRelativeWord(s.start) ? { role: s.role, start: s.start + 1, end: s.end } : s,
  );
  const named = trimmed.filter((s) => !isRelative(s));
  let sources = named.length > 0 ? named : trimmed;
  if (sources.length === 1 && isRelative(sources[0])) {
    // the noun phrase before ", which" when the parse does not make the clause relative
    const antecedent = parseSource(ctx, a.cue)?.antecedent ?? nounPhraseBefore(ctx, sources[0].start);
    if (antecedent) sources = [antecedent];
  }
  const rest = a.contents.filter((s) => !isRelative(s));
  if (rest.length > 0) return { sources, contents: rest };
  // "a genocide case …, which Israel rejects": what is rejected is the pronoun's antecedent
  const pronoun = a.contents.length === 1 ? a.contents[0].start : -1;
  const verb = ctx.parsed && pronoun >= 0 ? ctx.doc.head[pronoun] : -1;
  const antecedent = verb >= 0 && verb !== pronoun ? antecedentOf(ctx, verb, pronoun, false) : null;
  return {
    sources,
    contents: antecedent ? [{ role: 3, start: antecedent.start, end: antecedent.end }] : a.contents,
  };
}
