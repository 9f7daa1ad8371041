import { AbbreviationKind, abbreviationKind } from './abbreviations.js';
import { DIGIT, LETTER, LOWER, SPACE, UPPER, WORD, charClass } from './char-class.js';
import { isApostrophe, pushWord, unitSplit } from './clitics.js';
import { isGluedSentenceEnd } from './glued-sentence-end.js';
import type { TokenBuffer } from './token-buffer.js';
import { HYPHEN_PREFIXES } from './word-lists.js';

/** Length of the run of digits starting at i. */
function digitRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && (charClass(text, j) & DIGIT) !== 0) j++;
  return j - i;
}

/** True when [start, end) is all digits. */
function allDigits(text: string, start: number, end: number): boolean {
  return end > start && digitRun(text, start) === end - start;
}

/** True when [start, end) is digit groups joined by hyphens ("1-800-991"). */
function isDigitChain(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    if (text.charCodeAt(k) !== 0x2d && (charClass(text, k) & DIGIT) === 0) return false;
  }
  return end > start;
}

/**
 * Whether the hyphen at `at` stays inside the word whose current piece began at `piece`.
 * UD English splits hyphens ("15 - year", "2023 - 24") except after a few prefixes ("non-stop",
 * "e-mail") and inside phone-like numbers ("713-853-3989", "345-9945").
 */
function keepsHyphen(text: string, wordStart: number, piece: number, at: number): boolean {
  if (allDigits(text, piece, at)) {
    if (piece !== wordStart) return isDigitChain(text, wordStart, piece - 1); // a phone number goes on
    const left = at - piece;
    const right = digitRun(text, at + 1);
    if (right === 0) return false;
    const after = at + 1 + right;
    if (text.charCodeAt(after) === 0x2d && digitRun(text, after + 1) > 0) return true;
    if ((charClass(text, after) & WORD) !== 0) return false;
    return (left <= 3 && right === 4) || left >= 5; // "345-9945", extension "3-5213"; not "1990-1995"
  }
  const len = at - piece;
  if (len > 7) return false;
  return HYPHEN_PREFIXES.has(text.slice(piece, at).toLowerCase());
}

/** True when three periods start at i (an ellipsis, not an abbreviation's period). */
function isEllipsis(text: string, i: number): boolean {
  return text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e;
}

/** True when "...@" and a letter or digit start at i: an address with its middle hidden. */
function isHiddenEmail(text: string, i: number): boolean {
  return (
    text.charCodeAt(i + 1) === 0x2e &&
    text.charCodeAt(i + 2) === 0x2e &&
    text.charCodeAt(i + 3) === 0x40 &&
    (charClass(text, i + 4) & WORD) !== 0
  );
}

/** The next non-space code unit at or after i (-1 at the end). */
function nextVisible(text: string, i: number): number {
  while (i < text.length && (charClass(text, i) & SPACE) !== 0) i++;
  return i < text.length ? i : -1;
}

/** True when i is the first visible character of its line. */
function startsLine(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * True when the capital at `at` is the pronoun "I" closing a sentence, not an initial: it follows a
 * lowercase word or a comma ("nor would I. Its now", "she and I. So"; in UD EWT and GUM train all 3
 * such places end a sentence), where an initial follows a name ("George W. Bush", "World War I.").
 */
function isPronounEnd(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x49 || at < 2 || text.charCodeAt(at - 1) !== 0x20) return false;
  if (text.charCodeAt(at - 2) === 0x2c) return true;
  let p = at - 2;
  if ((charClass(text, p) & LETTER) === 0) return false;
  while (p > 0 && (charClass(text, p - 1) & LETTER) !== 0) p--;
  return (charClass(text, p) & LOWER) !== 0; // a lowercase word: not "Shah Abbas I."
}

/**
 * Whether the period at `dot` belongs to the word [piece, dot): letter-period shapes ("U.S.",
 * "a.m.", "Ph.D."), capital initials ("J."), listed abbreviations ("Gen.", "Sept."), "No." before
 * a number, and list numbers at the start of a line ("1.").
 */
