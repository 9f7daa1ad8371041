import { DIGIT, LETTER, LOWER, UPPER, charClass } from './char-class.js';
import { endsDateLine, startsDateLine } from './datelines.js';
import type { TokenOffsets } from './token-buffer.js';
import { LETTER_FORMULAS } from './word-lists.js';

/** True when token k looks like `shape`: d = digit, other characters literal, d+ repeats. */
function matches(text: string, tokens: TokenOffsets, k: number, pattern: RegExp): boolean {
  if (k < 0 || k >= tokens.starts.length) return false;
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s > 12 || (charClass(text, s) & DIGIT) === 0) return false;
  return pattern.test(text.slice(s, e));
}

const PHONE = /^(?:(?:\d{3}[-.])?\d{3}-\d{4}|x-?\d{4,5})$/;

/** Labels of a contact line that go on after a phone number ("… 345-9945 Fax: …"), lowercase. */
const CONTACT_LABELS = new Set(
  'phone fax email e-mail cell tel page pager mobile mob office f p t m e home work direct web voice'.split(
    ' ',
  ),
);

/**
 * True when token k is a phone number or an extension ("713-853-1696", "(713) 345-3436",
 * "x35172") and token k + 1 a word in capitals or title case that is no contact label: a
 * signature's number ends its line ("Earl Chanley 505-625-8031 ‖ All, Please see …"); in UD EWT
 * train all 19 such places are ends.
 */
function endsPhoneLine(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s < 5 || e - s > 12 || ((charClass(text, s) & DIGIT) === 0 && text.charCodeAt(s) !== 0x78))
    return false;
  if (!PHONE.test(text.slice(s, e))) return false;
  const ns = tokens.starts[k + 1];
  const ne = tokens.ends[k + 1];
  for (let p = ns + 1; p < ne; p++)
    if ((charClass(text, p) & LETTER) === 0 && text.charCodeAt(p) !== 0x2d) return false;
  return !CONTACT_LABELS.has(text.slice(ns, ne).toLowerCase());
}

const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** True when token k is a web address. */
export function isUrl(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  const c = text.charCodeAt(s);
  if (c !== 0x68 && c !== 0x77) return false;
  return text.startsWith('http', s) || text.startsWith('www.', s);
}

/**
 * True when token k is a sideways face: ":)", ":-(", ";P", "=D", ":/" (eyes, an optional nose, a
 * mouth), or an upright one: "^_^", "^^".
 */
export function isEmoticon(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s < 2 || e - s > 4) return false;
  const eyes = text.charCodeAt(s);
  if (eyes === 0x5e)
    return (
      text.charCodeAt(e - 1) === 0x5e && (e - s === 2 || (e - s === 3 && text.charCodeAt(s + 1) === 0x5f))
    );
  if (eyes !== 0x3a && eyes !== 0x3b && eyes !== 0x3d) return false;
  let p = s + 1;
  if (text.charCodeAt(p) === 0x2d || text.charCodeAt(p) === 0x27) p++;
  if (p >= e) return false;
  for (; p < e; p++) if (!')(][DPpO/\\|*3'.includes(text[p])) return false;
  return true;
}

/** True when token k is a separator line with a space on each side: 4 or more of one of `_ = * ~ # -`. */
function isRule(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s < 4) return false;
  const c = text.charCodeAt(s);
  if (c !== 0x5f && c !== 0x3d && c !== 0x2a && c !== 0x7e && c !== 0x23 && c !== 0x2d) return false;
  for (let p = s + 1; p < e; p++) if (text.charCodeAt(p) !== c) return false;
  if (k > 0 && tokens.ends[k - 1] === s) return false;
  return k + 1 >= tokens.starts.length || tokens.starts[k + 1] > e;
}

/** True when token k is a mail address with a dotted domain ("a.b@c.com", not "Rice@ENRON"). */
export function isMailAddress(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  const e = tokens.ends[k];
  if (e - s < 5) return false;
  let at = s + 1; // scan the token only (an indexOf would run on through the text)
  while (at < e - 3 && text.charCodeAt(at) !== 0x40) at++;
  if (at >= e - 3) return false;
  for (let p = at + 2; p < e - 1; p++) if (text.charCodeAt(p) === 0x2e) return true;
  return false;
}

/** True when tokens a and b have the same text. */
function sameToken(text: string, tokens: TokenOffsets, a: number, b: number): boolean {
  const s = tokens.starts[a];
  const t = tokens.starts[b];
  const len = tokens.ends[a] - s;
  if (len !== tokens.ends[b] - t) return false;
  for (let k = 0; k < len; k++) if (text.charCodeAt(s + k) !== text.charCodeAt(t + k)) return false;
  return true;
}

/**
 * True when the sentence so far is a name of one or two capitalised words and token i repeats it,
 * then goes on with no lowercase word: a signature before the next mail's header or greeting
 * ("Thanks, Sara ‖ Sara Shackleton 09/16/99", "Paula ‖ Paula, I …"; in UD EWT train 10 of 11 such
 * places are ends). A band or a team goes on with its verb: "Duran Duran are …".
 */
