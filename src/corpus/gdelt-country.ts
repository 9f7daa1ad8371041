import { byIso } from 'country-code-lookup';

/**
 * GDELT writes a place's country as a FIPS 10-4 code (the United Kingdom "UK", Switzerland "SZ",
 * Israel "IS") and an actor's country as a CAMEO code, ISO 3166 alpha-3 for countries ("GBR",
 * "CHE", "ISR"); the gazetteer keeps ISO 3166 alpha-2 ("GB", "CH", "IL"). Both are read from
 * country-code-lookup's table; '' where a code is unknown.
 */
export function fipsCountry(iso2: string | undefined): string {
  return iso2 ? (byIso(iso2)?.fips ?? '') : '';
}

/** The CAMEO country code (ISO 3166 alpha-3) of an ISO 3166 alpha-2 code, or ''. */
export function cameoCountry(iso2: string | undefined): string {
  return iso2 ? (byIso(iso2)?.iso3 ?? '') : '';
}
