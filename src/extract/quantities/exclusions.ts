import type { FoundQuantity } from './quantity.js';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^(?:\s+of)?\s+${MONTH}\b`, 'i');
const CLOCK_AFTER = /^\s*(?:a\.?m\.?|p\.?m\.?|o'clock|gmt|utc|hrs|local time)(?![\p{L}])/iu;
const LABEL_BEFORE =
  /(?:\bno\.|\bnumber|#|\bpage|\bp\.|\bchapter|\barticle|\bsection|\bresolution|\broom|\bgate|\bterminal)\s*$/i;
/** A capitalized word right before a numeral names it ("District 2", "Route 66", "Flight 370"), unless it is one of these. */
const NOT_A_LABEL = new Set(
  (
    'about around some nearly almost more over under up at only just roughly approximately an the another all by in ' +
    'of for with and but exactly fewer less between to from since than some another these those its their his her ' +
    'our your after before killing killed reported said were are was is as estimated on another each every'
  ).split(' '),
);
const CAPITALIZED_BEFORE = /(\p{Lu}[\p{L}.’']*)\s+$/u;
/** "Henry, 19, of ...": an age set off by commas after a name. */
const AGE = /\p{Lu}\p{L}+,\s*$/u;
const STREET_AFTER =
  /^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:St|Street|Road|Rd|Ave|Avenue|Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|Highway|Hwy|Court|Ct|Place|Pl)\b/u;
/** Telephone numbers: "(202) 555-0100", "555-1234", "+90 312 555 0100". */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b/g;

/** Spans of the text that are telephone numbers (no quantity may overlap them). */
export function phoneSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(PHONE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** True when a four-digit numeral reads as a year ("since 2023", "the 2024 budget"). */
export function isYear(quantity: FoundQuantity, text: string): boolean {
  const numeral = text.slice(quantity.start, quantity.end);
  if (quantity.kind === 'range') return /^(?:between\s+)?(?:1[89]|20)\d\d\s*(?:[-–]|to|and)/i.test(numeral);
  return quantity.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(numeral);
}

/**
 * True when the numeral is part of a date, a clock time, a label, an address or an age, not an amount.
 * Years are left to the caller, who knows whether a bound word makes "more than 2000" a count.
 */
export function isNotAmount(quantity: FoundQuantity, text: string): boolean {
  if (quantity.kind === 'money' || quantity.kind === 'vague' || quantity.kind === 'percent') return false;
  const before = text.slice(Math.max(0, quantity.start - 24), quantity.start);
  const after = text.slice(quantity.end, quantity.end + 40);
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || CLOCK_AFTER.test(after)) return true;
  if (LABEL_BEFORE.test(before) || STREET_AFTER.test(after)) return true;
  if (AGE.test(before) && /^\s*,/.test(after)) return true;
  const label = CAPITALIZED_BEFORE.exec(before);
  if (label && quantity.pattern === 'digit-number' && !NOT_A_LABEL.has(label[1].toLowerCase())) {
    const numeral = text.slice(quantity.start, quantity.end);
    if (/^\d+$/.test(numeral)) return true;
  }
  return false;
}
