// An entity's page: roles over time, aliases, quotes by and about it, events, labels by holder.
import { get, type Dossier, type LabelRow, type Page } from '../api.js';
import { day, Show } from '../components/common.js';
import { href } from '../router.js';
import { useLoad } from '../use-api.js';

function Source(props: { article: number; outlet: string | null; published: string | null }) {
  return (
    <a class="source-link muted" href={href(`article/${props.article}`)}>
      {props.outlet ?? 'article'} {day(props.published)}
    </a>
  );
}

/** Labels grouped by who applies them; contested ones side by side. */
function LabelsByHolder(props: { rows: LabelRow[]; contested: boolean }) {
  const groups = new Map<string, { holder: string; holderId: number | null; labels: LabelRow[] }>();
  for (const l of props.rows) {
    const holder = l.by ?? `${l.outlet ?? 'the outlet'} (the outlet)`;
    const g = groups.get(holder) ?? { holder, holderId: l.byId, labels: [] };
    g.labels.push(l);
    groups.set(holder, g);
  }
  if (groups.size === 0) return null;
  return (
    <section>
      <h2>Labels by holder {props.contested && <span class="badge contested">contested</span>}</h2>
      <div class={props.contested ? 'label-columns' : ''} data-testid="labels">
        {[...groups.values()].map((g) => (
          <div key={g.holder} class="label-holder">
            <h3>{g.holderId ? <a href={href(`entity/${g.holderId}`)}>{g.holder}</a> : g.holder}</h3>
            <ul>
              {g.labels.map((l, i) => (
                <li key={i}>
                  “{l.label}” <Source {...l} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

/** #/entity/ID */
export function EntityView(props: { id: string }) {
  const state = useLoad(`entity ${props.id}`, async () => {
    const [dossier, labels] = await Promise.all([
      get<Dossier>(`entities/${encodeURIComponent(props.id)}`),
      get<Page<LabelRow>>('labels', { entity: props.id, limit: 200 }),
    ]);
    return { dossier, labels: labels.items };
  });
  return (
    <Show state={state}>
      {({ dossier: d, labels }) => (
        <div class="entity-page">
          <h1>
            {d.entity.name} <span class={`type-badge type-${d.entity.type}`}>{d.entity.type}</span>
          </h1>
          <p class="muted">
            {d.entity.mentions} mentions in {d.entity.articles} articles · {day(d.entity.first)} to{' '}
            {day(d.entity.last)}
            {d.geo &&
              ` · ${d.geo.lat.toFixed(2)}, ${d.geo.lon.toFixed(2)}${d.geo.country ? ` (${d.geo.country})` : ''}`}
          </p>
          {d.aliases.length > 0 && <p>Also written: {d.aliases.join(', ')}</p>}
          <p>
            <a href={href('timeline', { entity: d.entity.name })}>Timeline</a> ·{' '}
            <a href={href('network', { focus: d.entity.id })}>Network</a> ·{' '}
            <a href={href('search', { q: d.entity.name })}>Articles</a>
          </p>
          {d.roles.length > 0 && (
            <section>
              <h2>Roles</h2>
              <table>
                <thead>
                  <tr>
                    <th>from</th>
                    <th>to</th>
                    <th>title</th>
                    <th>of</th>
                    <th>articles</th>
                  </tr>
                </thead>
                <tbody>
                  {d.roles.map((r, i) => (
                    <tr key={i}>
                      <td>{day(r.first)}</td>
                      <td>{day(r.last)}</td>
                      <td>{r.title}</td>
                      <td>{r.of ?? ''}</td>
                      <td>{r.articles}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          <section>
            <h2>Quotes by {d.entity.name}</h2>
            {d.said.length === 0 && <p class="muted">None found.</p>}
            <ul class="quotes" data-testid="quotes-by">
              {d.said.map((q, i) => (
                <li key={i}>
                  <span class="speaker">{d.entity.name}</span> <span class="muted">({q.kind})</span>: “
                  {q.content ?? ''}” <Source {...q} />
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>Quotes about {d.entity.name}</h2>
            {d.saidAbout.length === 0 && <p class="muted">None found.</p>}
            <ul class="quotes" data-testid="quotes-about">
              {d.saidAbout.map((q, i) => (
                <li key={i}>
                  <span class="speaker">{q.speaker ?? 'unknown source'}</span>: “{q.content ?? ''}”{' '}
                  <Source {...q} />
                </li>
              ))}
            </ul>
          </section>
          {d.events.length > 0 && (
            <section>
              <h2>Events</h2>
              <ol class="mini-timeline">
                {d.events.map((v, i) => (
                  <li key={i}>
                    <span class="day">{day(v.day)}</span> <strong>{v.type}</strong>{' '}
                    <span class="muted">as {v.role}</span> “{v.trigger}” <Source {...v} />
                  </li>
                ))}
              </ol>
            </section>
          )}
          <LabelsByHolder rows={labels} contested={d.contested} />
          {d.others.length > 0 && (
            <p class="muted">
              Other entities with this name:{' '}
              {d.others.map((o) => (
                <a key={o.id} href={href(`entity/${o.id}`)}>
                  {o.name} ({o.type}){' '}
                </a>
              ))}
            </p>
          )}
        </div>
      )}
    </Show>
  );
}
