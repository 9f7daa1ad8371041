// The timeline: merged events by day, filtered by type, actor, place and modality.
// Asserted, reported and hypothetical events are drawn differently (solid, dashed, dotted).
import { get, type Page, type TimelineEvent } from '../api.js';
import { day, Pager, Show } from '../components/common.js';
import { href, navigate } from '../router.js';
import { useLoad } from '../use-api.js';

const FILTERS = ['type', 'entity', 'actor', 'place', 'modality', 'from', 'to'] as const;
const MODALITIES = ['', 'asserted', 'reported', 'hypothetical', 'negated', 'future', 'demanded'];

/** How an event is told overall: asserted when any report asserts it. */
function modalityOf(e: TimelineEvent): string {
  const all = e.reports.map((r) => r.modality);
  return all.includes('asserted') ? 'asserted' : (all[0] ?? 'asserted');
}

/** #/timeline?type=&actor=&place=&modality=&from=&to=&offset= */
export function TimelineView(props: { query: URLSearchParams }) {
  const filter = Object.fromEntries(FILTERS.map((f) => [f, props.query.get(f) ?? ''])) as Record<
    string,
    string
  >;
  const offset = Number(props.query.get('offset') ?? 0) || 0;
  const key = props.query.toString();
  const state = useLoad(`timeline ${key}`, () =>
    get<Page<TimelineEvent>>('events', { ...filter, offset, limit: 50 }),
  );
  const submit = (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget as HTMLFormElement);
    navigate('timeline', Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? '')])));
  };
  return (
    <div>
      <h1>Timeline</h1>
      <form class="filters" onSubmit={submit} aria-label="Filter events">
        {(['type', 'actor', 'place', 'entity'] as const).map((f) => (
          <label key={f}>
            {f} <input name={f} defaultValue={filter[f]} size={12} />
          </label>
        ))}
        <label>
          modality{' '}
          <select name="modality" defaultValue={filter.modality}>
            {MODALITIES.map((m) => (
              <option key={m} value={m}>
                {m || 'any'}
              </option>
            ))}
          </select>
        </label>
        <label>
          from <input name="from" type="date" defaultValue={filter.from} />
        </label>
        <label>
          to <input name="to" type="date" defaultValue={filter.to} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <p class="legend">
        <span class="event-card modality-asserted">asserted</span>{' '}
        <span class="event-card modality-reported">reported</span>{' '}
        <span class="event-card modality-hypothetical">hypothetical</span>{' '}
        <span class="event-card modality-negated">negated</span>
      </p>
      <Show state={state}>
        {(page) => (
          <>
            {page.items.length === 0 && <p>No events match.</p>}
            <ol class="timeline" data-testid="timeline">
              {page.items.map((e) => (
                <li key={e.cluster} class={`event-card modality-${modalityOf(e)}`}>
                  <div>
                    <span class="day">{day(e.day)}</span> <strong>{e.type}</strong>{' '}
                    {e.actors.map((a) => (
                      <a key={a} href={href('timeline', { actor: a })}>
                        {a}{' '}
                      </a>
                    ))}
                    {e.targets.length > 0 && <>→ {e.targets.join(', ')}</>}
                    <span class="muted">
                      {' '}
                      · {e.sources} sources, {e.articles} articles
                    </span>
                  </div>
                  <ul class="reports">
                    {e.reports.map((r, i) => (
                      <li key={i}>
                        <span class={`modality modality-${r.modality}`}>{r.modality}</span> “{r.trigger}”
                        {r.place && <span class="muted"> in {r.place}</span>} ·{' '}
                        <a href={href(`article/${r.article}`)}>
                          {r.title ?? r.outlet ?? `article ${r.article}`}
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <Pager {...page} go={(o) => navigate('timeline', { ...filter, offset: o })} />
          </>
        )}
      </Show>
    </div>
  );
}
