import { DIGIT, LETTER, LOWER, UPPER, charClass } from './char-class.js';
import type { TokenOffsets } from './token-buffer.js';
import { isMailAddress } from './unpunctuated-ends.js';

/**
 * Whether the boundary model is asked about the boundary before token i: where the rules found no
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
 */
export function isCandidate(
  text: string,
  tokens: TokenOffsets,
  i: number,
  rule: boolean,
  breaks: number,
  sentenceStart: number,
): boolean {
  if (rule || breaks > 0) return false;
  const start = tokens.starts[i];
  const prevStart = tokens.starts[i - 1];
  const prevEnd = tokens.ends[i - 1];
  if (start === prevEnd) return false;
  const next = charClass(text, start);
  if ((charClass(text, prevStart) & (LETTER | DIGIT)) !== 0) {
    return (next & (UPPER | DIGIT)) !== 0 && isMailAddress(text, tokens, i - 1);
  }
  const last = text.charCodeAt(prevEnd - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026) return false;
  if (last === 0x2c || last === 0x3b) return false;
  if (sentenceStart === i - 1 && last === 0x2d && prevEnd - prevStart === 1) return false;
  if ((next & LOWER) !== 0) return false;
  if (last === 0x3a) {
    // a quotation opened after a colon goes on: `he said: "We …"` (41 of 43 in EWT and GUM train)
    const c = text.charCodeAt(start);
    if (c === 0x22 || c === 0x201c) return false;
  }
  if (last !== 0x3e && isDashBeforeLowercase(text, tokens, i)) return false;
  if (last === 0x22 || last === 0x27 || last === 0x201d) {
    // a quotation closed after a comma goes on: `here,'" May wrote` (74 of 74 in EWT and GUM train)
    if (isClosedAfterComma(text, tokens, i - 1)) return false;
    return !isQuotedEpithet(text, tokens, i - 1);
  }
  return last !== 0x29 || !isAside(text, tokens, i - 1);
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
