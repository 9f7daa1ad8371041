/**
 * Character classes for the scanners, as bit flags over UTF-16 code units.
 *
 * ASCII is filled eagerly; any other code unit is classified on first sight with Unicode
 * property regexes and cached in `TABLE` (0 = not yet seen, so every class has `SEEN` set).
 * Both halves of a surrogate pair get the class of the whole code point, so a scanner that
 * walks code units never splits a pair.
 */
export const SEEN = 1;
export const SPACE = 2;
/** A letter or a combining mark (a mark belongs to the letter before it: Kalın, Erdoğan). */
export const LETTER = 4;
export const DIGIT = 8;
export const UPPER = 16;
export const LOWER = 32;
/** Opening punctuation: brackets and opening quotes. */
export const OPEN = 64;
/** Closing punctuation: brackets and closing quotes. */
export const CLOSE = 128;
/** Letters and digits: what words are made of. */
export const WORD = LETTER | DIGIT;

const TABLE = new Uint8Array(65536);
const ASTRAL = new Map<number, number>();

const RE_SPACE = /^\s$/u;
const RE_LETTER = /^[\p{L}\p{M}]$/u;
const RE_DIGIT = /^\p{N}$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_OPEN = /^[\p{Ps}\p{Pi}]$/u;
const RE_CLOSE = /^[\p{Pe}\p{Pf}]$/u;

function classifyString(s: string): number {
  let flags = SEEN;
  if (RE_SPACE.test(s)) flags |= SPACE;
  else if (RE_LETTER.test(s)) {
    flags |= LETTER;
    if (RE_UPPER.test(s)) flags |= UPPER;
    else if (RE_LOWER.test(s)) flags |= LOWER;
  } else if (RE_DIGIT.test(s)) flags |= DIGIT;
  else if (RE_OPEN.test(s)) flags |= OPEN;
  else if (RE_CLOSE.test(s)) flags |= CLOSE;
  return flags;
}

for (let c = 0; c < 128; c++) TABLE[c] = classifyString(String.fromCharCode(c));
TABLE[0x5f] |= LETTER; // '_' joins words: ENRON_DEVELOPMENT, file_name.doc
TABLE[0x22] |= OPEN | CLOSE; // '"' opens or closes: the scanner decides by position
TABLE[0x27] |= OPEN | CLOSE; // "'" likewise
TABLE[0x2019] = SEEN | CLOSE | OPEN; // '’' closes, and opens in text typed with one quote key
TABLE[0x200b] = SEEN | SPACE; // zero-width space separates like a space
TABLE[0xfeff] = SEEN | SPACE; // byte order mark

function classifyAstral(text: string, high: number, low: number): number {
  const cp = ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let flags = ASTRAL.get(cp);
  if (flags === undefined) {
    flags = classifyString(String.fromCodePoint(cp));
    ASTRAL.set(cp, flags);
  }
  return flags;
}

/** The class flags of the code unit at index i of text (a surrogate half gets its pair's class). */
export function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const flags = TABLE[c];
  if (flags !== 0) return flags;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? classifyAstral(text, c, next) : SEEN;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.charCodeAt(i - 1);
    return prev >= 0xd800 && prev <= 0xdbff ? classifyAstral(text, prev, c) : SEEN;
  }
  return (TABLE[c] = classifyString(String.fromCharCode(c)));
}

/** True when the code unit at i is whitespace (including no-break and zero-width spaces). */
export function isSpaceAt(text: string, i: number): boolean {
  return (charClass(text, i) & SPACE) !== 0;
}

/** True when the code unit at i is part of a letter or digit. */
export function isWordAt(text: string, i: number): boolean {
  return i < text.length && (charClass(text, i) & WORD) !== 0;
}
