import { found, type QuantityPattern } from '../quantity.js';
import { DIGITS_RE, SCALE_WORD_RE, digitValue, scaled } from '../numerals.js';

/** ISO 4217 codes of currency signs, with the country prefixes that newsrooms write ("US$", "C$", "HK$"). */
const SIGNS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  C$: 'CAD',
  A$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₺': 'TRY',
  '₹': 'INR',
  '₪': 'ILS',
  '₽': 'RUB',
};

/** "$3.5 billion", "€20m", "US$ 400,000", "£5bn": a currency sign, a numeral and an optional scale. */
export const money: QuantityPattern = {
  name: 'money',
  regex: new RegExp(
    String.raw`(?<![\p{L}\p{N}])((?:US|U\.S\.|C|A|NZ|HK|S)?[$€£¥₺₹₪₽])\s?(${DIGITS_RE})(?:(bn|mn|mln|m|k|b|tn)\b|\s+(${SCALE_WORD_RE}|bn|mn|m)\b)?(?![\p{N}]|[.,]\d)`,
    'gu',
  ),
  match(m) {
    const [, sign, digits, abbrev, word] = m;
    return found('money', 'money', m, scaled(digitValue(digits), abbrev ?? word), {
      unit: SIGNS[sign] ?? sign,
    });
  },
};

/** Currency words after a number ("20 million dollars") and their codes; the word stays as what is counted. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  lira: 'TRY',
  liras: 'TRY',
  yuan: 'CNY',
  yen: 'JPY',
  rupees: 'INR',
  shekels: 'ILS',
  riyals: 'SAR',
  rubles: 'RUB',
  roubles: 'RUB',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
};
