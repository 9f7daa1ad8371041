/**
 * The product's entity types from CoNLL's four: PER → PERSON, ORG → ORG, LOC → GPE for
 * countries, cities and states or LOC for other places (regions, seas, rivers), MISC → NORP for
 * nationalities, religions and political groups, else MISC; a whole name that is a known company
 * (gazetteer-data/companies.ts) is an ORG whatever its CoNLL type, and an honorific followed by
 * capitalised words ("Mr Blair", "Lord Ashcroft") a PERSON; a person or place whose last word names an
 * event ("Brit Awards", "Cannes Film Festival") is a MISC, as is an award named alone ("Oscar"); "Lib
 * Dems" is the party (ORG) and "Lib Dem" its adjective (NORP). Days, months, holidays, time zones
 * and acronyms of common nouns name no entity at all (isNotAName).
 */
import { COMPANY_NAMES } from './gazetteer-data/companies.js';
import { GAZ, phraseCategories } from './gazetteers.js';

const GPE_BITS = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.STATE);
/** Gazetteer words that make an honorific's phrase no person's name: places and organization words. */
const NOT_A_PERSON_BITS = GPE_BITS | (1 << GAZ.GEO) | (1 << GAZ.ORG_WORD);
const NORP_BITS = (1 << GAZ.DEMONYM) | (1 << GAZ.RELIGIOUS_POLITICAL);

/** Words that make a place name a geographic feature rather than a political unit. */
const GEO_WORDS = new Set(
  (
    'river sea ocean mountains mountain mount mt lake gulf bay strait straits valley desert peninsula island ' +
    'islands coast canal channel basin plateau hills range glacier falls cape delta forest reef park'
  ).split(' '),
);

let companies: Set<string> | undefined;

