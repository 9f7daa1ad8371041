import { SPACE, charClass } from './char-class.js';

/** Lowercases an ASCII letter code. */
function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/** True when text at i starts with `prefix` (ASCII, case-insensitive). */
function startsWithAt(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    if (lower(text.charCodeAt(i + k)) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Characters that end a sentence or a quote rather than a URL when they come last. */
function trailing(c: number): boolean {
  return (
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x27 ||
    c === 0x22 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x3e
  );
}

/**
 * The end of a URL starting at i ("https://…", "www.…", "ftp://…"), or -1 when none starts there.
 * A URL runs to the next whitespace, less closing punctuation ("see www.bbc.co.uk."); a closing
 * bracket stays when the URL opened one ("…/Mercury_(planet)").
 */
export function scanUrl(text: string, i: number): number {
  const c = lower(text.charCodeAt(i));
  if (c !== 0x68 && c !== 0x77 && c !== 0x66) return -1;
  const isUrl =
    startsWithAt(text, i, 'http://') ||
    startsWithAt(text, i, 'https://') ||
    startsWithAt(text, i, 'www.') ||
    startsWithAt(text, i, 'ftp://');
  if (!isUrl) return -1;
  let j = i;
  let open = 0;
  while (j < text.length && (charClass(text, j) & SPACE) === 0) {
    const d = text.charCodeAt(j);
    if (d === 0x28) open++;
    else if (d === 0x29) open--;
    j++;
  }
  while (j > i + 4) {
    const d = text.charCodeAt(j - 1);
    if (!trailing(d) || (d === 0x29 && open >= 0)) break; // a bracket the URL opened stays
    if (d === 0x29) open++;
    j--;
  }
  return j;
}
