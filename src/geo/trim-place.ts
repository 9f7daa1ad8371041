/**
 * Recognized place names whose span runs past the place ("West Virginia Democratic", "U.S. House",
 * "St. Cloud Hospital", "The Tennessee Senior") or opens with a compass word ("Northeast Georgia"),
 * cut back to the place the gazetteer knows.
 */
import { placeInContext, type ArticleRegions } from './article-regions.js';
import type { Gazetteer } from './gazetteer.js';
import { placeKey } from './place-key.js';
import { PLACE_KIND } from './place-kind.js';

/** Towns smaller than this are too often words or surnames to be cut out of a longer name. */
const MIN_TOWN = 20000;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu;
/** Last words of a place the gazetteer does not hold: a street, river, park or district ("Richmond Street", "Kanawha River"). */
const FEATURE =
  /\s(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Boulevard|Lane|Parkway|Highway|Trail|Pike|River|Creek|Lake|Valley|Park|Forest|Mountains?|Hills?|Island|Bay|Beach|Springs|Falls|Township|Station|Farms|Quarry|Wilderness|Canyon|Ridge|Harbor|Crossing|Heights|Estates)$/;
const COMPASS =
  /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western|Central)$/;

function known(
  gazetteer: Gazetteer,
  key: string,
  words: number,
  regionOnly: boolean,
  regions: ArticleRegions,
): boolean {
  // a nationality names its country: "the Lebanese Army", "The Georgian authorities"
  if (words === 1 && gazetteer.demonyms.has(key)) return true;
  if (!regionOnly) return placeInContext(gazetteer, key, words, regions, MIN_TOWN);
  // "the West Midlands" in a British article is no Zimbabwean province: a division of the article's countries
  for (const i of gazetteer.lookupKey(key))
    if (
      gazetteer.kind[i] === PLACE_KIND.COUNTRY ||
      (gazetteer.kind[i] === PLACE_KIND.ADMIN1 &&
        (regions.countries.size === 0 || regions.countries.has(gazetteer.country(i))))
    )
      return true;
  return false;
}

/**
 * The [start, end) offsets inside `name` of the place it names, when the whole name is unknown to the
 * gazetteer but a part is: the longest known run of leading words (after "The"; a nationality counts), or the state or
 * country after a compass word; a town part must fit the article's regions (see placeInContext). Null when the name is known or no part is.
 */
export function trimPlace(
  gazetteer: Gazetteer,
  name: string,
  regions: ArticleRegions,
): [number, number] | null {
  if (gazetteer.has(placeKey(name)) || FEATURE.test(name)) return null;
  const words = [...name.matchAll(WORD)];
  const from = /^the$/i.test(words[0]?.[0] ?? '') ? 1 : 0;
  const span = (a: number, b: number): [number, number] => [
    words[a].index!,
    words[b - 1].index! + words[b - 1][0].length,
  ];
  const key = (a: number, b: number): string => placeKey(name.slice(...span(a, b)));
  const compass = COMPASS.test(words[from]?.[0] ?? '');
  // "West Virginia Division": the longest known run of leading words, a compass word alone not counting
  for (let to = words.length - (from === 0 ? 1 : 0); to > from + (compass ? 1 : 0); to--) {
    if (!/^\p{Lu}/u.test(words[to - 1][0])) continue;
    // "Wall Street Journal": the word is the head of a street's or a feature's name, not the town
    if (to < words.length && FEATURE.test(` ${words[to][0]}`)) continue;
    if (known(gazetteer, key(from, to), to - from, false, regions)) return span(from, to);
  }
  if (!compass || words.length - from < 2) return null;
  // "Northeast Georgia", "Northeast Georgia Medical": the state or country after the compass word
  for (let to = words.length; to > from + 1; to--) {
    if (known(gazetteer, key(from + 1, to), to - from - 1, true, regions)) return span(from + 1, to);
  }
  return null;
}
