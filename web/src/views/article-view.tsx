// One article: the text with highlighted spans beside the side panel.
import { useState } from 'preact/hooks';
import { get, type ArticleJson, type StoredArticle } from '../api.js';
import { ArticleText } from '../components/article-text.js';
import { day, ExternalLink, Show } from '../components/common.js';
import { SidePanel } from '../components/side-panel.js';
import { navigate } from '../router.js';
import type { Annotation } from '../segments.js';
import { useLoad } from '../use-api.js';

const LEGEND: [string, string][] = [
  ['ann-entity entity-PERSON', 'person'],
  ['ann-entity entity-ORG', 'organisation'],
  ['ann-entity entity-GPE', 'place'],
  ['ann-quote', 'quote'],
  ['ann-source', 'source'],
  ['ann-time', 'time'],
  ['ann-event', 'event'],
  ['ann-label', 'label'],
];

/** An analysed article (stored or not): header, highlighted text, side panel. */
export function ArticleDisplay(props: { article: ArticleJson; entityIds?: Record<string, number> }) {
  const { article, entityIds } = props;
  const [selected, setSelected] = useState<Annotation | null>(null);
  const pick = (a: Annotation) => {
    // an entity of the corpus opens its page; anything else is shown in the side panel
    const corpusId = a.kind === 'entity' ? entityIds?.[a.ref] : undefined;
    if (corpusId !== undefined) navigate(`entity/${corpusId}`);
    else setSelected(a);
  };
  const m = article.meta;
  return (
    <div class="article-layout">
      <article class="article-main">
        <h1>{m.title ?? 'Untitled article'}</h1>
        <p class="meta">
          {m.outlet ?? 'unknown outlet'} · {day(m.published)} {m.byline ? `· ${m.byline}` : ''}{' '}
          <ExternalLink url={m.url} />
        </p>
        <p class="legend" aria-hidden="true">
          {LEGEND.map(([cls, label]) => (
            <span key={label} class={`ann ${cls}`}>
              {label}
            </span>
          ))}
        </p>
        <ArticleText article={article} selected={selected} onPick={pick} />
      </article>
      <SidePanel article={article} entityIds={entityIds} selected={selected} onPick={setSelected} />
    </div>
  );
}

/** #/article/ID */
export function ArticleView(props: { id: string }) {
  const state = useLoad(`article ${props.id}`, () =>
    get<StoredArticle>(`articles/${encodeURIComponent(props.id)}`),
  );
  return <Show state={state}>{(a) => <ArticleDisplay article={a.contract} entityIds={a.entities} />}</Show>;
}
