/**
 * Place names that the entity recognizer misses or types as something else, found by the way news
 * writes places: US state abbreviations ("Louisville, Ky."), the town before a state or country
 * ("Greer, S.C.", "Grand Prairie, Texas", "Nanjing, China"), and the dateline in capitals that opens a story ("MANSFIELD --").
 */
import { initialsOfTown } from './article-regions.js';
import type { Gazetteer } from './gazetteer.js';
import { organizationAlias } from './organization-alias.js';
import { placeKey } from './place-key.js';
import { PLACE_KIND } from './place-kind.js';
import { stateAbbreviations } from './state-abbreviations.js';

/** A recovered place mention; `key` is the name to look up (the state's full name for an abbreviation). */
export interface RecoveredPlace {
  start: number;
  end: number;
  text: string;
  key: string;
}

/**
 * Up to three capitalized words right after a town and a comma, and not followed by another
 * capitalized word (a list of names): a state or country ("Grand Prairie, Texas", "Nanjing, China").
 */
const AFTER_COMMA = /(?<=\p{Lu}[\p{L}.'’]*,\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?![\p{L}]|\s+\p{Lu})/gu;

/** True when the name is a country or a US state (divisions elsewhere are too often given names: "Mary"). */
function countryOrState(gazetteer: Gazetteer, name: string): boolean {
  for (const i of gazetteer.lookup(name)) {
    if (gazetteer.kind[i] === PLACE_KIND.COUNTRY) return true;
    if (gazetteer.kind[i] === PLACE_KIND.ADMIN1 && gazetteer.country(i) === 'US') return true;
  }
  return false;
}

/** Up to three capitalized words that end right before ", " (the town of "Sioux Falls, S.D."). */
const TOWN_BEFORE = /(?:\p{Lu}[\p{L}'’-]*\.?\s){0,2}\p{Lu}[\p{L}'’-]*\.?,\s$/u;

/** Words that start a sentence or a phrase, not a town's name. */
const NOT_TOWN = new Set(['The', 'In', 'At', 'Of', 'From', 'Near', 'And', 'But', 'To', 'For', 'By']);

/** A dateline: capitals ("ISLE OF PALMS", "ST. JOHN'S"), an optional state, then a dash or colon. */
const DATELINE =
  /(?<![\p{L}\d.,])(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2})(?:, \p{Lu}[\p{L}.]+)?(?: ?(?:—|–|--)| - |: )/gu;

/** The town written before a state mention that starts at `at`, or null. */
function townBefore(text: string, at: number): RecoveredPlace | null {
  const m = TOWN_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  let name = m[0].replace(/,\s$/, '');
  let start = at - m[0].length;
  for (
    let space = name.indexOf(' ');
    space > 0 && NOT_TOWN.has(name.slice(0, space));
    space = name.indexOf(' ')
  ) {
    start += space + 1;
    name = name.slice(space + 1);
  }
  if (NOT_TOWN.has(name) || /^\p{Lu}\.$/u.test(name)) return null;
  return { start, end: start + name.length, text: name, key: placeKey(name) };
}

/** Places of the text that the entity recognizer may have missed (none overlapping another). */
export function recoverPlaces(text: string, gazetteer: Gazetteer): RecoveredPlace[] {
  const found: RecoveredPlace[] = [];
  const add = (p: RecoveredPlace | null): void => {
    if (p && !found.some((f) => f.start < p.end && p.start < f.end)) found.push(p);
  };
  const states: { start: number; end: number; text: string; state: string }[] = stateAbbreviations(text);
  for (const m of text.matchAll(AFTER_COMMA)) {
    if (countryOrState(gazetteer, m[0]))
      states.push({ start: m.index, end: m.index + m[0].length, text: m[0], state: m[0] });
  }
  for (const s of states) {
    add({ start: s.start, end: s.end, text: s.text, key: placeKey(s.state) });
    // "D-S.C." is a lawmaker's party and state: no town before it
    if (text[s.start - 1] === ' ') add(townBefore(text, s.start));
  }
  for (const m of text.matchAll(DATELINE)) {
    const name = m[1].replace(/[.'’-]+$/, '');
    const key = placeKey(name);
    // initials or an organization that a town is also called: "told the BBC: …", "owing $23bn to the IMF - while"
    if (
      name.length < 3 ||
      !gazetteer.has(key) ||
      initialsOfTown(gazetteer, name) ||
      organizationAlias(gazetteer, key)
    )
      continue;
    add({ start: m.index, end: m.index + name.length, text: name, key });
  }
  return found.sort((a, b) => a.start - b.start);
}
