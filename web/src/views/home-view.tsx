// The start page: corpus counts and the articles, newest first.
import { get, type ArticleRow, type Page } from '../api.js';
import { day, Pager, Show } from '../components/common.js';
import { href, navigate } from '../router.js';
import { useLoad } from '../use-api.js';

/** #/ and #/articles?offset=N */
export function HomeView(props: { offset: number }) {
  const stats = useLoad('stats', () => get<Record<string, number>>('stats'));
  const list = useLoad(`articles ${props.offset}`, () =>
    get<Page<ArticleRow>>('articles', { offset: props.offset, limit: 50 }),
  );
  return (
    <div>
      <h1>Articles</h1>
      <Show state={stats}>
        {(s) => (
          <p class="muted" data-testid="stats">
            {Object.entries(s)
              .map(([k, v]) => `${v.toLocaleString('en')} ${k.replace('_', ' ')}`)
              .join(' · ')}
          </p>
        )}
      </Show>
      <Show state={list}>
        {(page) => (
          <>
            {page.items.length === 0 &&
              (page.offset === 0 ? (
                <p>No articles yet: run `dossier ingest PATH --db FILE`.</p>
              ) : (
                <p>No more articles.</p>
              ))}
            <ul class="rows">
              {page.items.map((a) => (
                <li key={a.id}>
                  <a href={href(`article/${a.id}`)}>{a.title ?? `Article ${a.id}`}</a>
                  <span class="muted">
                    {' '}
                    · {a.outlet ?? 'unknown outlet'} · {day(a.published)} · {a.words} words
                  </span>
                </li>
              ))}
            </ul>
            <Pager {...page} go={(offset) => navigate('articles', { offset })} />
          </>
        )}
      </Show>
    </div>
  );
}
