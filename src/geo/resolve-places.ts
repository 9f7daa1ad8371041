import type { Entries, Gazetteer } from './gazetteer.js';
import { distanceKm } from './distance.js';
import { placeKey } from './place-key.js';
import { PLACE_KIND } from './place-kind.js';

/** What the article says about where it is: countries named by demonyms ("Turkish") and the outlet's country. */
export interface PlaceContext {
  /** ISO codes of countries the article refers to without naming a place ("Turkish", "Palestinians"). */
  countries?: string[];
  /** ISO code of the outlet's country (from its web address), a weak hint. */
  outlet?: string | null;
}

/** Last words of a county's name that anchor the bare name in the same article ("Hall County" → "Hall"). */
const COUNTY_WORDS = ['county', 'parish'];

/** Prior of each kind before context: a country outranks a region, a region a district; towns by population. */
function prior(gazetteer: Gazetteer, i: number): number {
  switch (gazetteer.kind[i]) {
    case PLACE_KIND.COUNTRY:
      return 10;
    case PLACE_KIND.REGION:
      return 9;
    case PLACE_KIND.ADMIN1:
      return 6.5;
    case PLACE_KIND.ADMIN2:
      return 5;
    default: {
      const code = gazetteer.featureCode(i);
      const seat = code === 'PPLC' ? 1.5 : code === 'PPLA' ? 0.5 : 0;
      return 1.1 * Math.log10(gazetteer.population(i) + 10) + seat;
    }
  }
}

/** Towns smaller than this are not read as abroad on their name alone. */
const HAMLET = 10_000;

/**
 * A small town abroad that nothing else in the article points to is no reading of the name: for a
 * British outlet, "Heathrow" and "Christmas" are not the Florida hamlets (the gazetteer holds no
 * other place of those names), unless the article names another place or a nationality of that
 * country. Only with a known outlet: without one, nothing says what is abroad.
 */
function dropForeignHamlets(
  gazetteer: Gazetteer,
  chosen: Map<string, number | null>,
  outlet: string,
  hinted: Set<string>,
): void {
  for (const [key, i] of chosen) {
    if (i === null || gazetteer.kind[i] !== PLACE_KIND.CITY || gazetteer.population(i) >= HAMLET) continue;
    const country = gazetteer.country(i);
    if (country === outlet || hinted.has(country) || gazetteer.featureCode(i) === 'PPLC') continue;
    let supported = false;
    for (const [other, j] of chosen)
      if (other !== key && j !== null && gazetteer.country(j) === country) supported = true;
    if (!supported) chosen.set(key, null);
  }
}

/** The gazetteer entries of a name; "the Netherlands" also finds "Netherlands". */
export function candidatesOf(gazetteer: Gazetteer, name: string): Entries {
  const found = gazetteer.lookup(name);
  if (found.length > 0) return found;
  const bare = placeKey(name).replace(/^the /, '');
  const again = bare ? gazetteer.lookup(bare) : found;
  if (again.length > 0) return again;
  // a nationality stands for its country where it is read as a place ("Russian", "Palestinians")
  const country = gazetteer.demonyms.get(bare) ?? gazetteer.demonyms.get(bare.replace(/s$/, ''));
  const i = country ? gazetteer.countries.get(country) : undefined;
  return i === undefined ? found : [i];
}

/**
 * Chooses one gazetteer entry per place name of an article (null when none fits): the kind and size of
 * each candidate, raised when its country or region is named elsewhere in the article, when it lies
 * near the article's other places, and (a little) when it is in the outlet's country. Three passes:
 * each pass's choices are the next pass's context, each name leaving itself out; the last pass
 * reads only the choices the first two agree on.
 */
export function resolvePlaces(
  gazetteer: Gazetteer,
  names: string[],
  context: PlaceContext = {},
): Map<string, number | null> {
  const keys = [...new Set(names.map(placeKey))].filter(Boolean);
  const candidates = new Map(keys.map((key) => [key, candidatesOf(gazetteer, key)]));
  // each candidate's score before context (its kind and size; whether the place is called so), the same in every pass
  const priors = new Map<string, Float64Array>();
  for (const key of keys) {
    const list = candidates.get(key)!;
    const scores = new Float64Array(list.length);
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      // a place called so outranks one that is sometimes called so ("Mexico" the country, not Mexico City)
      scores[k] = prior(gazetteer, i) - (placeKey(gazetteer.name(i)) === key ? 0 : 1.5);
    }
    priors.set(key, scores);
  }
  const hinted = new Set(context.countries ?? []);
  let chosen = new Map<string, number | null>();
  let earlier = new Map<string, number | null>();
  for (let pass = 0; pass < 3; pass++) {
    const next = new Map<string, number | null>();
    for (const key of keys) {
      const countries = new Map<string, number>();
      const regions = new Set<string>();
      const points: number[] = [];
      for (const [other, choice] of chosen) {
        if (other === key || choice === null) continue;
        // a place whose choice flipped between the passes gives no context: "Birmingham" read as
        // Alabama's on a US hint alone must not pull "Athens" to Alabama once it is England's again
        if (pass === 2 && earlier.get(other) !== choice) continue;
        if (gazetteer.country(choice))
          countries.set(gazetteer.country(choice), (countries.get(gazetteer.country(choice)) ?? 0) + 1);
        if (gazetteer.kind[choice] !== PLACE_KIND.COUNTRY && gazetteer.kind[choice] !== PLACE_KIND.REGION)
          regions.add(gazetteer.admin1(choice));
        if (gazetteer.kind[choice] === PLACE_KIND.ADMIN2 || gazetteer.kind[choice] === PLACE_KIND.CITY)
          points.push(choice);
      }
      let best: number | null = null;
      let bestScore = -Infinity;
      const list = candidates.get(key)!;
      const scores = priors.get(key)!;
      for (let k = 0; k < list.length; k++) {
        const i = list[k];
        let score = scores[k];
        const country = gazetteer.country(i);
        if (countries.has(country)) score += 2.5 + Math.min(2, 0.5 * countries.get(country)!);
        else if (hinted.has(country)) score += 2;
        if (country === context.outlet) score += 1;
        if (gazetteer.admin1(i) && regions.has(gazetteer.admin1(i))) score += 2;
        if (
          (gazetteer.kind[i] === PLACE_KIND.ADMIN2 || gazetteer.kind[i] === PLACE_KIND.CITY) &&
          points.some(
            (p) =>
              p !== i &&
              distanceKm(gazetteer.lat(p), gazetteer.lon(p), gazetteer.lat(i), gazetteer.lon(i)) < 150,
          )
        )
          score += 1.5;
        if (score > bestScore || (score === bestScore && best !== null && i < best)) {
          best = i;
          bestScore = score;
        }
      }
      next.set(key, best);
    }
    earlier = chosen;
    chosen = next;
  }
  if (context.outlet) dropForeignHamlets(gazetteer, chosen, context.outlet, hinted);
  // "Hall" in an article that names "Hall County" is that county, not a far-away town called Hall
  for (const key of keys) {
    for (const suffix of COUNTY_WORDS) {
      const county = chosen.get(`${key} ${suffix}`);
      if (county !== undefined && county !== null) {
        chosen.set(key, county);
        break;
      }
    }
  }
  return chosen;
}
