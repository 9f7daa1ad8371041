/**
 * Towns the entity recognizer typed as a person or an organization, or left out ("Greer",
 * "Whitestown", "New Concord"), read as places when the gazetteer holds a town of that name in a
 * division the article names (a person's one-word name "Greer" in a South Carolina story; a person
 * named with more words is left alone).
 */
import type { EntityJson, TextSpan } from '../doc/contract.js';
import { listOf, objectList } from '../extract/object-list.js';
import type { Doc } from '../doc/doc.js';
import type { ArticleRegions } from './article-regions.js';
import type { Gazetteer } from './gazetteer.js';
import { personName, surnames } from './not-a-place.js';
import { knownOrganization, onlyAnotherName } from './organization-alias.js';
import { placeKey } from './place-key.js';
import { PLACE_KIND } from './place-kind.js';
import type { RecoveredPlace } from './recover-places.js';

const CAPITALIZED = /^\p{Lu}/u;
/** Words before a lone capitalized word that make it a place: "in Lombard", "downtown Edwardsville", "Becker, Clay". */
const BEFORE_PLACE = new Set([
  'in',
  'near',
  'from',
  'to',
  'outside',
  'at',
  'of',
  'into',
  'around',
  'toward',
  'through',
  'downtown',
  'historic',
  'and',
  'or',
  ',',
  '/',
]);
/** Words before a name that make it a place where the gazetteer alone is not enough ("in Whitestown"). */
const LOCATIVE = new Set(['in', 'near', 'outside', 'at', 'from']);
/** Months and weekdays, which the gazetteer holds as towns somewhere ("August", "March", "Dec."). */
const CALENDAR =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter)$/;
/** Titles before a person's name ("Lord Bingham"): the word after one is a name, not a town. */
const TITLES = new Set(['lord', 'lady', 'sir', 'dame', 'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);
const MAX_WORDS = 3;

function capitalized(doc: Doc, i: number): boolean {
  return CAPITALIZED.test(doc.text[doc.start[i]]);
}

/** True when the name is a town or county of a division the article names. */
/**
 * A one-word name read as a town on context alone must name a town of at least this many people: the
 * hamlets that share a word with a club, a brand, a festival or a surname ("Chelsea" is a club,
 * "Sundance" a festival, "Tata" a company) are too many.
 */
const MIN_LONE_TOWN = 5000;

/** True when a town entry may stand for a name of `words` words read on context alone. */
function bigEnough(gazetteer: Gazetteer, i: number, words: number): boolean {
  return words > 1 || gazetteer.population(i) >= MIN_LONE_TOWN;
}

function localTown(gazetteer: Gazetteer, key: string, regions: ArticleRegions, words: number): boolean {
  for (const i of gazetteer.lookupKey(key)) {
    const kind = gazetteer.kind[i];
    if (
      (kind === PLACE_KIND.CITY || kind === PLACE_KIND.ADMIN2) &&
      regions.admin1s.has(gazetteer.admin1(i)) &&
      bigEnough(gazetteer, i, words)
    )
      return true;
  }
  return false;
}

/** True when the name is a town or county of the article's countries (of any, when it names none). */
function townOfCountry(gazetteer: Gazetteer, key: string, regions: ArticleRegions, words: number): boolean {
  for (const i of gazetteer.lookupKey(key)) {
    const kind = gazetteer.kind[i];
    if (
      (kind === PLACE_KIND.CITY || kind === PLACE_KIND.ADMIN2) &&
      (regions.countries.size === 0 || regions.countries.has(gazetteer.country(i))) &&
      bigEnough(gazetteer, i, words)
    )
      return true;
  }
  return false;
}

/**
 * A name that the gazetteer holds only as another name of a town, when it is initials or a short
 * word ("BBC" for Bay City, "UBS", "Ask", "Ore") or a well-known organization's name ("Google",
 * what Topeka called itself for a month in 2010): the organization's or the word's, not the town's.
 * A town's other name that is no organization's stays a reading ("Auschwitz" for Oświęcim).
 */
function aliasOnly(gazetteer: Gazetteer, key: string, text: string): boolean {
  if (!/^\p{Lu}+$/u.test(text) && text.length > 3 && !knownOrganization(key)) return false;
  return gazetteer.lookupKey(key).length === 0 || onlyAnotherName(gazetteer, key);
}

/** True when a title comes before the mention: a person's name ("Lord Bingham"), not a town. */
function afterTitle(doc: Doc, start: number): boolean {
  const first = doc.tokenAt(start);
  return first > 0 && TITLES.has(doc.tokenText(first - 1).toLowerCase());
}

/** True when some mention of the entity follows a word that makes it a place ("at Whitestown Town Hall", "in Whitestown"). */
function locative(doc: Doc, e: EntityJson): boolean {
  for (const m of e.mentions) {
    const i = doc.tokenAt(m.start);
    if (i > 0 && LOCATIVE.has(doc.tokenText(i - 1).toLowerCase())) return true;
  }
  return false;
}

/** The local towns among a Doc's non-place mentions and unrecognized capitalized words. */
export function contextPlaces(doc: Doc, gazetteer: Gazetteer, regions: ArticleRegions): RecoveredPlace[] {
  const entities = listOf<EntityJson>(doc.layers.entities);
  const covered = new Uint8Array(doc.length);
  const found = objectList<RecoveredPlace>();
  const people = surnames(entities);
  // the loops over every mention and token stay apart from the rarer work on a candidate, which
  // would otherwise have them recompiled each time one of its branches first runs
  for (const e of entities) {
    const place = e.type === 'GPE' || e.type === 'LOC';
    for (const m of e.mentions) {
      for (let i = doc.tokenAt(m.start); i >= 0 && i < doc.length && doc.start[i] < m.end; i++)
        covered[i] = 1;
      if (place || e.type === 'NORP') continue;
      const recovered = mentionAsPlace(doc, gazetteer, regions, people, e, m);
      if (recovered) found.push(recovered);
    }
  }
  // capitalized words no mention covers: the longest run that is a local town
  const sentenceFirst = new Set(doc.sentStart);
  for (let i = 0; i < doc.length && regions.admin1s.size > 0; i++) {
    if (covered[i] || !capitalized(doc, i)) continue;
    i += runAsPlace(doc, gazetteer, regions, covered, sentenceFirst, i, found);
  }
  return found;
}

/** A mention of a non-place entity that is a town in the article's context, or null. */
function mentionAsPlace(
  doc: Doc,
  gazetteer: Gazetteer,
  regions: ArticleRegions,
  people: Set<string>,
  e: EntityJson,
  m: TextSpan,
): RecoveredPlace | null {
  const words = m.text.split(/\s+/).length;
  if (words > MAX_WORDS || !CAPITALIZED.test(m.text) || people.has(m.text)) return null;
  // a person with a longer name ("Trent Polk") is a person
  if (e.type === 'PERSON' && placeKey(e.name) !== placeKey(m.text) && personName(e.name)) return null;
  const key = placeKey(m.text);
  if (CALENDAR.test(key) || aliasOnly(gazetteer, key, m.text) || (words === 1 && afterTitle(doc, m.start)))
    return null;
  if (
    !localTown(gazetteer, key, regions, words) &&
    !(townOfCountry(gazetteer, key, regions, words) && locative(doc, e))
  )
    return null;
  return { start: m.start, end: m.end, text: m.text, key };
}

/**
 * The longest run of capitalized words from token i that is a local town: pushed to `found`;
 * returns how many tokens after i it covers (0 when none).
 */
function runAsPlace(
  doc: Doc,
  gazetteer: Gazetteer,
  regions: ArticleRegions,
  covered: Uint8Array,
  sentenceFirst: Set<number>,
  i: number,
  found: RecoveredPlace[],
): number {
  for (let n = Math.min(MAX_WORDS, doc.length - i); n >= 1; n--) {
    let run = true;
    for (let j = i; j < i + n && run; j++) run = !covered[j] && capitalized(doc, j);
    if (!run) continue;
    // part of a longer name ("Greer Station"): not the town alone
    const next = i + n;
    if (next < doc.length && capitalized(doc, next) && doc.start[next] === doc.end[next - 1] + 1) continue;
    const text = doc.text.slice(doc.start[i], doc.end[i + n - 1]);
    const key = placeKey(text);
    if (CALENDAR.test(key) || !localTown(gazetteer, key, regions, n)) continue;
    // a lone word needs a word before it that makes it a place ("in Lombard")
    if (n === 1 && (sentenceFirst.has(i) || i === 0 || !BEFORE_PLACE.has(doc.tokenText(i - 1).toLowerCase())))
      continue;
    found.push({ start: doc.start[i], end: doc.end[i + n - 1], text, key });
    return n - 1;
  }
  return 0;
}
