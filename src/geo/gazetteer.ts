import { placeKey, isLatinName } from './place-key.js';
import { PLACE_KIND, type PlaceKind } from './place-kind.js';
import { readAdminNames, readCities500, readCountries } from './gazetteer-sources.js';
import { ADMIN1_ABBREVIATIONS, ADMIN_WRAPPERS, COUNTRY_POINTS, MACRO_REGIONS } from './regions-data.js';

/**
 * The offline gazetteer: countries, first- and second-level divisions and populated places, as
 * columns indexed by entry number, with a folded-name index. Built once per process on first use
 * (about a second); regions get the centre of the box around their towns as coordinates.
 */
export class Gazetteer {
  /** Entry columns: canonical name, kind, latitude, longitude, population, ISO country, admin1 code ("US.LA"), GeoNames feature code, id. */
  readonly name: string[] = [];
  readonly kind: PlaceKind[] = [];
  readonly lat: number[] = [];
  readonly lon: number[] = [];
  readonly population: number[] = [];
  readonly country: string[] = [];
  readonly admin1: string[] = [];
  readonly featureCode: string[] = [];
  readonly id: string[] = [];
  /** Folded name → entry numbers. */
  private readonly index = new Map<string, number[]>();
  /** Folded demonym ("turkish") → ISO country code. */
  readonly demonyms = new Map<string, string>();
  /** ISO country code → the country's entry number. */
  readonly countries = new Map<string, number>();

  /** Entries whose name or alternate name folds to the same key as `name`. */
  lookup(name: string): readonly number[] {
    return this.index.get(placeKey(name)) ?? [];
  }

  /** True when some entry has this folded name. */
  has(key: string): boolean {
    return this.index.has(key);
  }

  /** Indexes more names for an existing entry. */
  alias(i: number, names: string[]): void {
    for (const name of names) {
      const key = placeKey(name);
      const list = this.index.get(key);
      if (!list) this.index.set(key, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  }

  /** Number of entries. */
  get size(): number {
    return this.name.length;
  }

  /** Adds an entry and indexes its names; returns its number. */
  add(
    entry: {
      name: string;
      kind: PlaceKind;
      lat: number;
      lon: number;
      population: number;
      country: string;
      admin1: string;
      featureCode: string;
      id: string;
    },
    names: Iterable<string>,
  ): number {
    const i = this.name.length;
    this.name.push(entry.name);
    this.kind.push(entry.kind);
    this.lat.push(entry.lat);
    this.lon.push(entry.lon);
    this.population.push(entry.population);
    this.country.push(entry.country);
    this.admin1.push(entry.admin1);
    this.featureCode.push(entry.featureCode);
    this.id.push(entry.id);
    const seen = new Set<string>();
    for (const name of names) {
      const key = placeKey(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const list = this.index.get(key);
      if (list) list.push(i);
      else this.index.set(key, [i]);
    }
    return i;
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

/** Builds the gazetteer from the packages (pure apart from reading their files). */
export function buildGazetteer(): Gazetteer {
  const gazetteer = new Gazetteer();
  for (const c of readCountries()) {
    const [lat, lon] = COUNTRY_POINTS[c.code] ?? [c.lat, c.lon];
    const i = gazetteer.add(
      {
        name: c.names[0],
        kind: PLACE_KIND.COUNTRY,
        lat,
        lon,
        population: 0,
        country: c.code,
        admin1: '',
        featureCode: 'PCLI',
        id: `iso3166:${c.code}`,
      },
      c.names,
    );
    gazetteer.countries.set(c.code, i);
    for (const d of c.demonyms) if (d) gazetteer.demonyms.set(placeKey(d), c.code);
  }
  MACRO_REGIONS.forEach((r, n) => {
    const place = {
      name: r.names[0],
      kind: PLACE_KIND.REGION,
      lat: r.lat,
      lon: r.lon,
      population: 0,
      country: '',
      admin1: '',
    };
    gazetteer.add({ ...place, featureCode: 'RGN', id: `region:${n + 1}` }, r.names);
  });
  const boxes = new Map<string, RegionBox>();
  const text = readCities500();
  // one string per distinct code, not one per line
  const codes = new Map<string, string>();
  const intern = (code: string): string => {
    const known = codes.get(code);
    if (known !== undefined) return known;
    codes.set(code, code);
    return code;
  };
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
    const admin1 = intern(`${f[8]}.${f[10]}`);
    const place = { name: f[1], kind: PLACE_KIND.CITY, lat, lon, population, country: intern(f[8]), admin1 };
    const i = gazetteer.add({ ...place, featureCode: intern(code), id: `geonames:${f[0]}` }, names);
    // "D.C." is the capital, not the state of Washington
    if (code === 'PPLC' && f[8] === 'US') gazetteer.alias(i, ['D.C.', 'Washington D.C.', 'Washington DC']);
    grow(boxes, admin1, lat, lon, population);
    if (f[11]) grow(boxes, `${admin1}.${f[11]}`, lat, lon, population);
  }
  for (const level of [1, 2] as const) {
    for (const { code, name } of readAdminNames(level)) {
      const box = boxes.get(code);
      if (!box) continue;
      const country = code.slice(0, 2);
      const admin1 = code.split('.').slice(0, 2).join('.');
      gazetteer.add(
        {
          name,
          kind: level === 1 ? PLACE_KIND.ADMIN1 : PLACE_KIND.ADMIN2,
          lat: (box.minLat + box.maxLat) / 2,
          lon: (box.minLon + box.maxLon) / 2,
          population: box.population,
          country,
          admin1,
          featureCode: level === 1 ? 'ADM1' : 'ADM2',
          id: `admin:${code}`,
        },
        [name, name.replace(ADMIN_WRAPPERS, ''), ...(ADMIN1_ABBREVIATIONS[code] ?? [])],
      );
    }
  }
  return gazetteer;
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer, built on first use. */
export function loadGazetteer(): Gazetteer {
  shared ??= buildGazetteer();
  return shared;
}
