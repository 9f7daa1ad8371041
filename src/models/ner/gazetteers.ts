/**
 * Gazetteers: lists of names by category, matched over a token sequence case-insensitively (the
 * first and last token of a match must not start lower-case, so "us" is not "US"). Lists are
 * data-only files under gazetteer-data/.
 */
import { COUNTRIES } from './gazetteer-data/countries.js';
import { CITIES } from './gazetteer-data/cities.js';
import { DEMONYMS, RELIGIOUS_POLITICAL } from './gazetteer-data/groups.js';
import { ORG_NAMES, ORG_WORDS } from './gazetteer-data/organizations.js';
import { FIRST_NAMES, TITLES } from './gazetteer-data/people.js';
import { GEO_NAMES, STATES } from './gazetteer-data/regions.js';
import { CHAR_CLASS, LOWER, hashLowerString, phraseHash, PHRASE_SEED } from './word-shape.js';

/** Gazetteer categories, as bit numbers in a category mask. */
export const GAZ = {
  COUNTRY: 0,
  CITY: 1,
  STATE: 2,
  GEO: 3,
  DEMONYM: 4,
  RELIGIOUS_POLITICAL: 5,
  FIRST_NAME: 6,
  TITLE: 7,
  ORG_WORD: 8,
  ORG_NAME: 9,
} as const;

/** Number of gazetteer categories. */
export const GAZ_COUNT = 10;

/** Phrase hash → category mask, and the longest phrase length in tokens. */
interface Table {
  phrases: Map<number, number>;
  maxLength: number;
}

let table: Table | undefined;
/** Reused per-start buffer of the category masks of the phrases of each length. */
let masks = new Int32Array(8);

function lines(list: string): string[] {
  return list
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

/** Plurals of a demonym: "Palestinian" → "Palestinians", "Swiss" stays, "Frenchman" → "Frenchmen". */
function plurals(name: string): string[] {
  if (/(ese|ss|sh|ch|i)$/.test(name)) return [];
  if (name.endsWith('man')) return [name.slice(0, -3) + 'men'];
  return [name + 's'];
}

function phraseKey(phrase: string): { hash: number; length: number } {
  let hash = PHRASE_SEED;
  const parts = phrase.split(/\s+/);
  for (const part of parts) hash = phraseHash(hash, hashLowerString(part));
  return { hash, length: parts.length };
}

function build(): Table {
  const phrases = new Map<number, number>();
  let maxLength = 1;
  const add = (category: number, names: string[]) => {
    for (const name of names) {
      const { hash, length } = phraseKey(name);
      phrases.set(hash, (phrases.get(hash) ?? 0) | (1 << category));
      maxLength = Math.max(maxLength, length);
    }
  };
  add(GAZ.COUNTRY, lines(COUNTRIES));
  add(GAZ.CITY, lines(CITIES));
  add(GAZ.STATE, lines(STATES));
  add(GAZ.GEO, lines(GEO_NAMES));
  const demonyms = lines(DEMONYMS);
  add(GAZ.DEMONYM, [...demonyms, ...demonyms.flatMap(plurals)]);
  add(GAZ.RELIGIOUS_POLITICAL, lines(RELIGIOUS_POLITICAL));
  add(GAZ.FIRST_NAME, words(FIRST_NAMES));
  add(GAZ.TITLE, words(TITLES));
  add(GAZ.ORG_WORD, words(ORG_WORDS));
  add(GAZ.ORG_NAME, lines(ORG_NAMES));
  return { phrases, maxLength };
}

function getTable(): Table {
  table ??= build();
  return table;
}

/** Category mask of a whole phrase given as words (0 when it is in no list). */
export function phraseCategories(words: readonly string[]): number {
  let hash = PHRASE_SEED;
  for (const w of words) hash = phraseHash(hash, hashLowerString(w));
  return getTable().phrases.get(hash) ?? 0;
}

/**
 * Marks gazetteer matches over tokens [from, to): out[i * GAZ_COUNT + c] = 0 when token i is in no
 * match of category c, else 1 + position (0 begin, 1 inside, 2 last, 3 a one-token match). Longer
 * matches win; `lower` holds each token's lower-case hash, `firstChar` its first UTF-16 unit.
 */
export function markGazetteers(
  lower: Int32Array,
  firstChar: Uint16Array,
  from: number,
  to: number,
  out: Uint8Array,
): void {
  const { phrases, maxLength } = getTable();
  for (let i = from; i < to; i++) {
    if (CHAR_CLASS[firstChar[i]] === LOWER) continue;
    let hash = PHRASE_SEED;
    const limit = Math.min(to, i + maxLength);
    let found = 0;
    if (masks.length < maxLength) masks = new Int32Array(maxLength);
    for (let j = i; j < limit; j++) {
      hash = phraseHash(hash, lower[j]);
      const mask = phrases.get(hash);
      masks[j - i] = mask !== undefined && CHAR_CLASS[firstChar[j]] !== LOWER ? mask : 0;
      if (mask !== undefined) found = j - i + 1;
    }
    for (let length = found; length >= 1; length--) {
      const mask = masks[length - 1];
      if (!mask) continue;
      for (let c = 0; c < GAZ_COUNT; c++) {
        if (!(mask & (1 << c))) continue;
        for (let k = 0; k < length; k++) {
          const at = (i + k) * GAZ_COUNT + c;
          if (out[at] !== 0) continue;
          out[at] = 1 + (length === 1 ? 3 : k === 0 ? 0 : k === length - 1 ? 2 : 1);
        }
      }
    }
  }
}
