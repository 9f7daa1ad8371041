// The map: geocoded places on a world outline drawn offline (world-atlas + d3-geo; no tile server).
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { get, type PlaceRow } from '../api.js';
import { Show } from '../components/common.js';
import { href, navigate } from '../router.js';
import { useLoad } from '../use-api.js';

const W = 960;
const H = 500;

/** The country outlines, loaded as a separate chunk (map data stays out of the main bundle). */
async function loadWorld(): Promise<GeoPermissibleObjects> {
  const topology = (await import('world-atlas/countries-110m.json')).default as unknown as Topology<{
    countries: GeometryCollection;
  }>;
  return feature(topology, topology.objects.countries) as GeoPermissibleObjects;
}

/** #/map */
export function MapView() {
  const state = useLoad('map', async () => {
    const [world, places] = await Promise.all([loadWorld(), get<{ items: PlaceRow[] }>('places')]);
    return { world, places: places.items };
  });
  return (
    <div>
      <h1>Map</h1>
      <Show state={state}>
        {({ world, places }) => {
          const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
          const path = geoPath(projection);
          const max = Math.max(1, ...places.map((p) => p.articles + p.events));
          return (
            <div class="map-layout">
              <svg
                viewBox={`0 0 ${W} ${H}`}
                class="map"
                role="img"
                aria-label="World map of places"
                data-testid="map"
              >
                <path d={path({ type: 'Sphere' }) ?? ''} class="sphere" />
                <path d={path(world) ?? ''} class="land" />
                {places.map((p) => {
                  const xy = projection([p.lon, p.lat]);
                  if (!xy) return null;
                  return (
                    <g
                      key={p.id}
                      class="place"
                      transform={`translate(${xy[0]},${xy[1]})`}
                      tabIndex={0}
                      role="link"
                      aria-label={p.name}
                      onClick={() => navigate(`entity/${p.id}`)}
                      onKeyDown={(e) => e.key === 'Enter' && navigate(`entity/${p.id}`)}
                    >
                      <circle r={3 + 9 * Math.sqrt((p.articles + p.events) / max)} />
                      <title>
                        {p.name}: {p.articles} articles, {p.events} events
                      </title>
                    </g>
                  );
                })}
              </svg>
              <ul class="rows places">
                {places.length === 0 && <li class="muted">No geocoded places yet.</li>}
                {places.slice(0, 30).map((p) => (
                  <li key={p.id}>
                    <a href={href(`entity/${p.id}`)}>{p.name}</a>{' '}
                    <span class="muted">
                      {p.country ?? ''} · {p.articles} articles · {p.events} events
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          );
        }}
      </Show>
    </div>
  );
}
