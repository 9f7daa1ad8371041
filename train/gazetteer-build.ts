import type { GazetteerEntry, GazetteerSource } from '../src/geo/gazetteer-file.js';
import { isLatinName, placeKey } from '../src/geo/place-key.js';
import { PLACE_KIND } from '../src/geo/place-kind.js';
import {
  ADMIN1_ABBREVIATIONS,
  ADMIN_WRAPPERS,
  COUNTRY_POINTS,
  MACRO_REGIONS,
} from '../src/geo/regions-data.js';
import { readAdminNames, readCities500, readCountries } from './gazetteer-sources.js';

/** Collects entries and their folded names. */
class Builder implements GazetteerSource {
  readonly entries: GazetteerEntry[] = [];
  readonly names = new Map<string, number[]>();
  readonly demonyms = new Map<string, string>();

  /** Adds an entry and indexes its names; returns its number. */
  add(entry: GazetteerEntry, names: Iterable<string>): number {
    const i = this.entries.push(entry) - 1;
    this.alias(i, names);
    return i;
  }

  /** Indexes more names for an entry. */
  alias(i: number, names: Iterable<string>): void {
    for (const name of names) {
      const key = placeKey(name);
      if (!key) continue;
      const list = this.names.get(key);
      if (!list) this.names.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i); // entries arrive in order
    }
  }
}

/** A box and a population total over the towns of one region, for its coordinates. */
interface RegionBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
  population: number;
}

function grow(
  boxes: Map<string, RegionBox>,
  code: string,
  lat: number,
  lon: number,
  population: number,
): void {
  const box = boxes.get(code);
  if (!box) boxes.set(code, { minLat: lat, maxLat: lat, minLon: lon, maxLon: lon, population });
  else {
    box.minLat = Math.min(box.minLat, lat);
    box.maxLat = Math.max(box.maxLat, lat);
    box.minLon = Math.min(box.minLon, lon);
    box.maxLon = Math.max(box.maxLon, lon);
    box.population += population;
  }
}

/** Alternate names are indexed only for places this large (or seats of government): small places' alternates are mostly noise. */
const ALTERNATES_FROM = 15000;

/** Builds the gazetteer's entries and name index from the npm packages (reads their files, nothing else). */
export function buildGazetteerSource(): GazetteerSource {
  const out = new Builder();
  for (const c of readCountries()) {
    const [lat, lon] = COUNTRY_POINTS[c.code] ?? [c.lat, c.lon];
    const entry = { name: c.names[0], lat, lon, population: 0, country: c.code, admin1: '' };
    out.add({ ...entry, kind: PLACE_KIND.COUNTRY, featureCode: 'PCLI', id: `iso3166:${c.code}` }, c.names);
    for (const d of c.demonyms) if (d) out.demonyms.set(placeKey(d), c.code);
  }
  MACRO_REGIONS.forEach((r, n) => {
    const entry = { name: r.names[0], lat: r.lat, lon: r.lon, population: 0, country: '', admin1: '' };
    out.add({ ...entry, kind: PLACE_KIND.REGION, featureCode: 'RGN', id: `region:${n + 1}` }, r.names);
  });
  const boxes = new Map<string, RegionBox>();
  const text = readCities500();
  for (let from = 0; from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const f = text.slice(from, to).split('\t');
    from = to + 1;
    if (f.length < 15) continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const population = Number(f[14]) || 0;
    const code = f[7];
    const names = [f[1], f[2]];
    if (f[3] && (population >= ALTERNATES_FROM || code === 'PPLC' || code === 'PPLA')) {
      for (const alt of f[3].split(',')) if (isLatinName(alt)) names.push(alt);
    }
    const admin1 = `${f[8]}.${f[10]}`;
    const entry = { name: f[1], lat, lon, population, country: f[8], admin1 };
    const i = out.add({ ...entry, kind: PLACE_KIND.CITY, featureCode: code, id: `geonames:${f[0]}` }, names);
    // "D.C." is the capital, not the state of Washington
    if (code === 'PPLC' && f[8] === 'US') out.alias(i, ['D.C.', 'Washington D.C.', 'Washington DC']);
    grow(boxes, admin1, lat, lon, population);
    if (f[11]) grow(boxes, `${admin1}.${f[11]}`, lat, lon, population);
  }
  for (const level of [1, 2] as const) {
    for (const { code, name } of readAdminNames(level)) {
      const box = boxes.get(code);
      if (!box) continue;
      out.add(
        {
          name,
          kind: level === 1 ? PLACE_KIND.ADMIN1 : PLACE_KIND.ADMIN2,
          lat: (box.minLat + box.maxLat) / 2,
          lon: (box.minLon + box.maxLon) / 2,
          population: box.population,
          country: code.slice(0, 2),
          admin1: code.split('.').slice(0, 2).join('.'),
          featureCode: level === 1 ? 'ADM1' : 'ADM2',
          id: `admin:${code}`,
        },
        [name, name.replace(ADMIN_WRAPPERS, ''), ...(ADMIN1_ABBREVIATIONS[code] ?? [])],
      );
    }
  }
  return out;
}
