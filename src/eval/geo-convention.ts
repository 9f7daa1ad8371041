import type { EntityJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { placeKey } from '../geo/place-key.js';
import { articleRegions, placeInContext, type ArticleRegions } from '../geo/article-regions.js';
import { surnames } from '../geo/not-a-place.js';
import { outletCountry } from '../geo/outlet-country.js';
import type { RecoveredPlace } from '../geo/recover-places.js';
import { streetNames } from '../geo/street-names.js';

/**
 * How a gold set counts toponyms beyond GPE/LOC names. LGL (Lieberman et al. 2010) also annotates
 * place names inside organization names ("Ohio State Patrol", "University of Kentucky"),
 * nationality words that stand for a country ("Kenyan", "Sri Lankans") and street and road names
 * ("Gillis Street", "Highway 19"); GeoVirus and TR-News do not. The product's entity types are
 * unchanged: this only decides what the eval counts.
 */
export interface ToponymConvention {
  nested: boolean;
  demonyms: boolean;
  streets: boolean;
}

/** Towns smaller than this need a second word, a mention elsewhere or their division named to be read inside a name. */
const MIN_TOWN = 20000;
const WORD = /[\p{L}][\p{L}\p{M}.'’-]*/gu;

/** The longest run of capitalized words at `words[from..]` that is a trusted place, as [start, end] word indexes. */
function placeAt(
  gazetteer: Gazetteer,
  text: string,
  words: RegExpMatchArray[],
  from: number,
  named: Set<string>,
  regions: ArticleRegions,
  maxWords: number,
): number {
  for (let n = Math.min(3, maxWords); n >= 1; n--) {
    const run = words.slice(from, from + n);
    if (run.length < n || !run.every((w) => /^\p{Lu}/u.test(w[0]))) continue;
    const phrase = text.slice(run[0].index!, run[n - 1].index! + run[n - 1][0].length);
    const key = placeKey(phrase);
    // a name the recognizer typed as a place elsewhere counts when the gazetteer knows it (not "Tennessee Senior")
    if ((named.has(key) && gazetteer.has(key)) || placeInContext(gazetteer, key, n, regions, MIN_TOWN))
      return n;
  }
  return 0;
}

/**
 * Toponyms the convention adds to a Doc's GPE/LOC mentions (not yet geocoded: `key` is the name to
 * look up); `regions`: where the article is (by default, where its GPE/LOC entities are).
 */
export function conventionToponyms(
  doc: Doc,
  gazetteer: Gazetteer,
  convention: ToponymConvention,
  regions?: ArticleRegions,
): RecoveredPlace[] {
  const entities = Array.isArray(doc.layers.entities) ? (doc.layers.entities as EntityJson[]) : [];
  const places = entities.filter((e) => e.type === 'GPE' || e.type === 'LOC');
  const named = new Set(places.map((e) => placeKey(e.name)));
  regions ??= articleRegions(
    gazetteer,
    places.map((e) => e.name),
    outletCountry(doc.article.meta.url),
  );
  const found: RecoveredPlace[] = [];
  const people = surnames(entities);
  for (const e of entities) {
    for (const m of e.mentions) {
      if (people.has(m.text)) continue;
      if (convention.demonyms && e.type === 'NORP') {
        const key = placeKey(m.text);
        // "Palestinians", "Americans" as well as "Palestinian"
        const country = gazetteer.demonyms.has(key) ? key : key.replace(/s$/, '');
        if (gazetteer.demonyms.has(country)) found.push({ start: m.start, end: m.end, text: m.text, key });
      }
      if (!convention.nested || (e.type !== 'ORG' && e.type !== 'FAC')) continue;
      const words = [...m.text.matchAll(WORD)];
      // the name starts with a place ("Dayton Police", "Polk County Sheriff's Office") or is one
      // "The Torrington Fire Department": the place after "The"
      const open = words[0]?.[0] === 'The' ? 1 : 0;
      const first = placeAt(gazetteer, m.text, words, open, named, regions, words.length);
      // "University of Rochester" opens with a word that is also a town: the place is after "of"
      let lead = words[open + first]?.[0] === 'of' ? 0 : first;
      // "American Electric Power", "the Lebanese Army": a nationality at the start
      if (
        lead === 0 &&
        convention.demonyms &&
        words.length > open + 1 &&
        gazetteer.demonyms.has(placeKey(words[open][0]))
      )
        lead = 1;
      const after = words.findIndex((w) => w[0] === 'of');
      // "University of Kentucky": the place after "of"
      const tail = after > 0 ? placeAt(gazetteer, m.text, words, after + 1, named, regions, words.length) : 0;
      for (const [from, n] of [
        [open, lead],
        [after + 1, tail],
      ]) {
        if (n === 0) continue;
        const start = m.start + words[from].index!;
        const end = m.start + words[from + n - 1].index! + words[from + n - 1][0].length;
        const text = doc.text.slice(start, end);
        found.push({ start, end, text, key: placeKey(text) });
      }
    }
  }
  if (convention.streets) for (const s of streetNames(doc.text)) found.push({ ...s, key: '' });
  return found;
}
