// Search everywhere: entities whose name matches, and articles whose text does.
import { get, type SearchAnswer } from '../api.js';
import { day, Pager, Show } from '../components/common.js';
import { href, navigate } from '../router.js';
import { useLoad } from '../use-api.js';

/** Splits a snippet's [matches] into text and <mark> elements (as text, never HTML). */
function Snippet(props: { text: string }) {
  const parts = props.text.split(/(\[[^\]]*\])/);
  return (
    <span class="snippet">
      {parts.map((p, i) =>
        p.startsWith('[') && p.endsWith(']') ? <mark key={i}>{p.slice(1, -1)}</mark> : p,
      )}
    </span>
  );
}

/** #/search?q=...&offset=N */
export function SearchView(props: { q: string; offset: number }) {
  const { q, offset } = props;
  const state = useLoad(`search ${q} ${offset}`, () =>
    q.trim() ? get<SearchAnswer>('search', { q, offset, limit: 20 }) : Promise.resolve(null),
  );
  return (
    <div>
      <h1>Search{q ? `: ${q}` : ''}</h1>
      <Show state={state}>
        {(answer) =>
          !answer ? (
            <p class="muted">Type words in the search box (press / to go there).</p>
          ) : (
            <>
              {answer.entities.length > 0 && (
                <section>
                  <h2>Entities</h2>
                  <ul class="rows" data-testid="entity-hits">
                    {answer.entities.map((e) => (
                      <li key={e.id}>
                        <span class={`type-badge type-${e.type}`}>{e.type}</span>{' '}
                        <a href={href(`entity/${e.id}`)}>{e.name}</a>
                        <span class="muted"> · {e.mentions} mentions</span>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <section>
                <h2>Articles</h2>
                {answer.items.length === 0 && <p>No article matches.</p>}
                <ul class="rows" data-testid="article-hits">
                  {answer.items.map((h) => (
                    <li key={h.article}>
                      <a href={href(`article/${h.article}`)}>{h.title ?? `Article ${h.article}`}</a>
                      <span class="muted">
                        {' '}
                        · {h.outlet ?? 'unknown outlet'} · {day(h.published)}
                      </span>
                      <div>
                        <Snippet text={h.snippet} />
                      </div>
                    </li>
                  ))}
                </ul>
                <Pager {...answer} go={(o) => navigate('search', { q, offset: o })} />
              </section>
            </>
          )
        }
      </Show>
    </div>
  );
}