function repeatsName(text: string, tokens: TokenOffsets, i: number, sentenceStart: number): boolean {
  const length = i - sentenceStart;
  const n = tokens.starts.length;
  if (length < 1 || length > 2 || i + length > n) return false;
  for (let k = 0; k < length; k++) {
    const a = sentenceStart + k;
    if (
      (charClass(text, tokens.starts[a]) & UPPER) === 0 ||
      (charClass(text, tokens.ends[a] - 1) & LOWER) === 0
    )
      return false;
    if (!sameToken(text, tokens, a, i + k)) return false;
  }
  return i + length >= n || (charClass(text, tokens.starts[i + length]) & LOWER) === 0;
}

/** Labels of a mail header, a meeting notice or a caption's credit, lowercase ("Subject:", "WHERE:", "Image:"). */
const FIELD_LABELS = new Set(
  'subject date time where when what who place location venue passcode image photo from to cc'.split(' '),
);

/**
 * True when token i is a field label in title case or capitals glued to its colon, after a word,
 * a number, an abbreviation or a closing bracket: the field opens a sentence of its own ("… Weekly Meeting ‖ Date:
 * Monday, May 7th ‖ Time: 11:00 a.m.", "… Captain America ‖ Image: Nick Moreau."; in UD EWT and
 * GUM train 26 of 28 such places). A contact line's "Phone:", "Fax:" and "Email:" go on.
 */
function opensField(text: string, tokens: TokenOffsets, i: number): boolean {
  const s = tokens.starts[i];
  const e = tokens.ends[i];
  if (e - s < 2 || e - s > 8 || i + 1 >= tokens.starts.length) return false;
  if (tokens.starts[i + 1] !== e || text.charCodeAt(e) !== 0x3a) return false;
  const last = text.charCodeAt(tokens.ends[i - 1] - 1);
  if ((charClass(text, tokens.ends[i - 1] - 1) & (LETTER | DIGIT)) === 0 && last !== 0x29 && last !== 0x2e)
    return false;
  const label = text.slice(s, e).toLowerCase();
  if (label === 'to' && text.charCodeAt(s + 1) !== 0x6f) return false; // "… YOU DON'T WANT TO: CRY"
  return FIELD_LABELS.has(label);
}

/** True when tokens k-1, k are a figure's label and number: "Figure 1.3", "Fig. 2.1". */
function isFigureNumber(text: string, tokens: TokenOffsets, k: number): boolean {
  if (k < 1 || (charClass(text, tokens.starts[k]) & DIGIT) === 0) return false;
  const s = tokens.starts[k - 1];
  const e = tokens.ends[k - 1];
  return (e - s === 6 && text.startsWith('Figure', s)) || (e - s === 4 && text.startsWith('Fig.', s));
}

/** Openers that begin a sentence wherever they stand capitalised before a lowercase word. */
const OPENERS = ['The', 'This', 'If', 'Please', 'Sorry', 'Attached'];

/** Words that cannot end a sentence: "of The rings" goes on. */
const GOES_ON = new Set('of the a an and or to in on at for with by from'.split(' '));

/**
 * True when token i is a capitalised opener ("The", "This", "If", "Please", "Sorry", "Attached")
 * after a word and before a lowercase word: a sentence whose end lost its stop, as mail signatures
 * and headers do ("… Corporate Tax x35172 EB1774 ‖ Please see my comments", "… Compaq ‖ This name
 * was formed"; in UD EWT and GUM train 62 of 66 such places are ends; on BBC News the 4 such places
 * are stops lost in the feed: "… a commercial launch ‖ The newly-designed chip"). In a title the
 * word after it is capitalised too ("The Joe Louis Story").
 */
function opensAfterWord(text: string, tokens: TokenOffsets, i: number): boolean {
  const { starts, ends } = tokens;
  const s = starts[i];
  const len = ends[i] - s;
  const c = text.charCodeAt(s); // the openers' first letters: T, I, P, S, A
  if (len < 2 || len > 8 || (c !== 0x54 && c !== 0x49 && c !== 0x50 && c !== 0x53 && c !== 0x41))
    return false;
  if (i + 1 >= starts.length || (charClass(text, starts[i + 1]) & LOWER) === 0) return false;
  if ((charClass(text, ends[i - 1] - 1) & (LETTER | DIGIT)) === 0) return false;
  let opener = false;
  for (const word of OPENERS) if (word.length === len && text.startsWith(word, s)) opener = true;
  return opener && !GOES_ON.has(text.slice(starts[i - 1], ends[i - 1]).toLowerCase());
}

/** True when token k is "AM" or "PM" (any case). */
function isMeridiem(text: string, tokens: TokenOffsets, k: number): boolean {
  const s = tokens.starts[k];
  if (tokens.ends[k] - s !== 2 || (text.charCodeAt(s + 1) | 0x20) !== 0x6d) return false;
  const c = text.charCodeAt(s) | 0x20;
  return c === 0x61 || c === 0x70;
}

/**
 * Ends before a lowercase word: after an emoticon that follows the sentence's end ("That's good.
 * :) only in …": 3 of 3 in UD EWT train; "… any were you go :) hope that" goes on), after a mail
 * stamp's AM/PM, and between two bare web addresses.
 */
