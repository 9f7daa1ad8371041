import { DIGIT, LETTER, LOWER, UPPER, charClass } from './char-class.js';
import { lineBreakEnds, newlinesBetween, type LineState } from './line-breaks.js';
import { abbreviationEnds, isTerminal } from './sentence-ends.js';
import { endsUnpunctuated, isEmoticon, isUrl } from './unpunctuated-ends.js';
import { datelineDash } from './datelines.js';
import { SPEECH_VERBS } from './word-lists.js';
import type { TokenOffsets } from './token-buffer.js';
import { isCandidate } from './boundary-candidates.js';
import { sentenceModel } from '../models/sentences/load-sentence-model.js';

/**
 * Decides, for one token boundary the rules left open or decided, whether a sentence starts at
 * token i. `rule` is the rules' own answer; `breaks` the line breaks before token i (0 or 1);
 * `sentenceStart` the first token of the sentence that token i would continue.
 */
export type BoundaryDecider = (
  text: string,
  tokens: TokenOffsets,
  i: number,
  rule: boolean,
  breaks: number,
  sentenceStart: number,
) => boolean;

/**
 * Finds sentence starts (token indices, ascending, the first always 0) over tokenized text.
 *
 * A sentence ends after terminal punctuation (". ! ? ..." and the closing quotes or brackets
 * glued to it: `next week." The meeting`) when what follows can begin one; after an
 * abbreviation only when a common sentence opener follows ("Inc. The"); never after a title or
 * an initial ("Gen.", "J. R. R."). A blank line always ends a sentence; a single line break
 * ends one after a headline-like line and before a list item (see line-breaks.ts). Where the
 * shipped boundary model is present (models/sentences.bin), it has the last word at the
 * candidate positions (see boundary-candidates.ts), the rules' answer among its features.
 */
export function splitSentences(text: string, tokens: TokenOffsets): number[] {
  const model = sentenceModel();
  return walkBoundaries(
    text,
    tokens,
    model ? (t, o, i, rule, b, s) => model.ends(t, o, i, rule, b, s) : null,
  );
}

/**
 * The splitter's loop: the rules at every token boundary, and `decide` (when given) at the
 * candidate positions. The rules keep their own state (the sentence they would be in), so their
 * answer is the same with or without `decide`; training sees what inference sees.
 */
export function walkBoundaries(text: string, tokens: TokenOffsets, decide: BoundaryDecider | null): number[] {
  const { starts, ends } = tokens;
  const n = starts.length;
  const out: number[] = [];
  if (n === 0) return out;
  out.push(0);
  const lines: LineState = { lineStart: 0, maxLine: -1 };
  let ruleStart = 0; // where the rules alone would have started the current sentence
  let dateline = datelineDash(text, tokens, 0); // the dash closing a dateline at the sentence start
  let hyphenList = false; // the current sentence is an item of a one-line list of spaced hyphens
  for (let i = 1; i < n; i++) {
    const breaks = newlinesBetween(text, ends[i - 1], starts[i]);
    if (breaks > 1) {
      out.push(i); // a blank line: a new paragraph
      hyphenList = false;
      ruleStart = i;
      lines.lineStart = i;
      dateline = datelineDash(text, tokens, i);
      continue;
    }
    let rule: boolean;
    let item = false;
    if (isSpacedCloser(text, tokens, i)) rule = false;
    else if (isSpacedCloser(text, tokens, i - 1)) rule = true;
    else if (dateline >= 0 && i <= dateline + 1)
      rule = i === dateline + 1; // "TEHRAN (AFP) - ‖ An …"
    else if (breaks === 1 && lineBreakEnds(text, tokens, i, lines)) rule = true;
    else if (isChar(text, tokens, i - 1, 0x3a) && (dateline = datelineDash(text, tokens, i)) >= 0)
      rule = true; // "… this new contest: ‖ TEHRAN (AFP) - …"
    else if (
      starts[i] === ends[i - 1] &&
      (isClosing(text, starts[i]) ||
        (charClass(text, starts[i]) & LOWER) !== 0 ||
        ((charClass(text, starts[i]) & UPPER) !== 0 &&
          isTerminal(text, starts[i - 1], ends[i - 1]) &&
          !isLonePeriod(text, starts[i - 1], ends[i - 1])))
    )
      // it ends after the closer; a word glued to a period is a file name or a typo ("draft).doc",
      // "today...but"), and so is a capital glued to a stand-alone mark ("Specifications.........And",
      // "really?Is": 0 of 14 in EWT train are ends); but a lone period that the tokenizer split off
      // between two words ("he said.Trump added") ends its sentence (15 of 16 in EWT train)
      rule = false;
    else {
      item = hyphenList && isListHyphen(text, tokens, i);
      rule = item || endsBefore(text, tokens, i) || endsUnpunctuated(text, tokens, i, ruleStart);
    }
    if (rule && ruleStart !== i) {
      ruleStart = i;
      dateline = datelineDash(text, tokens, i);
    }
    const boundary =
      decide !== null && isCandidate(text, tokens, i, rule, breaks, out[out.length - 1])
        ? decide(text, tokens, i, rule, breaks, out[out.length - 1])
        : rule;
    if (boundary) {
      out.push(i);
      hyphenList =
        breaks === 0 && isSpacedHyphen(text, tokens, i) && (item || opensHyphenList(text, tokens, i));
    }
  }
  return out;
}

