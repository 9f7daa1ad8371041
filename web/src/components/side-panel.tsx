// The side panel of an article: 5W1H, entities, events, quotes, times, quantities and labels.
// Every section is optional: extraction layers still being built arrive empty and are skipped.
import type { ComponentChildren } from 'preact';
import type { ArticleJson } from '../api.js';
import { href } from '../router.js';
import type { Annotation } from '../segments.js';

type Pick = (annotation: Annotation) => void;

function Section(props: { title: string; count: number; children: ComponentChildren }) {
  if (props.count === 0) return null;
  return (
    <section class="panel-section">
      <h3>
        {props.title} <span class="muted">{props.count}</span>
      </h3>
      {props.children}
    </section>
  );
}

/** A summary value: a span, a list of spans, a string, or nothing. */
function summaryText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(summaryText).filter(Boolean).join('; ');
  if (typeof value === 'object' && 'text' in value) {
    const v = value as { text: unknown; value?: unknown };
    return String(v.text) + (v.value ? ` (${String(v.value)})` : '');
  }
  return '';
}

function Summary(props: { summary: unknown }) {
  if (!props.summary || typeof props.summary !== 'object') return null;
  const rows = Object.entries(props.summary as Record<string, unknown>)
    .map(([k, v]) => [k, summaryText(v)] as const)
    .filter(([, v]) => v);
  return (
    <Section title="5W1H" count={rows.length}>
      <dl class="summary">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

/** The side panel; `entityIds` maps local entity ids to corpus ids when the article is stored. */
export function SidePanel(props: {
  article: ArticleJson;
  entityIds?: Record<string, number>;
  selected: Annotation | null;
  onPick: Pick;
}) {
  const { article: a, entityIds, selected, onPick } = props;
  const name = (id: string | null | undefined) =>
    id ? (a.entities.find((e) => e.id === id)?.name ?? id) : null;
  const isSel = (kind: Annotation['kind'], ref: string) => selected?.kind === kind && selected.ref === ref;
  const item = (
    kind: Annotation['kind'],
    ref: string,
    start: number,
    end: number,
    children: ComponentChildren,
  ) => (
    <li
      key={kind + ref}
      class={`panel-item${isSel(kind, ref) ? ' selected' : ''}`}
      data-ref={`${kind}-${ref}`}
      ref={(el) => {
        if (el && isSel(kind, ref)) el.scrollIntoView({ block: 'nearest' });
      }}
    >
      <button type="button" class="linklike" onClick={() => onPick({ kind, ref, start, end, title: '' })}>
        {children}
      </button>
    </li>
  );
  const empty = (['entities', 'events', 'quotes', 'times', 'quantities', 'labels'] as const).filter(
    (k) => (a[k] ?? []).length === 0,
  );
  return (
    <aside class="side-panel" aria-label="What the article says">
      <Summary summary={(a as { summary?: unknown }).summary} />
      <Section title="Entities" count={a.entities.length}>
        <ul>
          {a.entities.map((e) => (
            <li key={e.id} class={`panel-item${isSel('entity', e.id) ? ' selected' : ''}`}>
              <span class={`type-badge type-${e.type}`}>{e.type}</span>{' '}
              {entityIds?.[e.id] ? <a href={href(`entity/${entityIds[e.id]}`)}>{e.name}</a> : e.name}
              {e.roles.length > 0 && <span class="muted"> · {e.roles.map((r) => r.title).join(', ')}</span>}
              <span class="muted"> ×{e.mentions.length}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Events" count={a.events.length}>
        <ul>
          {a.events.map((v) =>
            item(
              'event',
              v.id,
              v.trigger.start,
              v.trigger.end,
              <>
                <strong>{v.type}</strong> <span class={`modality modality-${v.modality}`}>{v.modality}</span>{' '}
                “{v.trigger.text}”{v.actor.length > 0 && <> · {v.actor.map(name).join(', ')}</>}
                {v.target.length > 0 && <> → {v.target.map(name).join(', ')}</>}
              </>,
            ),
          )}
        </ul>
      </Section>
      <Section title="Quotes" count={a.quotes.length}>
        <ul>
          {a.quotes.map((q) =>
            item(
              'quote',
              q.id,
              q.content?.start ?? 0,
              q.content?.end ?? 0,
              <>
                <span class="speaker">{name(q.speaker) ?? q.source?.text ?? 'unknown'}</span>{' '}
                <span class="muted">
                  ({q.kind}, {q.sourceType})
                </span>
                : “{q.content?.text ?? ''}”
              </>,
            ),
          )}
        </ul>
      </Section>
      <Section title="Times" count={a.times.length}>
        <ul>
          {a.times.map((t) =>
            item(
              'time',
              t.id,
              t.start,
              t.end,
              <>
                “{t.text}” → <code>{t.value}</code> <span class="muted">{t.type}</span>
              </>,
            ),
          )}
        </ul>
      </Section>
      <Section title="Quantities" count={a.quantities.length}>
        <ul>
          {a.quantities.map((q, i) =>
            item(
              'quantity',
              String(i),
              q.start,
              q.end,
              <>
                “{q.text}” {q.counts && <span class="muted">counts {q.counts}</span>}
              </>,
            ),
          )}
        </ul>
      </Section>
      <Section title="Labels" count={a.labels.length}>
        <ul>
          {a.labels.map((l, i) =>
            item(
              'label',
              String(i),
              l.start,
              l.end,
              <>
                {name(l.entity)}: “{l.label}” <span class="muted">by {name(l.by) ?? 'the outlet'}</span>
              </>,
            ),
          )}
        </ul>
      </Section>
      {empty.length > 0 && <p class="muted small">Nothing found for: {empty.join(', ')}.</p>}
    </aside>
  );
}