function keepsPeriod(text: string, piece: number, dot: number): boolean {
  if (isEllipsis(text, dot)) return false; // "etc..."
  const len = dot - piece;
  if (len <= 2 && allDigits(text, piece, dot) && startsLine(text, piece)) {
    const v = text.charCodeAt(dot + 1);
    return v === 0x20 || v === 0x09;
  }
  if (len === 1 && (charClass(text, piece) & UPPER) !== 0) return !isPronounEnd(text, piece); // an initial: "J."
  if (len > 7) return false;
  const kind = abbreviationKind(text.slice(piece, dot));
  if (kind === AbbreviationKind.Number) {
    const v = nextVisible(text, dot + 1);
    return v >= 0 && (charClass(text, v) & DIGIT) !== 0;
  }
  return kind !== AbbreviationKind.None;
}

/**
 * Scans the word that starts at `start` (a letter or digit, or a sign before one: `from` is then
 * where the letters begin) and appends it, with its clitics,
 * to `out`; returns the offset after it. Inside a word: periods before a letter or digit
 * ("3.5", "bbc.co.uk"; not a sentence's end glued to the next, "said.Trump": see
 * isGluedSentenceEnd), digit groups ("56,000", "3:29"), slashes and ampersands ("and/or",
 * "AT&T"), apostrophes ("O'Brien", "don't"), "@" (e-mail), and hyphens as `keepsHyphen` says.
 */
export function scanWord(text: string, start: number, out: TokenBuffer, from = start): number {
  const n = text.length;
  let i = from;
  let piece = start; // start of the current hyphen-separated piece
  let segment = start; // start of the current period-separated segment
  let shortSegments = false; // every period-separated segment so far is 1-2 letters
  let flags = 0;
  let apostrophe = false;
  let email = false;
  for (;;) {
    while (i < n) {
      const cls = charClass(text, i);
      if ((cls & WORD) === 0) break;
      flags |= cls;
      i++;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    const joins = i + 1 < n && (charClass(text, i + 1) & WORD) !== 0;
    if (c === 0x2e /* . */) {
      if (!joins) {
        if (!isHiddenEmail(text, i)) break;
        email = true; // "franz371...@gmail.com", as mail archives hide addresses
        i += 4;
        continue;
      }
      if (segment === piece && !email && isGluedSentenceEnd(text, segment, i)) break; // "said.Trump"
      shortSegments = (segment === piece || shortSegments) && i - segment <= 2;
      segment = ++i;
      continue;
    }
    if (!joins) break;
    if (c === 0x2d /* - */) {
      if (!email && !keepsHyphen(text, start, piece, i)) break;
      piece = segment = ++i;
      shortSegments = false;
      continue;
    }
    if (isApostrophe(c)) apostrophe = true;
    else if (c === 0x40 /* @ */) email = true;
    else if (c === 0x2c /* , */ || c === 0x3a /* : */) {
      const digitsAround = (charClass(text, i - 1) & DIGIT) !== 0 && (charClass(text, i + 1) & DIGIT) !== 0;
      if (!digitsAround || (c === 0x2c && digitRun(text, i + 1) !== 3)) break;
    } else if (c === 0x2f /* / */) {
      // "9/11", "03/29/2001" stay whole; UD splits "and / or"
      if ((flags & LETTER) !== 0 || (charClass(text, i + 1) & DIGIT) === 0) break;
    } else if (c !== 0x26 /* & */) break;
    i++;
  }
  let end = i;
  if (i < n && text.charCodeAt(i) === 0x2e && !email) {
    const keep =
      segment !== piece
        ? shortSegments && i - segment <= 2 && (flags & DIGIT) === 0 && !isEllipsis(text, i)
        : keepsPeriod(text, piece, i);
    if (keep) end = i + 1;
  }
  const unit = (flags & DIGIT) !== 0 && (flags & LETTER) !== 0 ? unitSplit(text, start, end) : -1;
  if (unit > 0) {
    out.push(start, unit);
    out.push(unit, end);
  } else pushWord(text, start, end, apostrophe, out);
  return end;
}
