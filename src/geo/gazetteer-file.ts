import { DossierError } from '../errors/dossier-error.js';
import { COORD_SCALE, Gazetteer, POP_SCALE, type GazetteerColumns } from './gazetteer.js';
import type { PlaceKind } from './place-kind.js';

const MAGIC = 0x5a475344; // "DSGZ" little-endian
const FORMAT_VERSION = 1;

/** One place as the builder hands it over. */
export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  population: number;
  country: string;
  admin1: string;
  featureCode: string;
  /** "geonames:2643743" is stored as a number; any other id ("iso3166:TR", "admin:US.LA") as a string. */
  id: string;
}

/** What the builder hands over: the entries, folded name → entry numbers, and folded demonym → ISO code. */
export interface GazetteerSource {
  entries: GazetteerEntry[];
  names: Map<string, number[]>;
  demonyms: Map<string, string>;
}

/** The JSON header: counts, small string tables and the demonyms. */
interface Header {
  entries: number;
  keys: number;
  postings: number;
  countries: string[];
  admin1: string[];
  featureCodes: string[];
  demonyms: Record<string, string>;
  nameBytes: number;
  keyBytes: number;
  otherIdBytes: number;
  otherIds: number;
}

const encoder = new TextEncoder();

/** Byte order of UTF-8 strings, which is code point order: the order the key table is searched in. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A string pool: offsets (n+1) into one UTF-8 blob. */
function pool(strings: string[]): { offsets: Uint32Array; bytes: Uint8Array } {
  const encoded = strings.map((s) => encoder.encode(s));
  const offsets = new Uint32Array(strings.length + 1);
  for (let i = 0; i < encoded.length; i++) offsets[i + 1] = offsets[i] + encoded[i].length;
  const bytes = new Uint8Array(offsets[strings.length]);
  encoded.forEach((e, i) => bytes.set(e, offsets[i]));
  return { offsets, bytes };
}

function tableOf(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort();
  return { list, index: new Map(list.map((v, i) => [v, i])) };
}

const align = (n: number): number => (n + 3) & ~3;

/**
 * Encodes a gazetteer: magic, version, header length, header JSON, then 4-byte aligned sections:
 * lat, lon (Int32, degrees × 1e5), geonames id (Int32; -1-k for the k-th other id), country and admin1
 * (Uint16 table indexes), population (Uint16, log-quantized), kind and feature code (Uint8), the name
 * pool, the sorted key pool and per-key postings (entry numbers), and the pool of other ids.
 */
export function encodeGazetteer(source: GazetteerSource): Uint8Array {
  const { entries } = source;
  const countries = tableOf(entries.map((e) => e.country));
  const admin1 = tableOf(entries.map((e) => e.admin1));
  const featureCodes = tableOf(entries.map((e) => e.featureCode));
  const n = entries.length;
  const lat = new Int32Array(n);
  const lon = new Int32Array(n);
  const id = new Int32Array(n);
  const country = new Uint16Array(n);
  const admin = new Uint16Array(n);
  const population = new Uint16Array(n);
  const kind = new Uint8Array(n);
  const featureCode = new Uint8Array(n);
  const otherIds: string[] = [];
  entries.forEach((e, i) => {
    lat[i] = Math.round(e.lat * COORD_SCALE);
    lon[i] = Math.round(e.lon * COORD_SCALE);
    const geonames = /^geonames:(\d+)$/.exec(e.id);
    id[i] = geonames ? Number(geonames[1]) : -otherIds.push(e.id);
    country[i] = countries.index.get(e.country)!;
    admin[i] = admin1.index.get(e.admin1)!;
    population[i] = Math.min(0xffff, Math.round(Math.log10(Math.max(0, e.population) + 1) * POP_SCALE));
    kind[i] = e.kind;
    featureCode[i] = featureCodes.index.get(e.featureCode)!;
  });
  const keys = [...source.names.keys()]
    .map((k) => ({ k, bytes: encoder.encode(k) }))
    .sort((a, b) => compareBytes(a.bytes, b.bytes));
  const postingOffsets = new Uint32Array(keys.length + 1);
  keys.forEach(({ k }, i) => (postingOffsets[i + 1] = postingOffsets[i] + source.names.get(k)!.length));
  const postings = new Uint32Array(postingOffsets[keys.length]);
  keys.forEach(({ k }, i) => postings.set(source.names.get(k)!, postingOffsets[i]));
  const names = pool(entries.map((e) => e.name));
  const keyPool = pool(keys.map((k) => k.k));
  const idPool = pool(otherIds);
  const header: Header = {
    entries: n,
    keys: keys.length,
    postings: postings.length,
    countries: countries.list,
    admin1: admin1.list,
    featureCodes: featureCodes.list,
    demonyms: Object.fromEntries([...source.demonyms].sort(([a], [b]) => (a < b ? -1 : 1))),
    nameBytes: names.bytes.length,
    keyBytes: keyPool.bytes.length,
    otherIdBytes: idPool.bytes.length,
    otherIds: otherIds.length,
  };
  const json = encoder.encode(JSON.stringify(header));
  const sections = [
    new Uint32Array([MAGIC, FORMAT_VERSION, json.length]),
    json,
    ...[lat, lon, id, country, admin, population, kind, featureCode],
    ...[names.offsets, names.bytes, keyPool.offsets, keyPool.bytes, postingOffsets, postings],
    ...[idPool.offsets, idPool.bytes],
  ].map((s) => new Uint8Array(s.buffer, s.byteOffset, s.byteLength));
  const out = new Uint8Array(sections.reduce((sum, s) => sum + align(s.length), 0));
  let at = 0;
  for (const s of sections) {
    out.set(s, at);
    at += align(s.length);
  }
  return out;
}

