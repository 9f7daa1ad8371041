import { labels } from '../../doc/string-store.js';
import type { LinkedAttribution } from './link-attributions.js';
import { QuoteMark } from './quote-marks.js';
import type { TokenContext } from './token-context.js';

const SOURCE = 1;
const CUE = 2;
const CONTENT = 3;
/** Most tokens before a headline's colon ("McCain Challenger Kelli Ward:"). */
const MAX_HEADLINE_NAME = 4;
/** Most tokens of a transcript's speaker label ("JOEL BENENSON:"). */
const MAX_SPEAKER = 3;
/** Least tokens a colon's content must have. */
const MIN_CONTENT = 3;
/** Quote characters, straight or curly, that the quote-mark pairing may have left unpaired. */
const QUOTE_CHARS = /^['"\u2018\u2019\u201c\u201d]+$/;

/**
 * Words that open a headline before a colon without naming who speaks ("Breaking: …", "The
 * Latest: …", "EXCLUSIVE: …") or label a paragraph in capitals ("CORRECTION: …"); PolNeAR train
 * never marks such a colon as a cue.
 */
const NOT_A_SPEAKER = new Set([
  'breaking',
  'revealed',
  'wow',
  'boom',
  'busted',
  'bombshell',
  'look',
  'watch',
  'video',
  'photos',
  'exclusive',
  'latest',
  'byline',
  'update',
  'updated',
  'previously',
  'correction',
  'email',
  'editor',
  'note',
  'spoiler',
  'just',
  'online',
  'read',
  'related',
  'transcript',
  'source',
  'sources',
  'q',
  'a',
]);

function isColon(ctx: TokenContext, i: number): boolean {
  const doc = ctx.doc;
  return doc.end[i] - doc.start[i] === 1 && doc.text.charCodeAt(doc.start[i]) === 0x3a;
}

/** The first token of the next paragraph after token i (doc.length at the end). */
function paragraphEnd(ctx: TokenContext, i: number): number {
  let e = i + 1;
  while (e < ctx.doc.length && !ctx.paragraphStart[e]) e++;
  return e;
}

/** The colon closing a name of at most `max` words at paragraph start p, or -1. */
function colonAfterName(ctx: TokenContext, p: number, end: number, max: number): number {
  for (let c = p + 1; c < end && c <= p + max; c++) {
    if (isColon(ctx, c)) return c;
    if (ctx.shape[c] >= 6 && ctx.doc.tokenText(c) !== '.') return -1;
  }
  return -1;
}

/**
 * A headline that gives its source before a colon ("Trump: My immigration plans aren't set in
 * stone.", "NY Post: Megyn Kelly Is …", "Poll: Clinton and Sanders in dead heat …"): PolNeAR
 * marks the colon as the cue, the name as the source and the rest, without its closing full stop,
 * as the content (in PolNeAR train 77 of 104 headlines with a colon after at most four
 * capitalized nouns and names; the rest open with words such as "Breaking" or "The Latest", or
 * ask a question). Returns the attribution or null.
 */
function headlineAttribution(ctx: TokenContext, end: number): LinkedAttribution | null {
  const doc = ctx.doc;
  const c = colonAfterName(ctx, 0, end, MAX_HEADLINE_NAME);
  if (c < 0 || NOT_A_SPEAKER.has(doc.tokenText(0).toLowerCase())) return null;
  for (let i = 0; i < c; i++) {
    const upos = labels.get(doc.upos[i]);
    if (upos !== 'PROPN' && upos !== 'NOUN') return null;
    // capitalized, except a common noun after the first word ("Clinton camp:", "WSJ editorial:")
    const shape = ctx.shape[i];
    if (shape !== 2 && shape !== 3 && shape !== 5 && !(shape === 1 && i > 0 && upos === 'NOUN')) return null;
  }
  let last = end;
  // the closing full stop or semicolon goes, a closing quote mark stays ("… so much.'")
  while (last > c + 1 && ctx.shape[last - 1] === 6 && ctx.quotes.mark[last - 1] === QuoteMark.None) {
    const mark = doc.tokenText(last - 1);
    if (mark === '?') return null;
    if (QUOTE_CHARS.test(mark)) break;
    last--;
  }
  if (last - (c + 1) < MIN_CONTENT) return null;
  return {
    cue: { role: CUE, start: c, end: c + 1 },
    sources: [{ role: SOURCE, start: 0, end: c }],
    contents: [{ role: CONTENT, start: c + 1, end: last }],
  };
}

/** True when the word at token i also stands in the text in title case ("TAPPER:" beside "Tapper"). */
function namedElsewhere(ctx: TokenContext, i: number): boolean {
  const w = ctx.doc.tokenText(i);
  if (w.length < 2) return false;
  const title = w[0] + w.slice(1).toLowerCase();
  return new RegExp(`\\b${title.replace(/[^A-Za-z]/g, '.')}\\b`).test(ctx.doc.text);
}

/**
 * A transcript's speaker label: a paragraph that opens with a name in capitals and a colon
 * ("TAPPER: And obviously, …", "JOEL BENENSON: This is a man who …"). PolNeAR marks the colon as
 * the cue, the name as the source and the rest of the paragraph as the content (every such
 * label in the two transcripts of PolNeAR train). The name must stand elsewhere in the text in
 * title case ("Tapper"), which keeps out labels such as "CORRECTION:".
 */
function speakerAttribution(ctx: TokenContext, p: number, end: number): LinkedAttribution | null {
  const doc = ctx.doc;
  const c = colonAfterName(ctx, p, end, MAX_SPEAKER);
  if (c < 0 || end - (c + 1) < MIN_CONTENT) return null;
  for (let i = p; i < c; i++) {
    if (ctx.shape[i] !== 3 || NOT_A_SPEAKER.has(doc.tokenText(i).toLowerCase())) return null;
  }
  if (!namedElsewhere(ctx, c - 1)) return null;
  return {
    cue: { role: CUE, start: c, end: c + 1 },
    sources: [{ role: SOURCE, start: p, end: c }],
    contents: [{ role: CONTENT, start: c + 1, end }],
  };
}

/**
 * Adds the attributions of colons that PolNeAR marks as cues: a headline's "Name: …" and a
 * transcript's "NAME: …" speaker labels. The colon's content replaces whatever the taggers found
 * there (PolNeAR nests no attribution in another's content); a colon already in an attribution's
 * source or cue is left alone.
 */
export function addColonAttributions(ctx: TokenContext, linked: LinkedAttribution[]): LinkedAttribution[] {
  const n = ctx.doc.length;
  const added: LinkedAttribution[] = [];
  for (let p = 0; p < n; p++) {
    if (!ctx.paragraphStart[p]) continue;
    const end = paragraphEnd(ctx, p);
    const a = p === 0 ? headlineAttribution(ctx, end) : speakerAttribution(ctx, p, end);
    if (a) added.push(a);
    p = end - 1;
  }
  if (added.length === 0) return linked;
  const kept = linked.filter(
    (l) =>
      !added.some((a) => {
        const from = a.sources[0].start;
        const to = a.contents[0].end;
        return l.cue.start < to && from < l.cue.end;
      }),
  );
  // a colon inside a kept attribution's source or cue stays theirs
  const free = added.filter(
    (a) =>
      !kept.some((l) => [l.cue, ...l.sources].some((s) => s.start <= a.cue.start && a.cue.start < s.end)),
  );
  return [...kept, ...free].sort((x, y) => x.cue.start - y.cue.start);
}
