import type { EntityJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Component } from '../pipeline/component.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './load-gazetteer.js';
import { placeKey } from './place-key.js';
import { PLACE_KIND } from './place-kind.js';

/** Towns smaller than this are too often common words or surnames to be taken on the gazetteer's word alone. */
const MIN_TOWN = 20000;
const MAX_WORDS = 4;
const CAPITALIZED = /^\p{Lu}/u;

function capitalized(doc: Doc, i: number): boolean {
  return i >= 0 && i < doc.length && CAPITALIZED.test(doc.text[doc.start[i]]);
}

/** True when some entry of the name is a country or region, or a town large enough to trust. */
function trusted(gazetteer: Gazetteer, key: string, words: number): boolean {
  for (const i of gazetteer.lookup(key)) {
    if (gazetteer.kind[i] !== PLACE_KIND.CITY || gazetteer.population(i) >= MIN_TOWN || words > 1)
      return true;
  }
  return false;
}

/**
 * A gazetteer-only place recognizer, for when no trained NER model is installed: the longest run of
 * capitalized words that the gazetteer knows, not glued to other capitalized words ("George Washington",
 * "Paris Hilton" are left alone), and not a word the article also writes in lower case.
 */
export function recognizePlaces(doc: Doc, gazetteer: Gazetteer = loadGazetteer()): EntityJson[] {
  const lower = new Set<string>();
  for (let i = 0; i < doc.length; i++) if (!capitalized(doc, i)) lower.add(doc.tokenText(i).toLowerCase());
  const byName = new Map<string, EntityJson>();
  const sentenceFirst = new Set(doc.sentStart);
  for (let i = 0; i < doc.length; i++) {
    if (!capitalized(doc, i)) continue;
    for (let n = Math.min(MAX_WORDS, doc.length - i); n >= 1; n--) {
      const end = i + n;
      if (!capitalized(doc, end - 1)) continue;
      const text = doc.text.slice(doc.start[i], doc.end[end - 1]);
      const key = placeKey(text);
      if (!key || !gazetteer.has(key) || !trusted(gazetteer, key, n)) continue;
      const glued =
        (capitalized(doc, i - 1) && !sentenceFirst.has(i) && doc.end[i - 1] + 1 === doc.start[i]) ||
        (capitalized(doc, end) && doc.end[end - 1] + 1 === doc.start[end]);
      if (glued || (n === 1 && lower.has(key))) break;
      let entity = byName.get(key);
      if (!entity) {
        entity = { id: `e${byName.size + 1}`, name: text, type: 'GPE', mentions: [], roles: [] };
        byName.set(key, entity);
      }
      entity.mentions.push({ start: doc.start[i], end: doc.end[end - 1], text });
      i = end - 1;
      break;
    }
  }
  return [...byName.values()];
}

/** The gazetteer recognizer as a pipeline step standing in for NER: fills `doc.layers.entities` with places only. */
export const gazetteerRecognizerComponent: Component = {
  name: 'gazetteer-places',
  requires: ['tokens'],
  assigns: ['entities'],
  apply(doc) {
    doc.layers.entities = recognizePlaces(doc);
  },
};