/**
 * True when token k is a straight quotation mark standing alone between a sentence's end and a
 * capital ("… by the phrase. ' And on April 3 …"): it closes the quotation the sentence ends (1
 * of 1 such places in UD EWT and GUM train), so the next sentence starts after it.
 */
function isSpacedCloser(text: string, tokens: TokenOffsets, k: number): boolean {
  const { starts, ends } = tokens;
  if (k < 1 || k + 1 >= starts.length || ends[k] - starts[k] !== 1) return false;
  const c = text.charCodeAt(starts[k]);
  if (c !== 0x22 && c !== 0x27) return false;
  if (ends[k - 1] === starts[k] || starts[k + 1] === ends[k]) return false;
  if (newlinesBetween(text, ends[k - 1], starts[k]) > 0 || newlinesBetween(text, ends[k], starts[k + 1]) > 0)
    return false;
  const last = text.charCodeAt(ends[k - 1] - 1);
  if (last !== 0x2e && last !== 0x21 && last !== 0x3f) return false;
  return (charClass(text, starts[k + 1]) & UPPER) !== 0;
}

/** True when the token from `start` to `end` is one period. */
function isLonePeriod(text: string, start: number, end: number): boolean {
  return end - start === 1 && text.charCodeAt(start) === 0x2e;
}

/** True for a straight or curly quotation mark. */
function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019;
}

/**
 * True when tokens from i are a speaker and a verb of saying that ends its clause: "I" or one or
 * two capitalised words, then a word of SPEECH_VERBS, then a full stop, a comma or the end ("I
 * called.", "Pete said, scratching …"; not "Mr Blair said he would …"). After a "?" or "!" that
 * closes a quotation, UD English goes on there (18 of 20 such places in EWT and GUM train).
 */
function isSpeechTag(text: string, tokens: TokenOffsets, i: number): boolean {
  const { starts, ends } = tokens;
  for (let k = i; k < starts.length && k <= i + 2; k++) {
    const c = charClass(text, starts[k]);
    if ((c & UPPER) !== 0 && k < i + 2) continue;
    if ((c & LOWER) === 0 || k === i || ends[k] - starts[k] > 10) return false;
    if (!SPEECH_VERBS.has(text.slice(starts[k], ends[k]).toLowerCase())) return false;
    if (k + 1 >= starts.length) return true;
    const after = text.charCodeAt(starts[k + 1]); // the tag ends: "Pete said." / "I said, …"
    return after === 0x2e || after === 0x2c || after === 0x3b || after === 0x21 || after === 0x3f;
  }
  return false;
}

/** True when token k is a single hyphen with a space (or the text's edge) on each side. */
function isSpacedHyphen(text: string, tokens: TokenOffsets, k: number): boolean {
  const { starts, ends } = tokens;
  if (ends[k] - starts[k] !== 1 || text.charCodeAt(starts[k]) !== 0x2d) return false;
  if (k > 0 && ends[k - 1] === starts[k]) return false;
  return k + 1 >= starts.length || starts[k + 1] > ends[k];
}

/**
 * True when a sentence that starts with the spaced hyphen i opens a list of items on one line:
 * the hyphen follows a colon or a mail quote's ">>" ("4 Peels: ‖ - 20 piece Chicken McNuggets -
 * Large fries", "<<ENRON.XLS>> ‖ - enrongss.xls - …"). A hyphen that opens a line is a bullet of
 * a list with one item a line, whose dashes go on ("- Best actor - Richard Griffiths for …").
 */