/**
 * Decodes a gazetteer file from its bytes (no file system: works in a browser). The columns are views
 * over one copy of the bytes; strings are decoded only when asked for. A corrupt file gives MODEL_INVALID naming `name`.
 */
export function decodeGazetteer(bytes: Uint8Array, name: string): Gazetteer {
  try {
    // typed-array views need 4-byte alignment: copy only when the bytes do not start on it
    const buffer =
      bytes.byteOffset % 4 === 0
        ? bytes.buffer
        : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    let at = buffer === bytes.buffer ? bytes.byteOffset : 0;
    const end = at + bytes.byteLength;
    const view = new DataView(buffer, at);
    if (bytes.byteLength < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('not a gazetteer file');
    if (view.getUint32(4, true) !== FORMAT_VERSION) throw new Error('unsupported gazetteer format version');
    const jsonLength = view.getUint32(8, true);
    at += 12;
    const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, at, jsonLength))) as Header;
    at += align(jsonLength);
    const take = <T>(make: (b: ArrayBufferLike, at: number, n: number) => T, n: number, size: number): T => {
      if (at + n * size > end) throw new Error('truncated gazetteer file');
      const out = make(buffer, at, n);
      at += align(n * size);
      return out;
    };
    const int32 = (n: number): Int32Array => take((b, o, k) => new Int32Array(b, o, k), n, 4);
    const uint32 = (n: number): Uint32Array => take((b, o, k) => new Uint32Array(b, o, k), n, 4);
    const uint16 = (n: number): Uint16Array => take((b, o, k) => new Uint16Array(b, o, k), n, 2);
    const uint8 = (n: number): Uint8Array => take((b, o, k) => new Uint8Array(b, o, k), n, 1);
    const n = header.entries;
    const columns: GazetteerColumns = {
      lat: int32(n),
      lon: int32(n),
      id: int32(n),
      country: uint16(n),
      admin1: uint16(n),
      population: uint16(n),
      kind: uint8(n),
      featureCode: uint8(n),
      nameOffsets: uint32(n + 1),
      nameBytes: uint8(header.nameBytes),
      keyOffsets: uint32(header.keys + 1),
      keyBytes: uint8(header.keyBytes),
      postingOffsets: uint32(header.keys + 1),
      postings: uint32(header.postings),
      otherIdOffsets: uint32(header.otherIds + 1),
      otherIdBytes: uint8(header.otherIdBytes),
      countries: header.countries,
      admin1Codes: header.admin1,
      featureCodes: header.featureCodes,
      demonyms: new Map(Object.entries(header.demonyms)),
    };
    return new Gazetteer(columns);
  } catch (cause) {
    throw new DossierError('MODEL_INVALID', 'the gazetteer file is corrupt or of another version', {
      file: name,
      found: cause instanceof Error ? cause.message : String(cause),
      cause,
    });
  }
}
