import { DIGIT, LETTER, SPACE, WORD, charClass } from './char-class.js';
import { isApostrophe } from './clitics.js';

/** Symbols whose repeats form one token: "--", "***", "==", "<<", "$$$". */
function repeats(c: number): boolean {
  return (
    c === 0x2d ||
    c === 0x2a ||
    c === 0x3d ||
    c === 0x2b ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x7e ||
    c === 0x5f ||
    c === 0x23 ||
    c === 0x60 ||
    c === 0x27 ||
    c === 0x2019
  );
}

/** True when the code unit at i ends a chunk: whitespace or the end of the text. */
function endsChunk(text: string, i: number): boolean {
  return i >= text.length || (charClass(text, i) & SPACE) !== 0;
}

/** Length of an emoticon at i (":)", ":-(", ";D", "=)", "^_^", "^^"), 0 if none; it must stand alone. */
function emoticon(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x5e) {
    const eyes =
      text.charCodeAt(i + 1) === 0x5e
        ? 2
        : text.charCodeAt(i + 1) === 0x5f && text.charCodeAt(i + 2) === 0x5e
          ? 3
          : 0;
    return eyes > 0 && endsChunk(text, i + eyes) ? eyes : 0;
  }
  if (c !== 0x3a && c !== 0x3b && c !== 0x3d) return 0;
  let j = i + 1;
  const nose = text.charCodeAt(j);
  if (nose === 0x2d || nose === 0x6f || nose === 0x27) j++;
  const mouth = text.charCodeAt(j);
  const isMouth =
    mouth === 0x29 ||
    mouth === 0x28 ||
    mouth === 0x44 ||
    mouth === 0x50 ||
    mouth === 0x70 ||
    mouth === 0x5d ||
    mouth === 0x5b ||
    mouth === 0x2f ||
    mouth === 0x7c;
  if (!isMouth) return 0;
  j++;
  while (text.charCodeAt(j) === mouth && (mouth === 0x29 || mouth === 0x28)) j++;
  const after = text.charCodeAt(j);
  return endsChunk(text, j) || after === 0x2e || after === 0x2c || after === 0x21 || after === 0x3f
    ? j - i
    : 0;
}

/**
 * The end of the punctuation or symbol token that starts at i (not a letter or digit).
 * Runs of sentence punctuation are one token ("...", "?!", "!!!"), as are runs of one repeated
 * symbol ("--", "''", "``"), emoticons, hashtags and @mentions ("#Gaza", "@UN"), a decade
 * ("'90s") and a clitic standing alone ("'s"). Anything else is one character (a whole
 * surrogate pair for an emoji).
 */
export function scanSymbol(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  let j = i + 1;
  if (c === 0x2e || c === 0x21 || c === 0x3f) {
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d !== 0x2e && d !== 0x21 && d !== 0x3f) break;
      j++;
    }
    return j;
  }
  if (c === 0x23 || c === 0x40) {
    // hashtag or mention: "#" / "@" glued to letters, at the start of a chunk
    const before = i === 0 ? SPACE : charClass(text, i - 1);
    if ((before & WORD) === 0 && j < n && (charClass(text, j) & LETTER) !== 0) {
      while (j < n && (charClass(text, j) & WORD) !== 0) j++;
      return j;
    }
  }
  if (isApostrophe(c) && j < n && (charClass(text, j) & WORD) !== 0) {
    // "'90s" or "'s"/"'re" standing alone after a space
    let k = j;
    while (k < n && (charClass(text, k) & WORD) !== 0) k++;
    const word = k - j;
    if ((charClass(text, j) & DIGIT) !== 0 && word <= 3 && endsChunkOrPunct(text, k)) return k;
    if (word <= 2 && endsChunkOrPunct(text, k) && isCliticWord(text, j, k)) return k;
    return j;
  }
  const face = emoticon(text, i);
  if (face > 0) return i + face;
  if (repeats(c)) {
    while (j < n && text.charCodeAt(j) === c) j++;
    return j;
  }
  if (c >= 0xd800 && c <= 0xdbff && j < n) {
    const d = text.charCodeAt(j);
    if (d >= 0xdc00 && d <= 0xdfff) j++;
  }
  return j;
}

/** True at the end of the text, at whitespace, or at punctuation that is not a letter or digit. */
function endsChunkOrPunct(text: string, i: number): boolean {
  return i >= text.length || (charClass(text, i) & WORD) === 0;
}

/** True when [start, end) is s, re, ve, ll, d or m (any case). */
function isCliticWord(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end).toLowerCase();
  return w === 's' || w === 're' || w === 've' || w === 'll' || w === 'd' || w === 'm';
}
