import type { Store } from './store.js';
import { statement } from './query-statements.js';

/** One geocoded place of the corpus with how often it appears. */
export interface PlaceRow {
  id: number;
  name: string;
  type: string;
  lat: number;
  lon: number;
  country: string | null;
  articles: number;
  /** Event reports placed there. */
  events: number;
}

/** Geocoded places (from the offline gazetteer), most written about first. */
export function places(store: Store, limit = 500): PlaceRow[] {
  const rows = statement(
    store.db,
    `SELECT e.id, e.name, e.type, max(g.geo) AS geo, count(DISTINCT ae.article_id) AS articles,
         (SELECT count(*) FROM events v WHERE v.place_entity_id = e.id) AS events
       FROM article_entities ae JOIN entities e ON e.id = ae.entity_id JOIN geos g ON g.id = ae.geo_id
       GROUP BY e.id ORDER BY articles DESC, e.id LIMIT ?`,
  ).all(limit) as (Omit<PlaceRow, 'lat' | 'lon' | 'country'> & { geo: string })[];
  const out: PlaceRow[] = [];
  for (const { geo, ...row } of rows) {
    const g = JSON.parse(geo) as { lat?: unknown; lon?: unknown; country?: unknown };
    if (typeof g.lat !== 'number' || typeof g.lon !== 'number') continue;
    out.push({ ...row, lat: g.lat, lon: g.lon, country: typeof g.country === 'string' ? g.country : null });
  }
  return out;
}
