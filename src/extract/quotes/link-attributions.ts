import { cueIndex, parseLinkedCue } from './parse-link.js';
import { clauseContent, complementContent } from './parse-content.js';
import { parseSource } from './parse-source.js';
import { ReportingClass } from './reporting-words.js';
import type { TokenContext } from './token-context.js';
import { tagSpans, type TagSpan } from './tags.js';
import { mapList, objectList } from '../object-list.js';

/** One attribution as token spans: a cue with its source and content pieces (in text order). */
export interface LinkedAttribution {
  cue: TagSpan;
  sources: TagSpan[];
  contents: TagSpan[];
}

const SOURCE = 1;
const CUE = 2;
const CONTENT = 3;
/** How far (tokens) a source or content may sit from its cue when no cue shares its segment. */
const REACH = 40;

/** True when only punctuation lies between tokens a (exclusive) and b (exclusive). */
function onlyPunctuation(ctx: TokenContext, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (ctx.shape[j] < 6) return false;
  return true;
}

/** True when every token in [a, b) is punctuation or tagged as a source. */
function sourceOrPunctuation(ctx: TokenContext, tags: Uint8Array, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (ctx.shape[j] < 6 && (tags[j] === 0 || tags[j] > 2)) return false;
  return true;
}

/**
 * One source per attribution (PolNeAR train: 8 of 18,361 sources are discontinuous): touching spans
 * merge; of several, the one the parse makes the cue's subject, else the one nearest the cue.
 */
function oneSource(ctx: TokenContext, g: LinkedAttribution): TagSpan[] {
  if (g.sources.length <= 1) return g.sources;
  const merged: TagSpan[] = [];
  for (const s of [...g.sources].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ role: s.role, start: s.start, end: s.end });
  }
  if (merged.length === 1) return merged;
  const found = parseSource(ctx, g.cue)?.span;
  const hit = found && merged.find((s) => s.start < found.end && found.start < s.end);
  if (hit) return [hit];
  const gap = (s: TagSpan): number => (s.end <= g.cue.start ? g.cue.start - s.end : s.start - g.cue.end);
  return [merged.reduce((best, s) => (gap(s) < gap(best) ? s : best))];
}

/** The token of a cue that says it: its first form of "say", else its last token. */
function cueVerb(ctx: TokenContext, cue: TagSpan): number {
  for (let i = cue.start; i < cue.end; i++) if (ctx.reporting[i] === ReportingClass.Say) return i;
  return cue.end - 1;
}

function isComma(ctx: TokenContext, i: number): boolean {
  return ctx.doc.end[i] - ctx.doc.start[i] === 1 && ctx.doc.text.charCodeAt(ctx.doc.start[i]) === 0x2c;
}

/**
 * PolNeAR ends a source with an apposition on the comma that closes it ("Scott Pruitt, the attorney
 * general of Oklahoma, said": 761 of 829 such sources in train).
 */
function withClosingComma(ctx: TokenContext, cue: TagSpan, sources: TagSpan[]): TagSpan[] {
  if (sources.length !== 1) return sources;
  const s = sources[0];
  if (s.end + 1 !== cue.start || !isComma(ctx, s.end)) return sources;
  for (let i = s.start + 1; i < s.end - 1; i++)
    if (isComma(ctx, i)) return [{ role: s.role, start: s.start, end: s.end + 1 }];
  return sources;
}

/**
 * Groups tagged spans into attributions (rules). A content joins the cue the parse ties it to (see
 * parseLinkedCue), else, like a source, the nearest cue of its own segment; content before a cue
 * joins it when the cue follows closely ("…," said X), otherwise
 * content joins the cue before it. Content in a segment with no cue continues the previous
 * content's attribution when nothing but punctuation or a paragraph break separates them (a quote
 * running over several sentences or paragraphs). A cue with no source of its own shares the
 * source of the attribution just before it in the same segment ("said X, adding …"). A cue left
 * without content takes its verb's complement from the parse, if any, or is dropped.
 */