function opensHyphenList(text: string, tokens: TokenOffsets, i: number): boolean {
  const c = text.charCodeAt(tokens.ends[i - 1] - 1);
  return c === 0x3a || c === 0x3e;
}

/**
 * True when token i, a spaced hyphen after a word, opens the next item of a one-line list
 * (see opensHyphenList): "- Big Mac ‖ - 10 piece Chicken McNuggets ‖ - Medium Fountain Drink".
 * In UD EWT train the items of such lists (mail attachments, a menu) are sentences of their own.
 */
function isListHyphen(text: string, tokens: TokenOffsets, i: number): boolean {
  return (
    isSpacedHyphen(text, tokens, i) && (charClass(text, tokens.ends[i - 1] - 1) & (LETTER | DIGIT)) !== 0
  );
}

/** True when token k is the one code unit `c`. */
function isChar(text: string, tokens: TokenOffsets, k: number, c: number): boolean {
  return tokens.ends[k] - tokens.starts[k] === 1 && text.charCodeAt(tokens.starts[k]) === c;
}

/** True for a quote or bracket that closes what came before when glued to it. */
function isClosing(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0xbb
  );
}

/** Whether a sentence ends between token i-1 and token i (no line break between them). */
function endsBefore(text: string, tokens: TokenOffsets, i: number): boolean {
  const { starts, ends } = tokens;
  const first = text.charCodeAt(starts[i]);
  if (first === 0x5b && isCitation(text, tokens, i + 2)) return false;
  if (first === 0x2e || first === 0x21 || first === 0x3f) return opensAfterEnd(text, tokens, i); // ". . ." or "? !" goes on
  if (isFootnote(text, tokens, i)) return false;
  let j = i - 1;
  // step back over closers glued to the punctuation (`week."`, `(see above.)`) and citations ("[17]")
  for (;;) {
    if (j > 2 && isCitation(text, tokens, j)) j -= 3;
    else if (j === i - 1 && isFootnote(text, tokens, j)) j--;
    else if (j > 0 && starts[j] === ends[j - 1] && isClosing(text, starts[j]) && ends[j] - starts[j] <= 2)
      j--;
    else break;
  }
  const last = text.charCodeAt(ends[j] - 1);
  if (last !== 0x2e && last !== 0x21 && last !== 0x3f && last !== 0x2026) return false;
  // a face after a sentence's end belongs to it: "A little help is always great. =) I'm …" (6 of 6
  // "=)" and "^_^" in UD EWT train; ":)" already went on)
  if (isEmoticon(text, tokens, i)) return false;
  if (last === 0x2e && (isPostscript(text, tokens, j) || isShortForm(text, tokens, j, i))) return false;
  if (last === 0x3f && afterClauseMark(text, tokens, j)) return false;
  const next = charClass(text, starts[i]);
  if (isTerminal(text, starts[j], ends[j])) {
    // lowercase after a closing quote goes on (`"Go." he said`); after bare punctuation it
    // starts a sentence (web text writes "... no bite. i think"); an ellipsis trails off
    if (isUrl(text, tokens, i)) return true; // "… take a look... http://…"
    if ((next & LOWER) !== 0) {
      // an ellipsis trails off before a lowercase word: "…" ("thanks guys… i think": 1 of 10 in
      // UD EWT and GUM train is an end), "..." and a spaced ". . ."
      if (j !== i - 1 || last === 0x2026) return false;
      if (ends[j] - starts[j] > 1) return last !== 0x2e;
      if (last !== 0x2e) return !isTitleMark(text, tokens, j);
      return !isChar(text, tokens, j - 1, 0x2e);
    }
    const c = text.charCodeAt(starts[i]);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d) return false;
    if (
      j < i - 1 &&
      last !== 0x2e &&
      isQuoteMark(text.charCodeAt(starts[i - 1])) &&
      isSpeechTag(text, tokens, i)
    )
      return false; // `“Are you there?” I called.`
    if (last === 0x2e || last === 0x2026) {
      if (ends[j] - starts[j] > 1 && opensAfterMark(text, tokens, j)) return false;
      if (ends[j] - starts[j] > 1 || last === 0x2026) return (next & UPPER) !== 0; // an ellipsis
      if (isListNumber(text, tokens, j)) return false;
    }
    return true;
  }
  return abbreviationEnds(text, starts[j], ends[j], starts[i], ends[i]);
}

