import type { EntityJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { candidatesOf, resolvePlaces } from '../geo/resolve-places.js';
import { placeKey } from '../geo/place-key.js';
import { PLACE_KIND } from '../geo/place-kind.js';
import type { PredictedToponym } from './geo-score.js';

/**
 * How a gold set counts toponyms beyond GPE/LOC names. LGL (Lieberman et al. 2010) also annotates
 * place names inside organization names ("Ohio State Patrol", "University of Kentucky") and
 * nationality adjectives that stand for a country ("Kenyan", "Sri Lankan"); GeoVirus and TR-News
 * do not. The product's entity types are unchanged: this only decides what the eval counts.
 */
export interface ToponymConvention {
  nested: boolean;
  demonyms: boolean;
}

/** Towns smaller than this need a second word or a mention elsewhere to be read inside a name. */
const MIN_TOWN = 20000;
const WORD = /[\p{L}][\p{L}\p{M}.'’-]*/gu;

/** True when the name is a place the gazetteer trusts on its own (not a small town that is also a common word or surname). */
function trusted(gazetteer: Gazetteer, key: string, words: number, named: Set<string>): boolean {
  if (named.has(key)) return true;
  for (const i of gazetteer.lookupKey(key)) {
    if (gazetteer.kind[i] !== PLACE_KIND.CITY || words > 1 || gazetteer.population(i) >= MIN_TOWN)
      return true;
  }
  return false;
}

/** The longest run of capitalized words at `words[from..]` that is a trusted place, as [start, end] word indexes. */
function placeAt(
  gazetteer: Gazetteer,
  text: string,
  words: RegExpMatchArray[],
  from: number,
  named: Set<string>,
  maxWords: number,
): number {
  for (let n = Math.min(3, maxWords); n >= 1; n--) {
    const run = words.slice(from, from + n);
    if (run.length < n || !run.every((w) => /^\p{Lu}/u.test(w[0]))) continue;
    const phrase = text.slice(run[0].index!, run[n - 1].index! + run[n - 1][0].length);
    if (trusted(gazetteer, placeKey(phrase), n, named)) return n;
  }
  return 0;
}

/** Toponyms the convention adds to a Doc's GPE/LOC mentions, geocoded with the article's places as context. */
export function conventionToponyms(
  doc: Doc,
  gazetteer: Gazetteer,
  convention: ToponymConvention,
): PredictedToponym[] {
  const entities = Array.isArray(doc.layers.entities) ? (doc.layers.entities as EntityJson[]) : [];
  const places = entities.filter((e) => e.type === 'GPE' || e.type === 'LOC');
  const named = new Set(places.map((e) => placeKey(e.name)));
  const found: { start: number; end: number; text: string; key: string }[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (convention.demonyms && e.type === 'NORP') {
        const key = placeKey(m.text);
        if (gazetteer.demonyms.has(key)) found.push({ start: m.start, end: m.end, text: m.text, key });
      }
      if (!convention.nested || (e.type !== 'ORG' && e.type !== 'FAC')) continue;
      const words = [...m.text.matchAll(WORD)];
      // the name starts with a place ("Dayton Police", "Polk County Sheriff's Office") or is one
      const lead = placeAt(gazetteer, m.text, words, 0, named, words.length);
      const after = words.findIndex((w) => w[0] === 'of');
      // "University of Kentucky": the place after "of"
      const tail = after > 0 ? placeAt(gazetteer, m.text, words, after + 1, named, words.length) : 0;
      for (const [from, n] of [
        [0, lead],
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
  if (found.length === 0) return [];
  const chosen = resolvePlaces(gazetteer, [...places.map((e) => e.name), ...found.map((f) => f.key)]);
  return found.map((f) => {
    const i = chosen.get(f.key) ?? candidatesOf(gazetteer, f.key)[0];
    return {
      start: f.start,
      end: f.end,
      text: f.text,
      lat: i === undefined || i === null ? null : gazetteer.lat(i),
      lon: i === undefined || i === null ? null : gazetteer.lon(i),
    };
  });
}
