/** Language data for the time patterns: month, weekday, number and unit words (English). */
import { ONES, TENS } from '../../text/number-words.js';

/** Month names and abbreviations (lower case) to month numbers. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Regex alternation of month names: full names, or abbreviations with an optional period. */
export const MONTH_RE =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![a-z])';

/** The month number of a month name or abbreviation ("Sept." -> 9), or undefined. */
export function monthOf(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** Weekday names (lower case) to ISO weekday numbers. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Regex alternation of weekday names. */
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const SMALL: Record<string, number> = { a: 1, an: 1, ...ONES, ...TENS, half: 0.5, dozen: 12 };

/** Vague amounts: "several", "a few", "many", "some" (TIMEX3 writes them as X); "a couple of" is two. */
const VAGUE = new Set(['several', 'few', 'a few', 'many', 'some', 'numerous']);

/** Regex for an amount: digits, number words up to ninety-nine, or a vague amount. */
export const NUMBER_RE =
  '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'a couple of|couple of|a few|a half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|' +
  'fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one|two|three|four|five)[- ]hundred|a thousand|hundred|a dozen|dozen|several|few|many|some|numerous|an|a)';

/** The number an amount string denotes; 'X' when vague; null when not a number. */
export function amountOf(text: string): number | 'X' | null {
  const t = text.toLowerCase().trim();
  if (VAGUE.has(t)) return 'X';
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t === 'a half') return 0.5;
  if (t === 'a dozen') return 12;
  // "a couple of years": two, as TimeML writes it (P2Y).
  if (t === 'a couple of' || t === 'couple of') return 2;
  let total = 0;
  for (const part of t.split(/[- ]/)) {
    // "a hundred", "two hundred", "a thousand": the word multiplies what came before it.
    if (part === 'hundred' || part === 'thousand') {
      total = (total || 1) * (part === 'hundred' ? 100 : 1000);
      continue;
    }
    const n = SMALL[part];
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

/** Time units (singular, lower case) to TIMEX3 duration letters; hours, minutes and seconds take a "T". */
export const UNITS: Record<string, string> = {
  second: 'TS',
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  night: 'D',
  week: 'W',
  weekend: 'WE',
  fortnight: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};

/** Regex alternation of unit words, singular or plural. */
export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century)';

/** The singular unit of a unit word ("months" -> "month", "centuries" -> "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** A TIMEX3 duration value: P20M, PT5H, PXY, P10Y for decades. */
export function durationValue(amount: number | 'X', unit: string): string {
  let letter = UNITS[unit] ?? 'D';
  let n: number | 'X' = amount;
  if (unit === 'fortnight' && n !== 'X') n = n * 2;
  if (letter === 'DE') return n === 'X' ? 'PXDE' : `P${n * 10}Y`;
  if (letter === 'CE') return n === 'X' ? 'PXCE' : `P${n * 100}Y`;
  if (letter === 'Q') return n === 'X' ? 'PXQ' : `P${n * 3}M`;
  if (letter === 'WE') letter = 'WE';
  if (n !== 'X' && !Number.isInteger(n)) {
    // "a half year", "1.5 hours": TIMEX3 writes fractions with a decimal point
    return letter.startsWith('T') ? `PT${n}${letter[1]}` : `P${n}${letter}`;
  }
  return letter.startsWith('T') ? `PT${n}${letter[1]}` : `P${n}${letter}`;
}
