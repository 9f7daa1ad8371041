import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { conventionToponyms, type ToponymConvention } from './geo-convention.js';
import type { PredictedToponym } from './geo-score.js';

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
      // descriptions ("the city", "the region") are mentions of a place, not toponyms
      if (!/^\p{Lu}/u.test(m.text) || /^the\s+\p{Ll}/iu.test(m.text)) continue;
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
  const places = placeMentions(doc);
  if (!convention) return places;
  const extra = conventionToponyms(doc, loadGazetteer(), convention).filter(
    (t) => !places.some((p) => p.start < t.end && t.start < p.end),
  );
  return [...places, ...extra].sort((a, b) => a.start - b.start);
}

/** Writes one JSON list of {start, end, text, lat, lon, country} per *.txt of `textDir` into `outDir`; returns the file count. */
export function predictGeoFolder(textDir: string, outDir: string): number {
  const files = textFilesOf(textDir);
  mkdirSync(outDir, { recursive: true });
  const { components } = geoComponents();
  for (const file of files) {
    const places = predictPlaces(readFileSync(join(textDir, file), 'utf8'), components);
    writeFileSync(join(outDir, `${basename(file, '.txt')}.json`), JSON.stringify(places, null, 1) + '\n');
  }
  return files.length;
}
