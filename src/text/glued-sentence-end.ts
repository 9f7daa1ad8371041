import { LETTER, LOWER, UPPER, WORD, charClass } from './char-class.js';

/**
 * Capitalised endings that make "name.Xxx" a domain or a file name rather than two sentences
 * ("Newsfeed.Com", "One.Tel", "Report.Doc"), lowercased.
 */
const NAME_ENDINGS = new Set(
  'com net org gov edu int mil info biz tel mobi name pro aero coop co uk us eu tv fm io me de fr it nl au ca jp cn in doc docx pdf txt xls xlsx ppt htm html exe zip jpg gif png mp3'.split(
    ' ',
  ),
);

/** ASCII-lowercases [start, end) and says whether it is one of NAME_ENDINGS. */
function isNameEnding(text: string, start: number, end: number): boolean {
  return end - start <= 5 && NAME_ENDINGS.has(text.slice(start, end).toLowerCase());
}

/**
 * True when the period at `dot` ends a sentence whose next one follows without a space, as news
 * feeds that lost a space write: "he said.Trump added", "was dangerous.The". The word before the
 * period, [segment, dot), is two or more letters ending in a lowercase one, with no other period
 * before it; after it comes a capital and lowercase letters only, then no letter, digit, "@", "/"
 * or further ".x". So "U.S.", "e.g.", "Ph.D.", "J.R.R.", "bbc.co.uk", "Amazon.com", "v2.Beta",
 * "Halo.Bungie.Org", "Jane.Doe@mail.com" and "McGilloway" stay whole, and a capitalised ending
 * that names a domain or file type ("One.Tel", "Newsfeed.Com") keeps the word whole too.
 */
export function isGluedSentenceEnd(text: string, segment: number, dot: number): boolean {
  if (dot - segment < 2 || (charClass(text, dot - 1) & LOWER) === 0) return false;
  for (let k = segment; k < dot; k++) if ((charClass(text, k) & LETTER) === 0) return false;
  const next = dot + 1;
  if ((charClass(text, next) & UPPER) === 0 || (charClass(text, next + 1) & LOWER) === 0) return false;
  let end = next + 2;
  while (end < text.length && (charClass(text, end) & LOWER) !== 0) end++;
  if (end < text.length) {
    const c = text.charCodeAt(end);
    if ((charClass(text, end) & WORD) !== 0 || c === 0x40 || c === 0x2f || c === 0x5c) return false;
    if (c === 0x2e && (charClass(text, end + 1) & WORD) !== 0) return false; // "Halo.Bungie.Org"
  }
  return !isNameEnding(text, next, end);
}
