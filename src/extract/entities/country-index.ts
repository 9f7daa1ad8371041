import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CAPITAL_ALIASES, COUNTRY_ALIASES, DEMONYM_ALIASES } from './country-aliases.js';
import { nameKey } from './mention.js';

/** What a name is to a country: its name, its capital, or its demonym/adjective. */
export type CountryRole = 'country' | 'capital' | 'demonym';

/** One country a name can stand for: its common name (the cluster's name when nothing fuller is said). */
export interface CountryRef {
  name: string;
  role: CountryRole;
}

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

let index: Map<string, CountryRef> | undefined;

function add(map: Map<string, CountryRef>, name: string, country: string, role: CountryRole): void {
  const key = nameKey(name);
  // a country's own name wins over a capital or demonym of the same spelling ("Singapore", "Djibouti")
  const old = map.get(key);
  if (key && (!old || (old.role !== 'country' && role === 'country'))) map.set(key, { name: country, role });
}

function addLines(map: Map<string, CountryRef>, lines: string, role: CountryRole): void {
  for (const line of lines.split('\n')) {
    const eq = line.indexOf(' = ');
    if (eq > 0) add(map, line.slice(0, eq), line.slice(eq + 3).trim(), role);
  }
}

/** The name → country index (built once from the country list and the alias data). */
export function countryIndex(): Map<string, CountryRef> {
  if (index) return index;
  const map = new Map<string, CountryRef>();
  const require = createRequire(import.meta.url);
  const list = JSON.parse(
    readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
  ) as WorldCountry[];
  for (const c of list) {
    const name = c.name.common;
    add(map, name, name, 'country');
    add(map, c.name.official, name, 'country');
    // two-letter codes ("IN", "IT") are words, not names; "US" and "UK" are names
    for (const alt of c.altSpellings)
      if (alt.length > 2 || alt === 'US' || alt === 'UK') add(map, alt, name, 'country');
  }
  addLines(map, COUNTRY_ALIASES, 'country');
  for (const c of list) {
    for (const capital of c.capital ?? []) add(map, capital, c.name.common, 'capital');
  }
  addLines(map, CAPITAL_ALIASES, 'capital');
  addLines(map, DEMONYM_ALIASES, 'demonym');
  for (const c of list) {
    if (c.demonyms?.eng) {
      add(map, c.demonyms.eng.m, c.name.common, 'demonym');
      add(map, c.demonyms.eng.f, c.name.common, 'demonym');
    }
  }
  index = map;
  return map;
}

/** The country a name stands for, or undefined. */
export function countryOf(key: string): CountryRef | undefined {
  return countryIndex().get(key);
}
