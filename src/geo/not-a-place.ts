/**
 * Mentions the entity recognizer typed as places that the words around them show are not: an
 * agency's initials ("(AP)", "UNIFIL"), a well-known organization's name that a town is also
 * called ("Google"), the head of an organization's name ("the University of
 * Georgia"), a person's surname ("shot Bell" after "Jeffrey Bell"), and a building that shares a
 * small town's name ("the White House").
 */
import type { EntityJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Gazetteer } from './gazetteer.js';
import { initialsOfTown } from './article-regions.js';
import { organizationAlias } from './organization-alias.js';
import { placeKey } from './place-key.js';
import { PLACE_KIND } from './place-kind.js';

/** Capitalized words that open a name without being a given name. */
const NOT_GIVEN = new Set([
  'An',
  'The',
  'Metro',
  'Downtown',
  'Greater',
  'North',
  'South',
  'East',
  'West',
  'Central',
]);
/** Last words of an organization's or a building's name. */
const INSTITUTION =
  /\s(?:Hall|League|Medical|Hospital|Center|Centre|School|College|University|Church|Council|Department|Office|Committee|Association|Company|Construction|Chorus|Safety|Commission|Board|Club|Society|Institute|Foundation|Bank|Court)$/;
/** Last words of buildings that share a town's name ("the White House"). */
const BUILDING = /\s(?:House|Hall|Center|Centre|Building|Tower|Palace|Church|Temple|Mall)$/;

/** True when a name reads as a given name and a surname: "Jeffrey Bell", not "An Albany", "Mr. Arlington", "Downtown Greer". */
export function personName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && !NOT_GIVEN.has(words[0]);
}

/** The surnames of the article's people named with more than one word ("Bell" of "Jeffrey Bell", "Tyrise M. Bell"). */
export function surnames(entities: EntityJson[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    // a name with a middle initial is a person's whatever its type ("Tyrise M. Bell" read as an organization)
    const person =
      e.type === 'PERSON' ? personName(e.name) : /^\p{Lu}\p{Ll}+ \p{Lu}\. \p{Lu}\p{Ll}+$/u.test(e.name);
    if (person) out.add(e.name.slice(e.name.lastIndexOf(' ') + 1));
  }
  return out;
}

/**
 * True when several words that the gazetteer does not know read as an organization or a clause
 * ("City Hall", "Cook Children's Medical", "Of course, the hurdles"). Ask after cutting the name
 * back to a known place ("Princeton Community Hospital" is Princeton).
 */
export function organizationOrClause(gazetteer: Gazetteer, text: string): boolean {
  if (!/\s/.test(text) || gazetteer.has(placeKey(text))) return false;
  return INSTITUTION.test(text) || /\s(?!(?:of|and|the|de|du|al|el|la|le)\s)\p{Ll}/u.test(text);
}

/** Words after a town's name that make it a club or a traded product ("Chelsea striker", "Brent crude"). */
const CLUB_OR_PRODUCT =
  /^\s+(?:boss|manager|striker|midfielder|defender|winger|goalkeeper|keeper|crude|v|vs)\b/;
/** "Chelsea v Arsenal": a fixture between clubs. */
const VERSUS_BEFORE = /\s(?:v|vs)\.?\s+$/;

/**
 * True when a one-word town name names a club or a product by the word next to it: "Chelsea
 * striker", "Leeds fans", "Chelsea v Arsenal", "Brent crude". Countries and divisions stay places
 * ("England captain" plays for a country named as the place it is).
 */
export function clubOrProduct(doc: Doc, gazetteer: Gazetteer, start: number, end: number): boolean {
  const text = doc.text.slice(start, end);
  if (/\s/.test(text)) return false;
  const after = doc.text.slice(end, end + 14);
  const before = doc.text.slice(Math.max(0, start - 5), start);
  if (!CLUB_OR_PRODUCT.test(after) && !VERSUS_BEFORE.test(before)) return false;
  const found = gazetteer.lookupKey(placeKey(text));
  return found.length > 0 && [...found].every((i) => gazetteer.kind[i] === PLACE_KIND.CITY);
}

/** True when a place mention [start, end) of `doc` is not a place name. */
export function notAPlace(
  doc: Doc,
  gazetteer: Gazetteer,
  start: number,
  end: number,
  people: Set<string>,
): boolean {
  const text = doc.text.slice(start, end);
  const key = placeKey(text);
  const known = gazetteer.has(key);
  // one word the gazetteer does not know, neither a nationality: a name, a brand, a club ("Mazda", "Fargodome")
  if (
    !known &&
    !/\s/.test(text) &&
    !gazetteer.demonyms.has(key) &&
    !gazetteer.demonyms.has(key.replace(/s$/, ''))
  )
    return true;
  if (!known && /^[\p{Lu}.&-]+$/u.test(text)) return true;
  if (initialsOfTown(gazetteer, text)) return true;
  // a well-known organization that some town is also called ("Google" is not Topeka, "IMF" not Imphāl)
  if (known && organizationAlias(gazetteer, key)) return true;
  // "the University of Georgia": a one-word name before "of" heads an organization's name
  if (/^ of \p{Lu}/u.test(doc.text.slice(end, end + 5)) && (!known || !/\s/.test(text))) {
    const i = known ? gazetteer.lookupKey(key)[0] : undefined;
    if (i === undefined || gazetteer.kind[i] === PLACE_KIND.CITY) return true;
  }
  if (people.has(text)) return true;
  return BUILDING.test(text) && /\bthe\s+$/i.test(doc.text.slice(Math.max(0, start - 4), start));
}
