import { DIGIT, LETTER, LOWER, UPPER, charClass } from './char-class.js';
import type { TokenOffsets } from './token-buffer.js';
import { isMailAddress } from './unpunctuated-ends.js';

/** candidateKind: the rules decide alone. */
export const NOT_ASKED = 0;
/** candidateKind: the boundary model decides. */
export const ASKED = 1;
/** candidateKind: the rules decide (the sentence goes on), but the boundary model is trained here. */
export const LEARNED = 2;

/**
 * Which boundaries the boundary model is asked about, before token i: where the rules found no
 * end, on one line, with a space between, and before a token that is not a lowercase word: after a
 * punctuation or symbol token that is not a full stop (":", ",", ")", a quote, a dash, an
 * emoticon: "Regards, Debra", "Dial:? 203…", "… Quarters ) (BBC) The …"), or after a mail
 * address before a capital or a digit (a signature's "… a@b.com Our web address is …" against
 * an author line's "Lotte Wilms l.wilms@kb.nl National Library of …"). Measured on EWT dev, the
 * model's changes elsewhere (after words, at the rules' ends) undid about as many errors as they
 * made; and scoring few positions keeps the splitter fast. The rules decide everywhere else;
 * the training texts have no single line breaks, so the model never decides at one. Not after a
 * comma or a semicolon: in UD EWT and GUM train 34 of 2,893 such places after a comma are ends
 * (mail greetings, 'Kim, ‖ The new …') and 2 of 90 after a semicolon; in five-fold
 * cross-validation over train (blocks of 8 documents, seeds 1 to 3) the model found none of them,
 * with 2 false splits, and models retrained with the latest rules split news there ("Lil' Kim, ‖
 * Maya", rugby line-ups at ";"). Nor after a hyphen that opens its sentence (`sentenceStart` is
 * where the current one began), a bullet ("- ‖ For the survey, …": 16 of 18 such places in train
 * go on; the model made 19 lone "-" sentences in BBC News).
 *
 * Where the model is not asked but still learns (LEARNED: it is trained there, as before these
 * places were taken from it, and its answer is "goes on"): after a clitic, a plural's possessive
 * apostrophe and a title's colon in running text (see isClitic, isPossessive, isTitleColon; models
 * retrained with the latest rules split BBC News there: `I'm ‖ A Celebrity`, `the Dragons' ‖ Ian
 * Gough`, `Star Trek: ‖ Enterprise`). Taking them out of training too left the model more ready to
 * split at other colons (`my question is: ‖ Can dogs …`), lowering cross-validation.
 */
export function candidateKind(
  text: string,
  tokens: TokenOffsets,
  i: number,
  rule: boolean,
  breaks: number,
  sentenceStart: number,
): number {
  if (rule || breaks > 0) return NOT_ASKED;
  const start = tokens.starts[i];
  const prevStart = tokens.starts[i - 1];
  const prevEnd = tokens.ends[i - 1];
  if (start === prevEnd) return NOT_ASKED;
  const next = charClass(text, start);
  if ((charClass(text, prevStart) & (LETTER | DIGIT)) !== 0) {
    return (next & (UPPER | DIGIT)) !== 0 && isMailAddress(text, tokens, i - 1) ? ASKED : NOT_ASKED;
  }
  const last = text.charCodeAt(prevEnd - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026) return NOT_ASKED;
  if (last === 0x2c || last === 0x3b) return NOT_ASKED;
  if (sentenceStart === i - 1 && last === 0x2d && prevEnd - prevStart === 1) return NOT_ASKED;
  if ((next & LOWER) !== 0) return NOT_ASKED;
  // a clitic goes on: `Türkiye's President`, `I'm A Celebrity` (none of 265 in EWT and GUM train ends)
  if (isClitic(text, prevStart, prevEnd)) return LEARNED;
  if (isPossessive(text, tokens, i - 1, sentenceStart)) return LEARNED;
  if (last === 0x3a) {
    // a quotation opened after a colon goes on: `he said: "We …"` (41 of 43 in EWT and GUM train)
    const c = text.charCodeAt(start);
    if (c === 0x22 || c === 0x201c) return NOT_ASKED;
    if ((next & UPPER) !== 0 && isTitleColon(text, tokens, i - 1, sentenceStart)) return LEARNED;
  }
  if (last !== 0x3e && isDashBeforeLowercase(text, tokens, i)) return NOT_ASKED;
  if (last === 0x22 || last === 0x27 || last === 0x201d) {
    // a quotation closed after a comma goes on: `here,'" May wrote` (74 of 74 in EWT and GUM train)
    if (isClosedAfterComma(text, tokens, i - 1)) return NOT_ASKED;
    return isQuotedEpithet(text, tokens, i - 1) ? NOT_ASKED : ASKED;
  }
  return last !== 0x29 || !isAside(text, tokens, i - 1) ? ASKED : NOT_ASKED;
}

/** True when the token is a clitic split from its word: an apostrophe and a letter (`'s`, `’s`, `'m`, `'ll`). */
function isClitic(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return end - start > 1 && (c === 0x27 || c === 0x2019) && (charClass(text, start + 1) & LETTER) !== 0;
}

/**
 * True when token j is a lone apostrophe glued to a word ending in s, with no single quotation
 * opened before it in the sentence: a plural's possessive (`the Dragons' Ian Gough`, `The
 * Specials' Rat Race`, `Galois' July 14 arrest`); in UD EWT and GUM train all 8 such places before
 * a capital go on (the one apostrophe there that ends a sentence closes a quotation: `'Hundreds
 * dead' The situation`).
 */
