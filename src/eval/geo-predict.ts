import { mkdirSync, writeFileSync } from 'node:fs';
import { textFilesOf } from './text-folder.js';
import { basename, join } from 'node:path';
import { makeArticle } from '../doc/article.js';
import type { EntityJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import { isDossierError } from '../errors/dossier-error.js';
import { geocodeComponent } from '../geo/geocode-component.js';
import { gazetteerRecognizerComponent } from '../geo/gazetteer-recognizer.js';
import { loadGazetteer } from '../geo/load-gazetteer.js';
import { loadNerModel } from '../models/ner/ner-model.js';
import type { Component } from '../pipeline/component.js';
import { defaultComponents, makeDoc } from '../pipeline/pipeline.js';
import type { ArticleRegions } from '../geo/article-regions.js';
import { toponymMention } from '../geo/correct-places.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import { outletCountry } from '../geo/outlet-country.js';
import { PLACE_KIND } from '../geo/place-kind.js';
import type { RecoveredPlace } from '../geo/recover-places.js';
import { candidatesOf, resolvePlaces } from '../geo/resolve-places.js';
import { conventionToponyms, type ToponymConvention } from './geo-convention.js';
import type { PredictedToponym } from './geo-score.js';
import { readDataFile } from '../read/decode-text.js';

/** Components a geoparse does not need (they read the text for other things). */
const UNNEEDED = new Set(['times', 'quantities', 'quotes', 'events', 'labels']);

/** True when the trained NER model is installed. */
export function hasNerModel(): boolean {
  try {
    loadNerModel();
    return true;
  } catch (error) {
    if (isDossierError(error) && error.code === 'MODEL_INVALID') return false;
    throw error;
  }
}

/**
 * The shipped pipeline up to the geocoder: the NLP core, NER and geocoding. Without an NER model
 * the gazetteer recognizer stands in for NER (`recognizer` says which one ran).
 */
export function geoComponents(): { components: Component[]; recognizer: 'ner' | 'gazetteer' } {
  const ner = hasNerModel();
  const components: Component[] = [];
  for (const c of defaultComponents()) {
    if (UNNEEDED.has(c.name) || c.name === 'geocode') continue;
    if (c.name === 'ner' && !ner) components.push(gazetteerRecognizerComponent);
    else components.push(c);
  }
  if (!components.some((c) => c.assigns.includes('entities'))) components.push(gazetteerRecognizerComponent);
  components.push(geocodeComponent);
  return { components, recognizer: ner ? 'ner' : 'gazetteer' };
}

/** The place mentions of an analysed Doc (GPE and LOC entities), with their entity's coordinates. */
export function placeMentions(doc: Doc): PredictedToponym[] {
  const entities = Array.isArray(doc.layers.entities) ? (doc.layers.entities as EntityJson[]) : [];
  const out: (PredictedToponym & { country: string | null })[] = [];
  for (const e of entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC') continue;
    for (const m of e.mentions) {
      // descriptions ("the city", "the region") and pronouns are mentions of a place, not toponyms
      if (!toponymMention(m.text)) continue;
      out.push({
        start: m.start,
        end: m.end,
        text: m.text,
        lat: e.geo?.lat ?? null,
        lon: e.geo?.lon ?? null,
        country: e.geo?.country ?? null,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A toponym a gold set's convention adds, to be geocoded; `street` ones take the nearest town's point. */
type Extra = RecoveredPlace & { street?: boolean };

/**
 * Adds to the pipeline's place mentions what a gold set's convention counts beyond them (streets win
 * over a place inside them; the rest only fill gaps), geocoded with the article's places as context.
 */
function addConvention(
  doc: Doc,
  gazetteer: Gazetteer,
  places: PredictedToponym[],
  convention: ToponymConvention,
): PredictedToponym[] {
  const regions = doc.layers.placeRegions as ArticleRegions | undefined;
  const added = conventionToponyms(doc, gazetteer, convention, regions);
  if (added.length === 0) return places;
  const entities = Array.isArray(doc.layers.entities) ? (doc.layers.entities as EntityJson[]) : [];
  const names = entities.filter((e) => e.type === 'GPE' || e.type === 'LOC').map((e) => e.name);
  const outlet = outletCountry(doc.article.meta.url);
  const kept = [...places];
  const extra: Extra[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    a.start < b.end && b.start < a.end;
  // streets first: a town inside one ("Richmond Street") is the street's name
  added.sort((a, b) => (a.key === '' ? 0 : 1) - (b.key === '' ? 0 : 1));
  for (const t of added) {
    if (t.key === '') {
      // a street holds the town it is named after ("Wichita Drive"): the street wins
      const inside = (p: { start: number; end: number }): boolean => t.start <= p.start && p.end <= t.end;
      if (!kept.some((p) => !inside(p) && overlaps(p, t)) && !extra.some((p) => overlaps(p, t))) {
        for (let k = kept.length - 1; k >= 0; k--) if (inside(kept[k])) kept.splice(k, 1);
        extra.push({ ...t, street: true });
      }
    } else if (!kept.some((p) => overlaps(p, t)) && !extra.some((p) => overlaps(p, t))) extra.push(t);
  }
  if (extra.length === 0) return kept;
  const chosen = resolvePlaces(gazetteer, [...names, ...extra.filter((t) => t.key).map((t) => t.key)], {
    outlet,
  });
  const out = [...kept];
  for (const t of extra) {
    const i = t.key ? (chosen.get(t.key) ?? candidatesOf(gazetteer, t.key)[0]) : undefined;
    const found = i !== undefined && i !== null;
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      lat: found ? gazetteer.lat(i) : null,
      lon: found ? gazetteer.lon(i) : null,
    });
  }
  out.sort((a, b) => a.start - b.start);
  // a street lies in the town named last before it (or first after it)
  const towns = out.filter((p) => p.lat !== null && isTown(gazetteer, p.text));
  for (const t of extra) {
    if (!t.street) continue;
    const town = towns.filter((p) => p.start < t.start).pop() ?? towns.find((p) => p.start > t.start);
    const p = out.find((o) => o.start === t.start && o.end === t.end)!;
    if (town) [p.lat, p.lon] = [town.lat, town.lon];
  }
  return out;
}

/** True when the name's likeliest entry is a town or a county (a street's surroundings). */
function isTown(gazetteer: Gazetteer, name: string): boolean {
  const i = candidatesOf(gazetteer, name)[0];
  return (
    i !== undefined && (gazetteer.kind[i] === PLACE_KIND.CITY || gazetteer.kind[i] === PLACE_KIND.ADMIN2)
  );
}

/** Geoparses one text: its place mentions with coordinates and country (and what a gold set's convention adds). */
export function predictPlaces(
  text: string,
  components: Component[],
  url: string | null = null,
  convention?: ToponymConvention,
): PredictedToponym[] {
  const doc = makeDoc(makeArticle(text, { url }));
  for (const c of components) {
    try {
      c.apply(doc);
    } catch (error) {
      // a component whose model is not built yet (the parser, say) is left out: the rest read what is there
      if (!isDossierError(error) || error.code !== 'MODEL_INVALID') throw error;
    }
  }
  // the pipeline's geocoder has made the place decisions: eval reads what extract outputs
  const places = placeMentions(doc);
  return convention ? addConvention(doc, loadGazetteer(), places, convention) : places;
}

/** Writes one JSON list of {start, end, text, lat, lon, country} per *.txt of `textDir` into `outDir`; returns the file count. */
export function predictGeoFolder(textDir: string, outDir: string): number {
  const files = textFilesOf(textDir);
  mkdirSync(outDir, { recursive: true });
  const { components } = geoComponents();
  for (const file of files) {
    const places = predictPlaces(readDataFile(join(textDir, file), 'text file'), components);
    writeFileSync(join(outDir, `${basename(file, '.txt')}.json`), JSON.stringify(places, null, 1) + '\n');
  }
  return files.length;
}
