/**
 * Where an article is: the countries and first-level divisions of the places it names, and a test
 * of whether a name the recognizer did not type as a place is a town of that area.
 */
import type { Gazetteer } from './gazetteer.js';
import { PLACE_KIND } from './place-kind.js';
import { resolvePlaces } from './resolve-places.js';

/** Short words that the gazetteer holds as alternate names of some town ("The", "Of", "And", "St"). */
const FUNCTION_WORDS = new Set([
  'the',
  'of',
  'a',
  'an',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'by',
  'for',
  'from',
  'it',
  'its',
  'st',
  'mt',
  'ft',
]);

/** The countries (ISO codes) and divisions (GeoNames admin1 codes, "US.SC") of an article's places. */
export interface ArticleRegions {
  countries: Set<string>;
  admin1s: Set<string>;
}

/** True when a name is initials that the gazetteer holds only as some town's other name ("UF" is Ufa's). */
export function initialsOfTown(gazetteer: Gazetteer, name: string): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(name)) return false;
  for (const i of gazetteer.lookup(name)) if (gazetteer.kind[i] !== PLACE_KIND.CITY) return false;
  return true;
}

/** The regions of the places an article names (each resolved among the others; a town's initials left out). */
export function articleRegions(
  gazetteer: Gazetteer,
  names: string[],
  outlet: string | null = null,
): ArticleRegions {
  const countries = new Set<string>();
  const admin1s = new Set<string>();
  const places = names.filter((name) => !initialsOfTown(gazetteer, name));
  for (const i of resolvePlaces(gazetteer, places, { outlet }).values()) {
    if (i === null) continue;
    if (gazetteer.country(i)) countries.add(gazetteer.country(i));
    if (gazetteer.kind[i] !== PLACE_KIND.COUNTRY && gazetteer.admin1(i)) admin1s.add(gazetteer.admin1(i));
  }
  return { countries, admin1s };
}

/**
 * True when a folded name is a place to read as one without the recognizer's word: a country,
 * division or region; or a town or county of the article's countries that is large
 * (`minTown`), has a name of several words, or lies in a division the article names. Without
 * regions (an article that names no place) a town must be large.
 */
export function placeInContext(
  gazetteer: Gazetteer,
  key: string,
  words: number,
  regions: ArticleRegions,
  minTown: number,
): boolean {
  if (FUNCTION_WORDS.has(key)) return false;
  for (const i of gazetteer.lookupKey(key)) {
    const kind = gazetteer.kind[i];
    if (kind !== PLACE_KIND.CITY && kind !== PLACE_KIND.ADMIN2) return true;
    const near = regions.countries.size === 0 || regions.countries.has(gazetteer.country(i));
    if (!near) continue;
    if (words > 1 || gazetteer.population(i) >= minTown || regions.admin1s.has(gazetteer.admin1(i)))
      return true;
  }
  return false;
}