function endsBeforeLowercase(text: string, tokens: TokenOffsets, i: number): boolean {
  if (isEmoticon(text, tokens, i - 1)) {
    const c = i >= 2 ? text.charCodeAt(tokens.ends[i - 2] - 1) : 0;
    return c === 0x2e || c === 0x21 || c === 0x3f;
  }
  if (i >= 3 && isMeridiem(text, tokens, i - 1)) {
    return matches(text, tokens, i - 2, CLOCK) && matches(text, tokens, i - 3, SLASH_DATE);
  }
  return isUrl(text, tokens, i) && isUrl(text, tokens, i - 1);
}

/**
 * Ends before a capital that no punctuation marks: around a date line ("… a dungeon ‖ Sunday,
 * October 21, 2007 ‖ Operating …"), a signature's repeated name, a header field, a lost stop before
 * an opener, a caption after its figure number. Each test runs only where its shape can match: a
 * capital mid-sentence is common, and this runs at every one.
 */
function endsBeforeCapital(text: string, tokens: TokenOffsets, i: number, sentenceStart: number): boolean {
  const { starts, ends } = tokens;
  if (i - sentenceStart <= 2 && repeatsName(text, tokens, i, sentenceStart)) return true;
  const last = text.charCodeAt(ends[i - 1] - 1);
  if (last >= 0x30 && last <= 0x39) {
    // after a number: a date line's year, a figure's number ("Figure 1.3 ‖ This 1833 map shows …": 5 of 5 in GUM train)
    if (endsDateLine(text, tokens, i, sentenceStart) || isFigureNumber(text, tokens, i - 1)) return true;
  }
  if (i + 1 >= starts.length) return false;
  const after = text.charCodeAt(starts[i + 1]);
  if (after === 0x2c) return startsDateLine(text, tokens, i);
  if (after === 0x3a) return opensField(text, tokens, i);
  return opensAfterWord(text, tokens, i);
}

/**
 * Sentence ends that no punctuation marks, common in e-mail and web text whose line breaks were
 * lost: around a mail header's time stamp ("Kay Mann ‖ 04/26/2001 07:17 AM ‖ Will you…"),
 * between two bare web addresses, and after a greeting or closing ("Regards, ‖ Debra").
 * `sentenceStart` is the first token of the sentence that token i would continue.
 */
export function endsUnpunctuated(
  text: string,
  tokens: TokenOffsets,
  i: number,
  sentenceStart: number,
): boolean {
  const next = charClass(text, tokens.starts[i]);
  if ((next & LOWER) !== 0) return endsBeforeLowercase(text, tokens, i); // most tokens: kept short
  // a web address ends its sentence before a capital or a number ("… see http://x.org/a It is");
  // after a mail address the boundary model decides (a signature's "Name a@b.org University of …")
  if ((next & (UPPER | DIGIT)) !== 0 && isUrl(text, tokens, i - 1)) return true;
  if ((next & UPPER) !== 0 && endsPhoneLine(text, tokens, i - 1)) return true;
  // an emoticon closes its sentence before a capital ("… isn't weak :) Now I have …")
  if ((next & UPPER) !== 0 && isEmoticon(text, tokens, i - 1)) return true;
  // a rule of underscores, equals signs or stars stands alone ("… Dial 713-555 ______ Get your …")
  if (isRule(text, tokens, i)) return true;
  if (
    (next & UPPER) !== 0
      ? endsBeforeCapital(text, tokens, i, sentenceStart)
      : endsDateLine(text, tokens, i, sentenceStart)
  )
    return true;
  if ((next & (UPPER | DIGIT)) !== 0 && isRule(text, tokens, i - 1)) return true;
  if ((next & DIGIT) !== 0) {
    // a stamp opens its own sentence unless a word introduces it ("on 08/15/2000 …")
    const stamp = matches(text, tokens, i, SLASH_DATE) && matches(text, tokens, i + 1, CLOCK);
    return stamp && (charClass(text, tokens.starts[i - 1]) & LOWER) === 0;
  }
  if (i >= 3 && isMeridiem(text, tokens, i - 1)) {
    return matches(text, tokens, i - 2, CLOCK) && matches(text, tokens, i - 3, SLASH_DATE);
  }
  if (
    (next & UPPER) !== 0 &&
    i >= 2 &&
    matches(text, tokens, i - 1, CLOCK) &&
    matches(text, tokens, i - 2, SLASH_DATE) &&
    !isMeridiem(text, tokens, i)
  ) {
    return true; // a 24-hour stamp: "Mike Jordan 03/04/2001 16:29 ‖ The intention …"
  }
  if (isUrl(text, tokens, i) && isUrl(text, tokens, i - 1)) return true;
  if (text.charCodeAt(tokens.starts[i - 1]) === 0x2c && (next & UPPER) !== 0 && i - sentenceStart <= 3) {
    const formula = text
      .slice(tokens.starts[sentenceStart], tokens.starts[i - 1])
      .trim()
      .toLowerCase();
    return LETTER_FORMULAS.has(formula.replace(/\s+/g, ' '));
  }
  return false;
}