function isPossessive(text: string, tokens: TokenOffsets, j: number, sentenceStart: number): boolean {
  const { starts, ends } = tokens;
  if (j < 1 || ends[j] - starts[j] !== 1 || starts[j] !== ends[j - 1]) return false;
  const c = text.charCodeAt(starts[j]);
  if (c !== 0x27 && c !== 0x2019) return false;
  const s = text.charCodeAt(ends[j - 1] - 1);
  if (s !== 0x73 && s !== 0x53) return false;
  for (let k = sentenceStart; k < j - 1; k++) {
    if (ends[k] - starts[k] !== 1 || starts[k + 1] !== ends[k]) continue;
    const q = text.charCodeAt(starts[k]);
    if ((q === 0x27 || q === 0x2018) && (k === sentenceStart || starts[k] !== ends[k - 1])) return false;
  }
  return true;
}

/**
 * True when the colon token j is glued to a capitalised word and the sentence has a lowercase word
 * between its first token and that word: a title with a subtitle in running text (`the final episode
 * of Star Trek: Enterprise`, `older titles such as Rambo: First Blood`). In UD EWT and GUM train 13
 * of 68 such places before a capital are ends (mail greetings after a signature, `… Christie or Cass:
 * Are we …`, and form fields, `… Unit of Measure: The unit …`); in five-fold cross-validation the
 * model found 2 of them, with 2 false splits.
 */
function isTitleColon(text: string, tokens: TokenOffsets, j: number, sentenceStart: number): boolean {
  const { starts, ends } = tokens;
  if (j < 1 || ends[j] - starts[j] !== 1 || starts[j] !== ends[j - 1]) return false;
  if ((charClass(text, starts[j - 1]) & UPPER) === 0) return false;
  for (let k = sentenceStart + 1; k < j - 1; k++) if ((charClass(text, starts[k]) & LOWER) !== 0) return true;
  return false;
}

/**
 * True when token i is a spaced dash ("-", "--", "–", "—") before a lowercase word: an aside or
 * an afterthought goes on ("$280bn (£155bn) - filed by …", "rose 2.1% - adjusted for …"); in UD
 * EWT and GUM train none of the 9 such places after a bracket or quote is an end. After a mail
 * quote marker (">> - see …") the model still decides.
 */
function isDashBeforeLowercase(text: string, tokens: TokenOffsets, i: number): boolean {
  const { starts, ends } = tokens;
  if (i + 1 >= starts.length || ends[i] - starts[i] > 2 || starts[i + 1] === ends[i]) return false;
  for (let k = starts[i]; k < ends[i]; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x2d && c !== 0x2013 && c !== 0x2014) return false;
  }
  return (charClass(text, starts[i + 1]) & LOWER) !== 0;
}

/** True when the quote tokens glued together up to token j close a quotation right after a comma. */
function isClosedAfterComma(text: string, tokens: TokenOffsets, j: number): boolean {
  const { starts, ends } = tokens;
  let k = j;
  while (k > 0 && starts[k] === ends[k - 1] && isQuotes(text, starts[k], ends[k])) k--;
  return k < j && ends[k] - starts[k] === 1 && text.charCodeAt(starts[k]) === 0x2c;
}

/** True when every code unit from start to end is a straight or curly quotation mark. */
function isQuotes(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x22 && c !== 0x27 && c !== 0x201d && c !== 0x2019) return false;
  }
  return true;
}

/**
 * True when the closing quote token j ends a short quotation of one to four tokens glued to it,
 * opened after a word: an epithet or a nickname before a name ('the "shock jock" Howard Stern',
 * 'Winton "Red" Blount', 'the "new age" Efrem Zimbalist'); in UD EWT and GUM train 26 of 35 such
 * places before a capital go on (the ends are headlines run together: 'the 'Mets Poet' Wednesday').
 */
function isQuotedEpithet(text: string, tokens: TokenOffsets, j: number): boolean {
  const { starts, ends } = tokens;
  if (j < 2 || ends[j] - starts[j] !== 1 || starts[j] !== ends[j - 1]) return false;
  if ((charClass(text, ends[j - 1] - 1) & (LETTER | DIGIT)) === 0) return false; // `end."` is no epithet
  const close = text.charCodeAt(starts[j]);
  const open = close === 0x201d ? 0x201c : close;
  for (let k = j - 2; k >= 1 && k >= j - 5; k--) {
    if (ends[k] - starts[k] !== 1 || text.charCodeAt(starts[k]) !== open) continue;
    if (ends[k] !== starts[k + 1] || starts[k] === ends[k - 1]) return false;
    return (charClass(text, starts[k - 1]) & (LETTER | DIGIT)) !== 0;
  }
  return false;
}

/**
 * True when the ")" token j closes a short aside that opens with a lowercase word: an editor's
 * note before a name ("thank (sporting director) Frank Arnesen", "(see source link)"); in UD EWT and
 * GUM train 12 of 17 such places before a capital go on.
 */
function isAside(text: string, tokens: TokenOffsets, j: number): boolean {
  for (let k = j - 2; k >= 0 && k >= j - 4; k--) {
    if (text.charCodeAt(tokens.starts[k]) !== 0x28 || tokens.ends[k] - tokens.starts[k] !== 1) continue;
    return (charClass(text, tokens.starts[k + 1]) & LOWER) !== 0;
  }
  return false;
}