/**
 * Whether token i, terminal punctuation spaced off a sentence's end, opens the next sentence: an
 * ellipsis ("… on Friday. ... Next week", 12 of 13 such places in UD EWT and GUM train), or a
 * lone "?" before a capital after a full stop, a mangled quote or bullet in mail ("… heads up. ?
 * Do you know"). A spaced ". . ." and a run of marks ("?? ?", "! !") go on.
 */
function opensAfterEnd(text: string, tokens: TokenOffsets, i: number): boolean {
  const { starts, ends } = tokens;
  if (starts[i] === ends[i - 1] || !isTerminal(text, starts[i - 1], ends[i - 1])) return false;
  const length = ends[i] - starts[i];
  if (length > 1) return text.charCodeAt(starts[i]) === 0x2e && isTerminal(text, starts[i], ends[i]);
  if (text.charCodeAt(starts[i]) !== 0x3f || text.charCodeAt(ends[i - 1] - 1) !== 0x2e) return false;
  return i + 1 < starts.length && (charClass(text, starts[i + 1]) & UPPER) !== 0;
}

/**
 * True when token j, a spaced run of periods, follows a "!" or "?" that ends a sentence: it opens the
 * next one, which goes on after it ("I LIVE THERE! ... Ive been living", "… of food? ... Some help":
 * 3 of 3 in UD EWT train; after a full stop it stands alone, see opensAfterEnd).
 */
function opensAfterMark(text: string, tokens: TokenOffsets, j: number): boolean {
  const { starts, ends } = tokens;
  if (j === 0 || starts[j] === ends[j - 1] || text.charCodeAt(starts[j]) !== 0x2e) return false;
  const c = text.charCodeAt(ends[j - 1] - 1);
  return (c === 0x21 || c === 0x3f) && isTerminal(text, starts[j - 1], ends[j - 1]);
}

/** True when token k is a capitalised word with a lowercase letter ("Wham", "Dance"). */
function isCapitalised(text: string, tokens: TokenOffsets, k: number): boolean {
  if (k < 0 || tokens.ends[k] - tokens.starts[k] < 2 || (charClass(text, tokens.starts[k]) & UPPER) === 0)
    return false;
  return (charClass(text, tokens.ends[k] - 1) & LOWER) !== 0;
}

/**
 * True when the "!" or "?" token j, before a lowercase word, ends a title or a name rather than a
 * sentence: "!" glued to a capitalised word ("in Wham! through", "OutRage! said", "Hey Ya!
 * after"), "?" glued to a title-case run of two words ("Shall We Dance? at number three"). Web
 * text's "… no way! i think" and "… Sam? i think" still end.
 */
function isTitleMark(text: string, tokens: TokenOffsets, j: number): boolean {
  const { starts, ends } = tokens;
  if (j < 2 || ends[j] - starts[j] !== 1 || starts[j] !== ends[j - 1] || !isCapitalised(text, tokens, j - 1))
    return false;
  if (text.charCodeAt(starts[j]) === 0x21) return true;
  return isCapitalised(text, tokens, j - 2) || isCapsWord(text, tokens, j - 2);
}

/** True when token k is a word in capitals, 1 to 4 long ("We", "I", "IT"). */
function isCapsWord(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s > 4) return false;
  for (let p = s; p < e; p++) if ((charClass(text, p) & UPPER) === 0) return false;
  return true;
}

/** True when the "?" token j is glued to a comma, colon or semicolon: a mangled tab or bullet in mail ("Dial:? 203…", "providers,? gas"). */
function afterClauseMark(text: string, tokens: TokenOffsets, j: number): boolean {
  if (j === 0 || tokens.ends[j - 1] !== tokens.starts[j] || tokens.ends[j] - tokens.starts[j] !== 1)
    return false;
  const c = text.charCodeAt(tokens.ends[j - 1] - 1);
  return c === 0x2c || c === 0x3a || c === 0x3b;
}

const WEEKDAYS = new Set(['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun']);
const MONTHS = new Set(
  'Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept September Oct October Nov November Dec December'.split(
    ' ',
  ),
);

/**
 * True when the period token j, glued to the token before it, closes a short form that the
 * tokenizer split off its period: a letter in brackets ("(b. March 2009)", "(d. 1990)": born,
 * died), or a weekday before a date ("Sat. Sept. 23", "Wed. 6/14": travel plans and mail).
 */
