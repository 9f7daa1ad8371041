// The claims tracker: one counted thing (a death toll) over time, a line per source.
import { get, type ClaimRow, type Page } from '../api.js';
import { day, Show } from '../components/common.js';
import { href, navigate } from '../router.js';
import { useLoad } from '../use-api.js';

const W = 800;
const H = 320;
const PAD = { left: 70, right: 20, top: 20, bottom: 40 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

const valueOf = (c: ClaimRow) => c.value ?? c.low ?? c.high ?? 0;
const sourceOf = (c: ClaimRow) => c.source ?? `${c.outlet ?? 'unknown outlet'} (the outlet)`;

function Chart(props: { rows: ClaimRow[] }) {
  const rows = props.rows.filter((r) => r.published);
  if (rows.length === 0) return <p>No dated claims to chart.</p>;
  const times = rows.map((r) => Date.parse(r.published!));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 86_400_000);
  const vmax = Math.max(...rows.map(valueOf), 1);
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / vmax) * (H - PAD.top - PAD.bottom);
  const series = new Map<string, ClaimRow[]>();
  for (const r of rows) series.set(sourceOf(r), [...(series.get(sourceOf(r)) ?? []), r]);
  return (
    <div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        class="chart"
        role="img"
        aria-label="Claimed numbers over time"
        data-testid="claims-chart"
      >
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} class="axis" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} class="axis" />
        {[0, 0.5, 1].map((f) => (
          <text key={f} x={PAD.left - 6} y={y(vmax * f) + 4} class="tick" text-anchor="end">
            {Math.round(vmax * f).toLocaleString('en')}
          </text>
        ))}
        <text x={PAD.left} y={H - 12} class="tick">
          {new Date(t0).toISOString().slice(0, 10)}
        </text>
        <text x={W - PAD.right} y={H - 12} class="tick" text-anchor="end">
          {new Date(t1).toISOString().slice(0, 10)}
        </text>
        {[...series.entries()].map(([source, points], i) => {
          const colour = COLOURS[i % COLOURS.length];
          const xy = points.map((p) => [x(Date.parse(p.published!)), y(valueOf(p))] as const);
          return (
            <g key={source}>
              <polyline
                points={xy.map((p) => p.join(',')).join(' ')}
                fill="none"
                stroke={colour}
                stroke-width={2}
              />
              {xy.map(([px, py], j) => (
                <circle key={j} cx={px} cy={py} r={4} fill={colour}>
                  <title>
                    {source}: {points[j].text} ({day(points[j].published)})
                  </title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend">
        {[...series.keys()].map((s, i) => (
          <li key={s}>
            <span class="swatch" style={{ background: COLOURS[i % COLOURS.length] }} /> {s}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** #/claims?counts=deaths&place= */
export function ClaimsView(props: { query: URLSearchParams }) {
  const counts = props.query.get('counts') ?? 'deaths';
  const place = props.query.get('place') ?? '';
  const state = useLoad(`claims ${counts} ${place}`, () =>
    get<Page<ClaimRow>>('claims', { counts, place, limit: 200 }),
  );
  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    navigate('claims', { counts: String(data.get('counts') ?? ''), place: String(data.get('place') ?? '') });
  };
  return (
    <div>
      <h1>Claims</h1>
      <form class="filters" onSubmit={submit}>
        <label>
          what is counted <input name="counts" defaultValue={counts} />
        </label>
        <label>
          where <input name="place" defaultValue={place} />
        </label>
        <button type="submit">Show</button>
      </form>
      <Show state={state}>
        {(page) => (
          <>
            <Chart rows={page.items} />
            <table>
              <thead>
                <tr>
                  <th>date</th>
                  <th>claim</th>
                  <th>counts</th>
                  <th>where</th>
                  <th>who says so</th>
                  <th>article</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((c, i) => (
                  <tr key={i}>
                    <td>{day(c.published)}</td>
                    <td>{c.text}</td>
                    <td>{c.counts ?? ''}</td>
                    <td>{c.place ?? ''}</td>
                    <td>{sourceOf(c)}</td>
                    <td>
                      <a href={href(`article/${c.article}`)}>{c.title ?? c.outlet ?? c.article}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Show>
    </div>
  );
}
