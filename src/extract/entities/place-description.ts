import type { Doc } from '../../doc/doc.js';
import type { Clusters } from './clusters.js';
import { countryOf } from './country-index.js';
import { makeMention, nameKey, type Mention } from './mention.js';

/** Nouns that describe a country ("the Palestinian state" is not one: it may not exist yet). */
const COUNTRY_NOUNS = new Set(['country', 'nation', 'republic', 'kingdom']);
/** Nouns that describe a place inside a country. */
const PLACE_NOUNS = new Set([
  'enclave',
  'territory',
  'strip',
  'city',
  'town',
  'region',
  'province',
  'village',
  'island',
  'capital',
]);
/** Whether a lower-case word is one of the nouns a place description ends with. */
function isPlaceNoun(word: string): boolean {
  return COUNTRY_NOUNS.has(word) || PLACE_NOUNS.has(word);
}

/** How many sentences back a description may reach for its place. */
const WINDOW = 3;

/**
 * Definite descriptions of places: "the Palestinian enclave" is the nearest place named before it
 * (within three sentences) that is not a country — and not the country of another demonym;
 * "the country" / "the Turkish nation" is the nearest country, or the demonym's own. A description
 * with no licensed antecedent stays unlinked (and is not reported).
 */
export function linkPlaceDescriptions(doc: Doc, clusters: Clusters): void {
  const names = clusters.mentions.filter((m) => m.kind === 'name' && (m.type === 'GPE' || m.type === 'LOC'));
  let n = 0; // names before the current token
  for (let i = 1; i + 1 < doc.length; i++) {
    while (n < names.length && names[n].start < i) n++;
    if (doc.end[i - 1] - doc.start[i - 1] !== 3 || doc.tokenText(i - 1).toLowerCase() !== 'the') continue;
    // the noun is token i or i + 1: most "the" phrases are left before the country lookup
    if (!isPlaceNoun(doc.tokenText(i).toLowerCase()) && !isPlaceNoun(doc.tokenText(i + 1).toLowerCase()))
      continue;
    // the rare work on a candidate stays apart from the scan over every token (compiled while it
    // has hardly run, it would have the scan thrown away with it at each new branch)
    linkDescriptionAt(doc, clusters, names, n, i);
  }
}

/** Links "the <place noun>" at tokens i - 1 ... to the place it describes, when one is licensed. */
function linkDescriptionAt(doc: Doc, clusters: Clusters, names: Mention[], n: number, i: number): void {
  const demonym = countryOf(nameKey(doc.tokenText(i)));
  const hasDemonym = demonym?.role === 'demonym' && doc.label('xpos', i) !== 'NNP';
  const nounAt = hasDemonym || demonym?.role === 'demonym' ? i + 1 : i;
  const noun = doc.tokenText(nounAt).toLowerCase();
  const isCountry = COUNTRY_NOUNS.has(noun);
  if (!isCountry && !PLACE_NOUNS.has(noun)) return;
  if (nounAt + 1 < doc.length && /^NN/.test(doc.label('xpos', nounAt + 1))) return; // "the city council"
  const sentence = doc.sentenceOf(i);
  let target = -1;
  for (let k = n - 1; k >= 0 && sentence - names[k].sentence <= WINDOW; k--) {
    const place = countryOf(names[k].key);
    const placeIsCountry = place?.role === 'country';
    if (isCountry !== placeIsCountry) continue;
    if (isCountry && demonym?.role === 'demonym' && place?.name !== demonym.name) continue;
    if (!isCountry && place && demonym?.role === 'demonym' && place.name !== demonym.name) continue;
    target = clusters.mentions.indexOf(names[k]);
    break;
  }
  if (target < 0) return;
  const added = clusters.add(
    makeMention(doc, i - 1, nounAt + 1, clusters.mentions[target].type, 'description'),
  );
  clusters.union(added, target);
}