export function linkAttributions(ctx: TokenContext, tags: Uint8Array): LinkedAttribution[] {
  const spans = tagSpans(tags);
  const cues = spans.filter((s) => s.role === CUE);
  let groups: LinkedAttribution[] = mapList(cues, (cue): LinkedAttribution => ({
    cue,
    sources: objectList(),
    contents: objectList(),
  }));
  if (groups.length === 0) return objectList();
  const seg = ctx.sentence;
  const cueBefore = (s: TagSpan): number => {
    let best = -1;
    for (let c = 0; c < cues.length && cues[c].end <= s.start; c++) best = c;
    return best;
  };
  const cueAt = cueIndex(ctx.doc.length, cues);
  let lastContent: { span: TagSpan; group: number } | null = null;
  for (const span of spans) {
    if (span.role !== CONTENT && span.role !== SOURCE) continue;
    // the parse decides a content's cue when it can; a source's is nearly always its nearest cue
    const parsed = span.role === CONTENT ? parseLinkedCue(ctx, span, cueAt) : -1;
    const l = cueBefore(span);
    const r = l + 1 < cues.length ? l + 1 : -1;
    const sameL = l >= 0 && seg[cues[l].end - 1] === seg[span.start];
    const sameR = r >= 0 && seg[cues[r].start] === seg[span.end - 1];
    const gapL = l >= 0 ? span.start - cues[l].end : Infinity;
    const gapR = r >= 0 ? cues[r].start - span.end : Infinity;
    let pick = -1;
    if (span.role === SOURCE) {
      if (sameL && sameR) pick = gapL <= gapR ? l : r;
      else if (sameL) pick = l;
      else if (sameR) pick = r;
      else if (Math.min(gapL, gapR) <= REACH) pick = gapL <= gapR ? l : r;
      if (pick >= 0) groups[pick].sources.push(span);
      continue;
    }
    // "…," said X: a cue right after the content takes it whatever the parse says ("They also
    // spoke of “…,” the sources said"), unless a cue other than "say" follows and the content
    // comes right after the cue the parse ties it to ("Trump said things “should be wrapped up by
    // Cleveland,” referring to …")
    const quoteThenCue =
      sameR && ctx.quotes.mark[span.end - 1] === 2 && sourceOrPunctuation(ctx, tags, span.end, cues[r].start);
    const tiedLeft = parsed >= 0 && parsed === l && sameL && gapL <= 1;
    if (quoteThenCue && (!tiedLeft || ctx.reporting[cueVerb(ctx, cues[r])] === ReportingClass.Say)) pick = r;
    else if (tiedLeft) pick = l;
    else if (parsed >= 0) pick = parsed;
    else if (sameL && sameR) pick = gapR <= 3 || groups[l].contents.length > 0 ? r : l;
    else if (sameL) pick = l;
    else if (sameR) pick = r;
    else if (lastContent && onlyPunctuation(ctx, lastContent.span.end - 1, span.start))
      pick = lastContent.group;
    else if (Math.min(gapL, gapR) <= REACH) pick = gapR <= gapL ? r : l;
    if (pick >= 0) {
      groups[pick].contents.push(span);
      lastContent = { span, group: pick };
    }
  }
  for (let g = 1; g < groups.length; g++) {
    const prev = groups[g - 1];
    const cur = groups[g];
    if (cur.sources.length === 0 && prev.sources.length > 0 && seg[prev.cue.start] === seg[cur.cue.start]) {
      cur.sources = prev.sources;
    }
  }
  for (const g of groups) {
    if (g.contents.length > 0) continue;
    // a cue the role tagger left without content: its complement in the parse, if any
    const content = complementContent(ctx, g.cue, tags) ?? clauseContent(ctx, g.cue, tags);
    if (content) g.contents = [content];
  }
  // a content that holds another cue takes its attribution in (PolNeAR gives each token one role)
  const inside = (g: LinkedAttribution): boolean =>
    groups.some((o) => o !== g && o.contents.some((c) => c.start <= g.cue.start && g.cue.end <= c.end));
  groups = groups.filter((g) => !inside(g));
  for (const g of groups) {
    if (g.contents.length === 0) continue;
    const found = parseSource(ctx, g.cue);
    if (!found) continue;
    const overlaps = g.contents.some((c) => c.start < found.span.end && found.span.start < c.end);
    if (overlaps) continue;
    // A participle's source is its governor's subject, never a phrase inside the governor's predicate.
    const gov = found.governor;
    const misplaced = gov >= 0 && g.sources.every((x) => x.start > gov && x.end <= g.cue.start);
    // A relative clause's cue ("nations, which classify …") never takes a source before its antecedent.
    const before = found.antecedent;
    const outside = before !== null && g.sources.every((x) => x.end <= before.start);
    if (misplaced || outside) g.sources = [found.span];
    // Nor is its content inside the governor's predicate ("voiced optimism about …, saying it could …").
    if (gov >= 0) {
      const after = g.contents.filter((x) => !(x.start > gov && x.end <= g.cue.start));
      if (after.length > 0) g.contents = after;
    }
  }
  const kept = groups.filter((g) => g.contents.length > 0);
  for (const g of kept) g.sources = withClosingComma(ctx, g.cue, oneSource(ctx, g));
  return kept;
}
