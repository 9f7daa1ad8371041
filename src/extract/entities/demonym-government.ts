import type { Doc } from '../../doc/doc.js';
import { countryOf } from './country-index.js';
import { makeMention, nameKey, type Mention } from './mention.js';

/** Nouns that, after a demonym, name a country's government ("the Turkish government"). */
const GOVERNMENT_NOUNS = new Set([
  'government',
  'administration',
  'authorities',
  'regime',
  'leadership',
  'cabinet',
]);

/** A description mention that stands for a country, with the country's common name. */
export interface CountryDescription {
  mention: Mention;
  country: string;
}

/**
 * "the Turkish government", "Israeli authorities": a demonym before a government noun stands for
 * the country, so the whole phrase (with its article) becomes a mention of the country and the
 * demonym stops being a NORP of its own. Demonyms before other nouns ("Palestinian groups",
 * "Israeli troops") are left alone. Returns the names that remain and the descriptions found.
 */
export function demonymGovernments(
  doc: Doc,
  names: Mention[],
): { names: Mention[]; found: CountryDescription[] } {
  const found: CountryDescription[] = [];
  const absorbed = new Set<Mention>();
  const nameAt = new Map<number, Mention>();
  for (const m of names) nameAt.set(m.start, m);
  for (let i = 0; i + 1 < doc.length; i++) {
    const first = doc.text.charCodeAt(doc.start[i]);
    if (first < 65 || first > 90) continue; // demonyms are capitalized
    const nameMention = nameAt.get(i);
    if (nameMention && (nameMention.type !== 'NORP' || nameMention.end !== i + 1)) continue;
    // the cheap test first: few capitalized words come before a government noun
    if (!GOVERNMENT_NOUNS.has(doc.tokenText(i + 1).toLowerCase())) continue;
    const country = countryOf(nameKey(doc.tokenText(i)));
    if (country?.role !== 'demonym') continue;
    const sentence = doc.sentStart[doc.sentenceOf(i)];
    const start = i > sentence && doc.tokenText(i - 1).toLowerCase() === 'the' ? i - 1 : i;
    const mention = makeMention(doc, start, i + 2, 'GPE', 'description');
    found.push({ mention, country: country.name });
    if (nameMention) absorbed.add(nameMention);
  }
  return { names: absorbed.size ? names.filter((m) => !absorbed.has(m)) : names, found };
}
