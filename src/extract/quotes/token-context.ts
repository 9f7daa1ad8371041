import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { hashString } from '../../models/hash.js';
import { findQuoteMarks, paragraphBreak, type QuoteState } from './quote-marks.js';
import { REPORTING_WORDS } from './reporting-words.js';

/**
 * Per-token values that the attribution taggers' features are built from, computed once per Doc
 * straight from the text's code units (no per-token strings). All arrays have length doc.length.
 */
export interface TokenContext {
  doc: Doc;
  /** FNV hash of the lower-cased token. */
  lower: Uint32Array;
  /** FNV hash of the lower-cased last three characters. */
  suffix: Uint32Array;
  /** Word shape class (see shapeOf). */
  shape: Uint8Array;
  /** ReportingClass of the token. */
  reporting: Uint8Array;
  /** Segment index of the token: sentences, also split at paragraph starts. */
  sentence: Int32Array;
  /** 1 when a line break precedes the token (a paragraph start). */
  paragraphStart: Uint8Array;
  quotes: QuoteState;
  /** 1 when a quoted token lies at most QUOTE_REACH tokens before (after) token i in its segment. */
  quotedBefore: Uint8Array;
  quotedAfter: Uint8Array;
  /** Hashes of the token's UPOS, XPOS, dependency relation and entity tag (0 when unset). */
  pos: Uint32Array;
  dep: Uint32Array;
  ent: Uint32Array;
  /** True when the NLP core has parsed the doc (heads set). */
  parsed: boolean;
}

const FNV_OFFSET = 0x811c9dc5;

function hashLower(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019) c = 0x27; // ’ as '
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Shape: 1 lower, 2 capitalized, 3 all caps, 4 digits, 5 mixed/alnum, 6 punctuation, 7 quote mark. */
function shapeOf(text: string, from: number, to: number): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const ch = text[k];
    if (c >= 48 && c <= 57) digit++;
    else if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  const first = text.charCodeAt(from);
  if (upper + lower + digit === 0) return first === 0x22 || (first >= 0x2018 && first <= 0x201f) ? 7 : 6;
  if (digit > 0) return upper + lower > 0 ? 5 : 4;
  if (upper === 0) return 1;
  if (lower === 0) return 3;
  const f = text[from];
  return f !== f.toLowerCase() ? 2 : 5;
}

const labelHashes: number[] = [];
function labelHash(id: number): number {
  if (id === 0) return 0;
  let h = labelHashes[id];
  if (h === undefined) h = labelHashes[id] = hashString(labels.get(id));
  return h;
}

/** Computes the token context of a Doc. */
export function tokenContext(doc: Doc): TokenContext {
  const n = doc.length;
  const text = doc.text;
  const ctx: TokenContext = {
    doc,
    lower: new Uint32Array(n),
    suffix: new Uint32Array(n),
    shape: new Uint8Array(n),
    reporting: new Uint8Array(n),
    sentence: new Int32Array(n),
    paragraphStart: new Uint8Array(n),
    quotes: findQuoteMarks(doc),
    pos: new Uint32Array(n),
    dep: new Uint32Array(n),
    ent: new Uint32Array(n),
    parsed: false,
    quotedBefore: new Uint8Array(n),
    quotedAfter: new Uint8Array(n),
  };
  let s = 0;
  let next = 1;
  for (let i = 0; i < n; i++) {
    const a = doc.start[i];
    const b = doc.end[i];
    ctx.lower[i] = hashLower(text, a, b);
    ctx.suffix[i] = hashLower(text, Math.max(a, b - 3), b);
    ctx.shape[i] = shapeOf(text, a, b);
    ctx.reporting[i] = REPORTING_WORDS.get(ctx.lower[i]) ?? 0;
    ctx.paragraphStart[i] = i === 0 || paragraphBreak(text, doc.end[i - 1], a) ? 1 : 0;
    // A paragraph start also starts a segment: headlines and bylines often end without a period.
    if (i > 0 && (ctx.paragraphStart[i] || (next < doc.sentStart.length && doc.sentStart[next] === i))) s++;
    while (next < doc.sentStart.length && doc.sentStart[next] <= i) next++;
    ctx.sentence[i] = s;
    ctx.pos[i] = labelHash(doc.xpos[i] || doc.upos[i]);
    ctx.dep[i] = labelHash(doc.dep[i]);
    ctx.ent[i] = labelHash(doc.ent[i]);
    if (doc.head[i] >= 0) ctx.parsed = true;
  }
  markQuotedNeighbours(ctx);
  return ctx;
}

/** How far (tokens) the quotedBefore/quotedAfter flags look. */
const QUOTE_REACH = 60;

/** Fills quotedBefore/quotedAfter in one pass each way (the last quoted token seen in the segment). */
function markQuotedNeighbours(ctx: TokenContext): void {
  const n = ctx.doc.length;
  const inside = ctx.quotes.inside;
  const seg = ctx.sentence;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (i > 0 && seg[i] !== seg[i - 1]) last = -1;
    ctx.quotedBefore[i] = last >= 0 && i - last <= QUOTE_REACH ? 1 : 0;
    if (inside[i]) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (i < n - 1 && seg[i] !== seg[i + 1]) last = -1;
    ctx.quotedAfter[i] = last >= 0 && last - i <= QUOTE_REACH ? 1 : 0;
    if (inside[i]) last = i;
  }
}
