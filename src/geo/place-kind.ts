/** The kind of a gazetteer entry: a country outranks a division, a division a district, a district a town; REGION is a continent or macro-region. */
export const PLACE_KIND = { COUNTRY: 0, ADMIN1: 1, ADMIN2: 2, CITY: 3, REGION: 4 } as const;

/** One of PLACE_KIND's values. */
export type PlaceKind = (typeof PLACE_KIND)[keyof typeof PLACE_KIND];

/** GeoNames feature class of each kind: A (administrative unit), P (populated place) or L (area: continents, regions). */
export const FEATURE_CLASS = ['A', 'A', 'A', 'P', 'L'] as const;
