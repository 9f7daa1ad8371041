import { placeKey } from './place-key.js';
import { PLACE_KIND } from './place-kind.js';

/** Coordinates are stored as integers of degrees × this (about 1 m). */
export const COORD_SCALE = 1e5;
/** Populations are stored as round(log10(population + 1) × this) in a Uint16 (steps of 0.06%). */
export const POP_SCALE = 4000;

/** Entry numbers of one name: a view into the postings, or a short list. */
export type Entries = ArrayLike<number> & Iterable<number>;

/**
 * The columns of a decoded gazetteer file (see gazetteer-file.ts for the layout). Per entry i:
 * lat[i], lon[i] degrees × 1e5; id[i] the GeoNames id, or -1-k for the k-th other id; country[i],
 * admin1[i], featureCode[i] indexes into the string tables; population[i] log-quantized; kind[i] a
 * PLACE_KIND. Strings are pools: item k is bytes[offsets[k], offsets[k+1]). Keys (folded names) are
 * sorted by bytes; postings[postingOffsets[k], postingOffsets[k+1]) are key k's entries.
 */
export interface GazetteerColumns {
  lat: Int32Array;
  lon: Int32Array;
  id: Int32Array;
  country: Uint16Array;
  admin1: Uint16Array;
  population: Uint16Array;
  kind: Uint8Array;
  featureCode: Uint8Array;
  nameOffsets: Uint32Array;
  nameBytes: Uint8Array;
  keyOffsets: Uint32Array;
  keyBytes: Uint8Array;
  postingOffsets: Uint32Array;
  postings: Uint32Array;
  otherIdOffsets: Uint32Array;
  otherIdBytes: Uint8Array;
  countries: string[];
  admin1Codes: string[];
  featureCodes: string[];
  demonyms: Map<string, string>;
}

const encoder = new TextEncoder();
/** The UTF-8 bytes of a looked-up key (grown as needed; at most 3 bytes a UTF-16 unit). */
let keyBuffer = new Uint8Array(256);
const decoder = new TextDecoder();
const NONE = new Uint32Array(0);

/**
 * The offline gazetteer: countries, macro-regions, first- and second-level divisions and populated
 * places (GeoNames cities500), read from the precomputed file `npm run train -- gazetteer` writes.
 * Lookups binary-search the sorted folded-name table; nothing is parsed per entry at load time.
 */
export class Gazetteer {
  /** Folded demonym ("turkish") → ISO country code. */
  readonly demonyms: Map<string, string>;
  /** ISO country code → the country's entry number. */
  readonly countries = new Map<string, number>();
  /** Kind of each entry (a PLACE_KIND). */
  readonly kind: Uint8Array;
  private readonly c: GazetteerColumns;

  constructor(columns: GazetteerColumns) {
    this.c = columns;
    this.kind = columns.kind;
    this.demonyms = columns.demonyms;
    for (let i = 0; i < columns.kind.length; i++)
      if (columns.kind[i] === PLACE_KIND.COUNTRY) this.countries.set(this.country(i), i);
  }

  /** Number of entries. */
  get size(): number {
    return this.c.kind.length;
  }

  /** Entries whose name or alternate name folds to the same key as `name`. */
  lookup(name: string): Entries {
    return this.lookupKey(placeKey(name));
  }

  /** Entries of an already folded key. */
  lookupKey(key: string): Entries {
    const k = this.find(key);
    return k < 0 ? NONE : this.c.postings.subarray(this.c.postingOffsets[k], this.c.postingOffsets[k + 1]);
  }

  /** True when some entry has this folded name. */
  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** Canonical name of entry i ("Kyiv", "Łódź"). */
  name(i: number): string {
    return decoder.decode(this.c.nameBytes.subarray(this.c.nameOffsets[i], this.c.nameOffsets[i + 1]));
  }

  /** Latitude in degrees. */
  lat(i: number): number {
    return this.c.lat[i] / COORD_SCALE;
  }

  /** Longitude in degrees. */
  lon(i: number): number {
    return this.c.lon[i] / COORD_SCALE;
  }

  /** Population (0 for countries, regions and unknown), to 0.06%. */
  population(i: number): number {
    const q = this.c.population[i];
    return q === 0 ? 0 : Math.round(10 ** (q / POP_SCALE) - 1);
  }

  /** ISO country code ("" for macro-regions). */
  country(i: number): string {
    return this.c.countries[this.c.country[i]];
  }

  /** GeoNames admin1 code ("US.LA"), "" for countries and regions. */
  admin1(i: number): string {
    return this.c.admin1Codes[this.c.admin1[i]];
  }

  /** GeoNames feature code (PPLC, PPLA, ADM1, PCLI, RGN...). */
  featureCode(i: number): string {
    return this.c.featureCodes[this.c.featureCode[i]];
  }

  /** Gazetteer id: "geonames:N", "iso3166:CC", "admin:US.LA", "region:N". */
  id(i: number): string {
    const n = this.c.id[i];
    if (n >= 0) return `geonames:${n}`;
    const k = -1 - n;
    return decoder.decode(
      this.c.otherIdBytes.subarray(this.c.otherIdOffsets[k], this.c.otherIdOffsets[k + 1]),
    );
  }

  /** Index of the key in the sorted key table, or -1 (binary search over UTF-8 bytes). */
  private find(key: string): number {
    if (!key) return -1;
    if (keyBuffer.length < key.length * 3) keyBuffer = new Uint8Array(key.length * 3);
    const q = keyBuffer;
    const length = encoder.encodeInto(key, q).written;
    const { keyOffsets, keyBytes } = this.c;
    let lo = 0;
    let hi = keyOffsets.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const from = keyOffsets[mid];
      const to = keyOffsets[mid + 1];
      let cmp = 0;
      const n = Math.min(to - from, length);
      for (let j = 0; j < n && cmp === 0; j++) cmp = keyBytes[from + j] - q[j];
      if (cmp === 0) cmp = to - from - length;
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