function isShortForm(text: string, tokens: TokenOffsets, j: number, i: number): boolean {
  const { starts, ends } = tokens;
  if (j < 2 || ends[j] - starts[j] !== 1 || starts[j] !== ends[j - 1]) return false;
  const s = starts[j - 1];
  const len = ends[j - 1] - s;
  if (len === 1)
    return (charClass(text, s) & LETTER) !== 0 && ends[j - 2] === s && isChar(text, tokens, j - 2, 0x28);
  if (len > 5 || !WEEKDAYS.has(text.slice(s, ends[j - 1]))) return false;
  if ((charClass(text, starts[i]) & DIGIT) !== 0) return true;
  let e = ends[i];
  if (text.charCodeAt(e - 1) === 0x2e) e--;
  return MONTHS.has(text.slice(starts[i], e));
}

/** True when the period token j closes a postscript label: "P.S.", "PS." ("P.S. I am moving …"). */
function isPostscript(text: string, tokens: TokenOffsets, j: number): boolean {
  let s = tokens.starts[j];
  const e = tokens.ends[j];
  if (e - s === 1 && j > 0 && tokens.ends[j - 1] === s) s = tokens.starts[j - 1];
  if (e - s !== 3 && e - s !== 4) return false;
  const p = text.charCodeAt(s) | 0x20;
  if (p !== 0x70) return false; // no "p": not "PS." / "P.S."
  const next = e - s === 3 ? s + 1 : s + 2;
  return (text.charCodeAt(next) | 0x20) === 0x73 && (e - s === 3 || text.charCodeAt(s + 1) === 0x2e);
}

/** True when tokens j-2..j are a citation mark: "[", a number or an ellipsis, "]" ("[17]", "[…]"). */
function isCitation(text: string, tokens: TokenOffsets, j: number): boolean {
  const { starts, ends } = tokens;
  if (j < 2 || j >= starts.length || text.charCodeAt(starts[j]) !== 0x5d) return false;
  if (text.charCodeAt(starts[j - 2]) !== 0x5b || ends[j - 1] - starts[j - 1] > 4) return false;
  const c = text.charCodeAt(starts[j - 1]);
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2026;
}

/** True when token j is a footnote number: 1-2 digits after a sentence's period, before a capital ("rights. 4 Even"). */
function isFootnote(text: string, tokens: TokenOffsets, j: number): boolean {
  const { starts, ends } = tokens;
  if (j < 1 || j + 1 >= starts.length || ends[j] - starts[j] > 2) return false;
  if (ends[j - 1] - starts[j - 1] !== 1 || text.charCodeAt(starts[j - 1]) !== 0x2e) return false;
  if (newlinesBetween(text, ends[j - 1], starts[j]) > 0) return false; // a number opening a line
  for (let k = starts[j]; k < ends[j]; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return (charClass(text, starts[j + 1]) & UPPER) !== 0;
}

/**
 * True when the period token j closes a list number: 1-2 digits glued to it that open their line,
 * or that follow a sentence's end, a colon or a semicolon ("… to the LOI. 3. I expect …",
 * "my comments: 1. In Section …"); a "*" glued before the number is a bullet.
 */
function isListNumber(text: string, tokens: TokenOffsets, j: number): boolean {
  if (j === 0) return false;
  const s = tokens.starts[j - 1];
  const e = tokens.ends[j - 1];
  if (e !== tokens.starts[j] || e - s > 2) return false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  let k = j - 2;
  let from = s;
  if (
    k >= 0 &&
    tokens.ends[k] === s &&
    text.charCodeAt(tokens.starts[k]) === 0x2a &&
    tokens.ends[k] - tokens.starts[k] === 1
  ) {
    from = tokens.starts[k];
    k--;
  }
  for (let p = from - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09) break;
    if (p === 0) return true;
  }
  if (from === 0) return true;
  if (k < 0 || tokens.ends[k] === from) return false;
  let last = text.charCodeAt(tokens.ends[k] - 1);
  if (
    (last === 0x22 || last === 0x27 || last === 0x201d || last === 0x2019) &&
    tokens.ends[k] - tokens.starts[k] === 1 &&
    k > 0
  ) {
    last = text.charCodeAt(tokens.ends[k - 1] - 1); // a closing quote after the end: `said "no." 2. The …`
  }
  return last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3a || last === 0x3b;
}
