import { closeSync, openSync, writeSync } from 'node:fs';
import { cameoCountry, fipsCountry } from './gdelt-country.js';
import { PLOVER_TO_CAMEO, quadClass } from './plover-cameo.js';
import type { Store } from './store.js';

/** The 61 columns of a GDELT 2.0 event record, in file order (GDELT files have no header line). */
export const GDELT_COLUMNS = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  ...['Actor1', 'Actor2'].flatMap((a) =>
    [
      'Code',
      'Name',
      'CountryCode',
      'KnownGroupCode',
      'EthnicCode',
      'Religion1Code',
      'Religion2Code',
      'Type1Code',
      'Type2Code',
      'Type3Code',
    ].map((c) => a + c),
  ),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...['Actor1Geo_', 'Actor2Geo_', 'ActionGeo_'].flatMap((g) =>
    ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => g + c),
  ),
  'DATEADDED',
  'SOURCEURL',
];

interface ClusterRow {
  id: number;
  type: string;
  day: string | null;
  actors: string;
  targets: string;
  mentions: number;
  articles: number;
  sources: number;
  url: string | null;
  added: string;
  /** The place entity: the first report's that the gazetteer located, else the first report's. */
  place: number | null;
}

/** A stored geo (see the gazetteer): what geoColumns reads of it. */
interface StoredGeo {
  lat?: number;
  lon?: number;
  country?: string;
  featureCode?: string;
  gazetteerId?: string;
}

/**
 * GDELT's Geo_Type of a located place: 1 a country, 2 a US state, 3 a US city or landmark, 4 a
 * city or landmark elsewhere, 5 a first-order division elsewhere (a state, a province).
 */
export function gdeltGeoType(g: StoredGeo): string {
  if (g.lat === undefined) return '';
  const us = g.country === 'US';
  if (g.featureCode?.startsWith('PCL') || g.gazetteerId?.startsWith('iso3166:')) return '1';
  if (g.featureCode === 'ADM1') return us ? '2' : '5';
  return us ? '3' : '4';
}

/** A place's GDELT geo columns from a stored `geo`: its type, name, country, coordinates and gazetteer id. */
function geoColumns(name: string | null, geo: string | null): string[] {
  if (!name) return ['', '', '', '', '', '', '', ''];
  const g = geo ? (JSON.parse(geo) as StoredGeo) : {};
  return [
    gdeltGeoType(g),
    name,
    fipsCountry(g.country),
    '',
    '',
    String(g.lat ?? ''),
    String(g.lon ?? ''),
    // the gazetteer's id of the place (a GeoNames id, an ISO 3166 code...)
    g.gazetteerId ?? '',
  ];
}

/**
 * GDELT's FractionDate of a day (YYYYMMDD): YYYY + ((month - 1) * 30 + day) / 365, four decimals, as
 * its files write it (20130203 → 2013.0904). Month / 12 + day / 365 was another number, and the
 * last day of a year came out in the next (20241231 → 2025.0016).
 */
export function fractionDate(day: string): string {
  const [year, month, date] = [day.slice(0, 4), day.slice(4, 6), day.slice(6, 8)].map(Number);
  return (year + ((month - 1) * 30 + date) / 365).toFixed(4);
}

/**
 * Writes the merged events as a GDELT 2.0 event table (tab-separated, 61 columns): the PLOVER
 * type's CAMEO root as the event code, actors by name, mention/source/article counts, the
 * place, and the first report's URL. Returns the number of events written.
 */
export function exportGdelt(store: Store, file: string, options: { header?: boolean } = {}): number {
  const clusters = store.db
    .prepare(
      `SELECT c.id, c.type, c.day, c.actors, c.targets, count(*) AS mentions,
         count(DISTINCT e.article_id) AS articles, count(DISTINCT coalesce(a.outlet, '#' || a.id)) AS sources,
         (SELECT a2.url FROM events e2 JOIN articles a2 ON a2.id = e2.article_id WHERE e2.cluster_id = c.id
           ORDER BY a2.published, a2.id LIMIT 1) AS url,
         min(a.ingested_at) AS added,
         (SELECT e3.place_entity_id FROM events e3 JOIN articles a3 ON a3.id = e3.article_id
           WHERE e3.cluster_id = c.id AND e3.place_entity_id IS NOT NULL
           ORDER BY EXISTS (SELECT 1 FROM article_entities ae WHERE ae.entity_id = e3.place_entity_id
             AND ae.geo_id IS NOT NULL) DESC, a3.published, a3.id LIMIT 1) AS place
       FROM event_clusters c JOIN events e ON e.cluster_id = c.id JOIN articles a ON a.id = e.article_id
       GROUP BY c.id ORDER BY c.day, c.id`,
    )
    .iterate() as IterableIterator<ClusterRow>;
  const nameOf = store.db.prepare('SELECT name FROM entities WHERE id = ?').pluck();
  const geoOf = store.db
    .prepare(
      `SELECT g.geo FROM article_entities ae JOIN geos g ON g.id = ae.geo_id WHERE ae.entity_id = ?
         ORDER BY ae.article_id, ae.local_id LIMIT 1`,
    )
    .pluck();
  // the first actor (or target): its name as GDELT writes names, and its country where geocoded
  // (CAMEO's three letters); a country as actor is also its own actor code ("USA")
  const actor = (ids: string) => {
    if (!ids) return ['', '', '', '', '', '', '', '', '', ''];
    const id = Number(ids.split(',')[0]);
    const geo = geoOf.get(id) as string | undefined;
    const g = geo ? (JSON.parse(geo) as StoredGeo) : {};
    const country = cameoCountry(g.country);
    const code = gdeltGeoType(g) === '1' ? country : '';
    return [code, String(nameOf.get(id) ?? '').toUpperCase(), country, '', '', '', '', '', '', ''];
  };
  const fd = openSync(file, 'w');
  let n = 0;
  try {
    if (options.header) writeSync(fd, GDELT_COLUMNS.join('\t') + '\n');
    for (const c of clusters) {
      const day = c.day ? c.day.replace(/-/g, '') : '';
      const year = day.slice(0, 4);
      const fraction = c.day ? fractionDate(day) : '';
      const root = PLOVER_TO_CAMEO[c.type.toUpperCase()] ?? '';
      const added = c.added.replace(/\D/g, '').slice(0, 14);
      const row = [
        String(c.id),
        day,
        day.slice(0, 6),
        year,
        fraction,
        ...actor(c.actors),
        ...actor(c.targets),
        '1',
        root,
        root,
        root,
        root ? String(quadClass(root)) : '',
        '',
        String(c.mentions),
        String(c.sources),
        String(c.articles),
        '',
        ...geoColumns(null, null),
        ...geoColumns(null, null),
        // the name and the coordinates of one place (they were read from different reports)
        ...geoColumns(
          c.place === null ? null : ((nameOf.get(c.place) as string | undefined) ?? null),
          c.place === null ? null : ((geoOf.get(c.place) as string | undefined) ?? null),
        ),
        added,
        c.url ?? '',
      ];
      writeSync(fd, row.map((v) => v.replace(/[\t\r\n]+/g, ' ')).join('\t') + '\n');
      n++;
    }
  } finally {
    closeSync(fd);
  }
  return n;
}
