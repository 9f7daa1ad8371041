import { labels } from '../../doc/string-store.js';
import { subtreeSpan } from './parse-source.js';
import { ReportingClass } from './reporting-words.js';
import type { TagSpan } from './tags.js';
import type { TokenContext } from './token-context.js';

const CONTENT = 3;
/** Relations of a cue verb's dependent that hold what was said, in order of preference. */
const COMPLEMENTS = ['ccomp', 'parataxis', 'xcomp', 'obj'];

/**
 * Content read from the parse for a cue the role tagger left without one: the subtree of the cue
 * verb's clausal complement ("said [the campaign planned …]"), else its object, right of the cue
 * and clear of tokens `taken` by other spans, else a relative pronoun object before it. Null when
 * the parse shows no such dependent.
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
  // "a case …, which Israel rejects": the relative pronoun object stands for what is rejected
  const obj = labels.intern('obj');
  for (let i = cue.start - 1; i >= 0 && i >= cue.start - 4 && ctx.sentence[i] === seg; i--) {
    if (
      doc.head[i] === verb &&
      doc.dep[i] === obj &&
      /^(which|that|whom)$/i.test(doc.tokenText(i)) &&
      !taken[i]
    )
      return { role: CONTENT, start: i, end: i + 1 };
  }
  return null;
}

const COMMA = 0x2c;

/** True when token i is a lone comma. */
function isComma(ctx: TokenContext, i: number): boolean {
  return ctx.doc.end[i] - ctx.doc.start[i] === 1 && ctx.doc.text.charCodeAt(ctx.doc.start[i]) === COMMA;
}

/** True when a few steps up the parse from a cue token land in [from, to). */
function governedFrom(ctx: TokenContext, cue: TagSpan, from: number, to: number): boolean {
  for (let i = cue.start; i < cue.end; i++) {
    let j = i;
    for (let steps = 0; steps < 4; steps++) {
      const h = ctx.doc.head[j];
      if (h < 0 || h === j) break;
      if (h >= from && h < to) return true;
      j = h;
    }
  }
  return false;
}

/** True when a token in [from, to) has its head in the cue. */
function hangsFrom(ctx: TokenContext, cue: TagSpan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const h = ctx.doc.head[i];
    if (h >= cue.start && h < cue.end) return true;
  }
  return false;
}

/**
 * Content for a cue set off by a comma from the clause it reports ("Clinton plans to visit on
 * Sunday, according to a campaign aide." "According to police, officers saw …" "The ad could
 * start this week, said Brian Baker."): the clause on the other side of the comma (its source in
 * between), when the parse hangs the cue from that clause. Punctuation at the ends is left out.
 */
export function clauseContent(ctx: TokenContext, cue: TagSpan, tags: Uint8Array): TagSpan | null {
  if (!ctx.parsed) return null;
  // "according to X" frames a whole clause, attributions inside it included
  const free = (i: number): boolean => tags[i] === 0 || ctx.reporting[cue.start] === ReportingClass.According;
  const seg = ctx.sentence;
  const n = ctx.doc.length;
  const isSource = (i: number): boolean => tags[i] === 1 || tags[i] === 2;
  let before = cue.start - 1;
  while (before >= 0 && seg[before] === seg[cue.start] && isSource(before)) before--;
  let after = cue.end;
  while (after < n && seg[after] === seg[cue.start] && isSource(after)) after++;
  const ranges: [number, number][] = [];
  if (before >= 0 && seg[before] === seg[cue.start] && isComma(ctx, before)) {
    let from = before;
    while (from > 0 && seg[from - 1] === seg[cue.start] && free(from - 1)) from--;
    ranges.push([from, before]);
  }
  if (after < n && seg[after] === seg[cue.start] && isComma(ctx, after)) {
    let to = after + 1;
    while (to < n && seg[to] === seg[cue.start] && free(to)) to++;
    ranges.push([after + 1, to]);
  }
  for (const [from, to] of ranges) {
    // the cue hangs from the clause ("…, according to X"), or the clause before it from the cue
    // ("The group is $9 million short, said Ed Rendell", "…, police said.")
    const tied = governedFrom(ctx, cue, from, to) || (to <= cue.start && hangsFrom(ctx, cue, from, to));
    if (!tied) continue;
    let a = from;
    let b = to;
    while (a < b && ctx.shape[a] === 6) a++;
    while (b > a && ctx.shape[b - 1] === 6) b--;
    if (b - a >= 2) return { role: CONTENT, start: a, end: b };
  }
  return null;
}
