import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { loadClusters, NO_CLUSTER, type WordClusters } from '../../models/clusters/word-clusters.js';
import { hashString } from '../../models/hash.js';
import { parseContext, type ParseContext } from './parse-context.js';
import { FORM_STRIDE, formHash, QUOTE_FORMS } from './quote-forms.js';
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
  /** FNV hash of the lower-cased word without its inflection (see stemEnd): says, said, saying differ; claims, claimed, claiming do not. */
  stem: Uint32Array;
  /** FNV hash of the lower-cased last three characters. */
  suffix: Uint32Array;
  /** Word shape class (see shapeOf). */
  shape: Uint8Array;
  /** ReportingClass of the token. */
  reporting: Uint8Array;
  /** Distributional word class of the token (models/clusters.bin, 256 and 1,024 classes; NO_CLUSTER when unknown). */
  wordClass: Uint16Array;
  wordClassFine: Uint16Array;
  /** Cue rate bucket of the token's word in the training data (see CueLexicon; 0 when unknown or not set). */
  cueRate: Uint8Array;
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
  /** Dependents and quoted complements of each token (zeros when unparsed). */
  parse: ParseContext;
  /** The QUOTE_FORMS entry of each token's form (-1 when none), valid while its generation is `formGeneration`. */
  form?: Int32Array;
  formGeneration?: number;
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
    // ASCII without building a one-character string (the same answer as the test below)
    if (c < 0x80) {
      if (c >= 48 && c <= 57) digit++;
      else if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      continue;
    }
    const ch = text[k];
    if (ch !== ch.toLowerCase()) upper++;
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

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** End of the stem of text[from, to): drops -ing, -ed or -s, then a final -e (keeping 3 letters). */
function stemEnd(text: string, from: number, to: number): number {
  const len = to - from;
  const at = (k: number): number => text.charCodeAt(to - k) | 0x20;
  if (len < 4 || !isLower(text.charCodeAt(to - 1))) return to;
  let end = to;
  if (len > 5 && at(3) === 0x69 && at(2) === 0x6e && at(1) === 0x67) end = to - 3;
  else if (len > 4 && at(2) === 0x65 && at(1) === 0x64) end = to - 2;
  else if (at(1) === 0x73 && at(2) !== 0x73) end = to - 1;
  if (end - from > 3 && (text.charCodeAt(end - 1) | 0x20) === 0x65) end--;
  return end;
}

let shippedClasses: WordClusters | null | undefined;

/** The shipped word classes (three levels: 16, 256, 1,024), or null when the table is missing. */
function wordClasses(): WordClusters | null {
  if (shippedClasses === undefined) {
    try {
      const c = loadClusters();
      shippedClasses = c.depth >= 3 ? c : null;
    } catch {
      shippedClasses = null;
    }
  }
  return shippedClasses;
}

/** The word-class table's index of text[from, to): the exact form, else its lower case; -1 when absent. */
function wordIndex(classes: WordClusters, text: string, from: number, to: number): number {
  let exact = FNV_OFFSET;
  let lower = FNV_OFFSET;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    exact = Math.imul(exact ^ c, 0x01000193);
    lower = Math.imul(lower ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  const w = classes.find(exact >>> 0, to - from);
  return w >= 0 || exact === lower ? w : classes.find(lower >>> 0, to - from);
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
    stem: new Uint32Array(n),
    suffix: new Uint32Array(n),
    shape: new Uint8Array(n),
    reporting: new Uint8Array(n),
    wordClass: new Uint16Array(n),
    wordClassFine: new Uint16Array(n),
    cueRate: new Uint8Array(n),
    sentence: new Int32Array(n),
    paragraphStart: new Uint8Array(n),
    quotes: findQuoteMarks(doc),
    pos: new Uint32Array(n),
    dep: new Uint32Array(n),
    ent: new Uint32Array(n),
    parsed: false,
    parse: { children: new Uint16Array(0), quotedBelow: new Uint8Array(0) },
    quotedBefore: new Uint8Array(n),
    quotedAfter: new Uint8Array(n),
  };
  const classes = wordClasses();
  // The columns of a form are functions of its characters: computed once per form and process.
  const forms = QUOTE_FORMS;
  const columns = forms.columns;
  forms.reserve(n);
  const form = new Int32Array(n);
  ctx.form = form;
  ctx.formGeneration = forms.generation;
  let s = 0;
  let next = 1;
  for (let i = 0; i < n; i++) {
    const a = doc.start[i];
    const b = doc.end[i];
    const hash = formHash(text, a, b);
    let e = forms.find(text, a, b, hash);
    if (e < 0) {
      e = forms.add(text, a, b, hash);
      if (e >= 0) {
        const lower = hashLower(text, a, b);
        const w = classes ? wordIndex(classes, text, a, b) : -1;
        forms.set(
          e,
          lower,
          hashLower(text, a, stemEnd(text, a, b)),
          hashLower(text, Math.max(a, b - 3), b),
          shapeOf(text, a, b),
          REPORTING_WORDS.get(lower) ?? 0,
          classes ? classes.cluster(w, 1) : NO_CLUSTER,
          classes ? classes.cluster(w, 2) : NO_CLUSTER,
        );
      }
    }
    form[i] = e;
    if (e >= 0) {
      const c = e * FORM_STRIDE;
      ctx.lower[i] = columns[c];
      ctx.stem[i] = columns[c + 1];
      ctx.suffix[i] = columns[c + 2];
      const kinds = columns[c + 3];
      ctx.shape[i] = kinds & 0xff;
      ctx.reporting[i] = kinds >>> 8;
      const classIds = columns[c + 4];
      ctx.wordClass[i] = classIds & 0xffff;
      ctx.wordClassFine[i] = classIds >>> 16;
    } else {
      ctx.lower[i] = hashLower(text, a, b);
      ctx.stem[i] = hashLower(text, a, stemEnd(text, a, b));
      ctx.suffix[i] = hashLower(text, Math.max(a, b - 3), b);
      ctx.shape[i] = shapeOf(text, a, b);
      ctx.reporting[i] = REPORTING_WORDS.get(ctx.lower[i]) ?? 0;
      const w = classes ? wordIndex(classes, text, a, b) : -1;
      ctx.wordClass[i] = classes ? classes.cluster(w, 1) : NO_CLUSTER;
      ctx.wordClassFine[i] = classes ? classes.cluster(w, 2) : NO_CLUSTER;
    }
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
  ctx.parse = ctx.parsed
    ? parseContext(doc, ctx.quotes.inside)
    : { children: new Uint16Array(n), quotedBelow: new Uint8Array(n) };
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