/** Whether `words` spell a known company's whole name (case as written; spaces between words). */
export function isKnownCompany(words: readonly string[]): boolean {
  companies ??= new Set(
    COMPANY_NAMES.split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  return companies.has(words.join(' '));
}

/** A possessive ending as a token of its own ("BBC" + "'s", "Jones" + "’"). */
export const POSSESSIVE_TOKEN = /^['’]s?$/;

/**
 * Whether a name that ends in a possessive keeps it: a known company ("Standard & Poor's",
 * "McDonald's") or a saint's name ("St Mary's", a church, school or hospital); any other name
 * ends before it ("the BBC's editor" names the BBC).
 */
export function keepsPossessive(words: readonly string[]): boolean {
  return isKnownCompany(words) || (words.length > 1 && /^(?:St\.?|Saint)$/.test(words[0]));
}

/**
 * Honorifics that only a person's name follows ("Mr Blair", "Lord Ashcroft", "Dame Judi Dench");
 * not "Miss", which names beauty pageants and their titles as often ("Miss Ohio", "Miss Teen").
 */
const HONORIFICS = new Set(
  ['Mr', 'Mrs', 'Ms', 'Dr', 'Lord', 'Lady', 'Sir', 'Dame'].flatMap((t) => [t, `${t}.`]),
);

/** Honorifics that never name a place or a body after the person (unlike "Lady Margaret Hall"). */
const PLAIN_HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr'].flatMap((t) => [t, `${t}.`]));

/** Whether `words` are an honorific and then only capitalised words: a person, whatever the recognizer said. */
function isTitledName(words: readonly string[]): boolean {
  if (words.length < 2 || !HONORIFICS.has(words[0])) return false;
  // "Mr Lane", "Mrs Hall": one surname after a plain honorific, whatever the word
  if (words.length === 2 && PLAIN_HONORIFICS.has(words[0])) return /^\p{Lu}/u.test(words[1]);
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (!/^\p{Lu}/u.test(word)) return false;
    // a place, title or body named with a place or after a person: "Lord Howe Island",
    // "Sir John Soane's Museum", "Lady Margaret Hall"
    const lower = word.toLowerCase();
    if (GEO_WORDS.has(lower) || PLACE_WORDS.has(lower) || lower === 'county' || phraseCategories([word]) & NOT_A_PERSON_BITS)
      return false;
  }
  return true;
}

/** Last words of places named after people (streets, buildings), besides GEO_WORDS. */
const PLACE_WORDS = new Set(
  'street road avenue boulevard lane square way drive place station airport bridge hall house palace tower stadium ground arena centre center theatre theater gardens garden building'.split(
    ' ',
  ),
);

/** Last words of named events: prizes, festivals, tournaments ("Brit Awards", "World Cup"). */
const EVENT_WORDS = new Set(
  'Award Awards Prize Prizes Festival Championship Championships Olympics Games Cup Trophy Marathon'.split(' '),
);

/**
 * Names the recognizer tags that name no entity: days, months and holidays (times, which the time
 * tagger reads), time zones, and acronyms of common nouns ("PC", "DVD", "MPs", "CEO").
 */
const NOT_NAMES = new Set(
  [
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'January February July September October November December',
    'Christmas Easter Halloween Thanksgiving Ramadan Hanukkah Diwali Passover Lent',
    'GMT BST UTC EST EDT PST PDT CET',
    'PC PCs TV TVs DVD DVDs CD CDs MP MPs MEP MEPs DJ DJs CEO CEOs USB ID MMS SMS GPRS ADSL GSM 3G',
    'SUV SUVs LCD VCR VCRs PVR PVRs VHS DRM RSS PDA PDAs HDTV IPO AGM GDP VAT MP3 OBE MBE CBE HIV BSE CGI AWOL',
  ]
    .join(' ')
    .split(' '),
);

/** Holidays of more than one word (as a whole name). */
const NOT_NAME_PHRASES = new Set([
  'New Year',
  "New Year's Day",
  "New Year's Eve",
  'Christmas Day',
  'Christmas Eve',
  'Boxing Day',
  'Good Friday',
  'Easter Sunday',
  'Easter Monday',
  "Valentine's Day",
]);

/**
 * Months that are also given names ("April", "June") or surnames ("May"): not a name unless the
 * recognizer took them for a person.
 */
const NAME_MONTHS = new Set(['April', 'May', 'June', 'August', 'March']);

/** Whether a name of CoNLL type `type` made of `words` (a final "." dropped) names no entity (see NOT_NAMES). */
export function isNotAName(type: string, words: readonly string[]): boolean {
  const last = words[words.length - 1];
  const trimmed = last?.endsWith('.') && last.length > 1 ? [...words.slice(0, -1), last.slice(0, -1)] : words;
  if (trimmed.length === 1) {
    const word = trimmed[0];
    return NOT_NAMES.has(word) || (NAME_MONTHS.has(word) && type !== 'PER');
  }
  return NOT_NAME_PHRASES.has(trimmed.join(' '));
}

/** Awards named alone ("won an Oscar", "the Baftas"): MISC, as CoNLL types prizes, not a person or a body. */
const AWARD_NAMES = new Set(
  ['Oscar', 'Golden Globe', 'Bafta', 'Emmy', 'Grammy', 'Brit Award'].flatMap((n) => [n, `${n}s`]),
);

/** Shortened party names that the recognizer often takes for people: the party, and its adjective. */
const PARTY_SHORT_NAMES = new Map([
  ['Lib Dems', 'ORG'],
  ['Lib Dem', 'NORP'],
]);

/** The product type of a name of CoNLL type `type` made of `words`. */
export function productType(type: string, words: readonly string[]): string {
  if (type !== 'ORG' && isKnownCompany(words)) return 'ORG';
  if (words.length <= 3) {
    const name = words.join(' ');
    if (AWARD_NAMES.has(name)) return 'MISC';
    const party = PARTY_SHORT_NAMES.get(name);
    if (party) return party;
  }
  if (type !== 'PER' && isTitledName(words)) return 'PERSON';
  // an event the recognizer took for a person or a place: a MISC, as CoNLL types named events
  if ((type === 'PER' || type === 'LOC') && words.length > 1 && EVENT_WORDS.has(words[words.length - 1]))
    return 'MISC';
  switch (type) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC': {
      const mask = phraseCategories(words);
      if (mask & GPE_BITS) return 'GPE';
      if (mask & (1 << GAZ.GEO)) return 'LOC';
      const first = words[0]?.toLowerCase() ?? '';
      const last = words[words.length - 1]?.toLowerCase() ?? '';
      if (words.length > 1 && (GEO_WORDS.has(first) || GEO_WORDS.has(last) || PLACE_WORDS.has(last))) return 'LOC';
      return 'GPE';
    }
    case 'MISC':
      return phraseCategories(words) & NORP_BITS ? 'NORP' : 'MISC';
    default:
      return type;
  }
}
