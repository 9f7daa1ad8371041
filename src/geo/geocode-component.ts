import type { EntityJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Component } from '../pipeline/component.js';
import { applyPlaceDecisions, placeDecisions } from './correct-places.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './load-gazetteer.js';
import { outletCountry } from './outlet-country.js';
import { placeKey } from './place-key.js';
import { FEATURE_CLASS } from './place-kind.js';
import { resolvePlaces } from './resolve-places.js';
import { filledKind } from '../extract/object-list.js';

/** Where a place entity is: coordinates, ISO country, GeoNames feature class (A region, P town) and the gazetteer entry. */
export interface Geo {
  lat: number;
  lon: number;
  country: string;
  featureClass: string;
  featureCode: string;
  gazetteerId: string;
  /** The gazetteer's name for the place ("Kyiv" for "Kiev"). */
  name: string;
}

/** Entity types that name places. */
const PLACE_TYPES = new Set(['GPE', 'LOC']);

/** The geo record of gazetteer entry i. */
export function geoOf(gazetteer: Gazetteer, i: number): Geo {
  return {
    lat: Math.round(gazetteer.lat(i) * 1e5) / 1e5,
    lon: Math.round(gazetteer.lon(i) * 1e5) / 1e5,
    country: gazetteer.country(i),
    featureClass: FEATURE_CLASS[gazetteer.kind[i]],
    featureCode: gazetteer.featureCode(i),
    gazetteerId: gazetteer.id(i),
    name: gazetteer.name(i),
  };
}

/** Geocodes the place entities of a Doc (pure): entity id → geo, for those the gazetteer knows. */
export function predictGeo(doc: Doc, gazetteer: Gazetteer = loadGazetteer()): Map<string, Geo> {
  const entities = Array.isArray(doc.layers.entities) ? (doc.layers.entities as EntityJson[]) : [];
  const places = entities.filter((e) => PLACE_TYPES.has(e.type));
  const out = new Map<string, Geo>();
  if (places.length === 0) return out;
  // nationalities name countries too: "Turkish", "Palestinians"
  const countries: string[] = [];
  for (const e of entities) {
    if (e.type !== 'NORP') continue;
    const key = placeKey(e.name);
    const code = gazetteer.demonyms.get(key) ?? gazetteer.demonyms.get(key.replace(/s$/, ''));
    if (code) countries.push(code);
  }
  const chosen = resolvePlaces(gazetteer, filledKind(places.map((e) => e.name)), {
    countries,
    outlet: outletCountry(doc.article.meta.url),
  });
  for (const e of places) {
    const i = chosen.get(placeKey(e.name));
    if (i !== undefined && i !== null) out.set(e.id, geoOf(gazetteer, i));
  }
  return out;
}

/**
 * Geocodes a Doc's place entities and writes the geoparser's decisions into them (see
 * correct-places.ts): recovered places become place mentions with `geo`, spans are cut back to the
 * place, and what is no place is retyped. Returns the new entity list.
 */
export function geoparseEntities(doc: Doc, gazetteer: Gazetteer = loadGazetteer()): EntityJson[] {
  const entities = doc.layers.entities as EntityJson[];
  const geos = predictGeo(doc, gazetteer);
  for (const e of entities) {
    const geo = geos.get(e.id);
    if (geo) e.geo = { ...geo };
  }
  const decisions = placeDecisions(doc, gazetteer, outletCountry(doc.article.meta.url));
  // where the recognizer's places are: what else is read as a place is judged against it (see eval geo)
  doc.layers.placeRegions = decisions.regions;
  if (decisions.added.length === 0 && decisions.dropped.size === 0 && decisions.replaced.size === 0)
    return entities;
  return applyPlaceDecisions(entities, decisions, (i) => ({ ...geoOf(gazetteer, i) }));
}

/** For token i, the index of its entity in `entities` (the innermost mention's), or -1. */
function entityOfToken(doc: Doc, entities: EntityJson[]): Int32Array {
  const out = new Int32Array(doc.length).fill(-1);
  const spans: { k: number; from: number; to: number }[] = [];
  entities.forEach((e, k) => {
    for (const m of e.mentions) {
      const from = doc.tokenAt(m.start);
      if (from < 0) continue;
      let to = from;
      while (to < doc.length && doc.start[to] < m.end) to++;
      spans.push({ k, from, to });
    }
  });
  // longest first, so inner mentions overwrite the outer ones
  spans.sort((a, b) => b.to - b.from - (a.to - a.from));
  for (const s of spans) out.fill(s.k, s.from, s.to);
  return out;
}

/**
 * The geocoder as a pipeline step: fills `geo` on the GPE and LOC entities of `doc.layers.entities`,
 * after adding the places the recognizer missed or mistyped and retyping what is no place.
 */
export const geocodeComponent: Component = {
  name: 'geocode',
  requires: ['entities'],
  // it also changes `entities` (and `entityOfToken`): run it before the steps that read entity ids
  assigns: ['geo'],
  apply(doc) {
    if (!Array.isArray(doc.layers.entities)) return;
    const before = doc.layers.entities as EntityJson[];
    const entities = geoparseEntities(doc);
    if (entities === before) return;
    doc.layers.entities = entities;
    if (doc.layers.entityOfToken instanceof Int32Array)
      doc.layers.entityOfToken = entityOfToken(doc, entities);
  },
};
