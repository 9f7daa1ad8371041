// Small shared pieces: load states, dates, safe external links, pagination.
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../use-api.js';

/** Renders a load: a spinner line, an error, or the children made from the data. */
export function Show<T>(props: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const { state } = props;
  if (state.status === 'loading') return <p class="muted">Loading…</p>;
  if (state.status === 'error')
    return (
      <p class="error" role="alert">
        {state.message}
      </p>
    );
  return <>{props.children(state.data)}</>;
}

/** The day of an ISO date, or a dash. */
export function day(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—';
}

/** A link to an article's original address, only when it is http(s) (never a javascript: URL). */
export function ExternalLink(props: { url: string | null }) {
  if (!props.url) return null;
  if (!/^https?:\/\//i.test(props.url)) return <span class="muted">{props.url}</span>;
  return (
    <a href={props.url} rel="noopener noreferrer nofollow" target="_blank">
      {props.url}
    </a>
  );
}

/** Previous / next page links for a paged list, with the range of the rows shown. */
export function Pager(props: {
  items: readonly unknown[];
  offset: number;
  limit: number;
  next: number | null;
  go: (offset: number) => void;
}) {
  const { items, offset, limit, next, go } = props;
  if (offset === 0 && next === null) return null;
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => go(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span class="muted">{items.length ? `${offset + 1}–${offset + items.length}` : 'none'}</span>
      <button type="button" disabled={next === null} onClick={() => next !== null && go(next)}>
        Next →
      </button>
    </nav>
  );
}
