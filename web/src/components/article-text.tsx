// The article text with highlighted spans. Text is always rendered as text nodes (never as HTML).
import { useMemo } from 'preact/hooks';
import type { ArticleJson } from '../api.js';
import { annotationsOf, segment, type Annotation } from '../segments.js';

/** The article's text with entities, quotes, times, events, labels and quantities highlighted; a click picks the innermost. */
export function ArticleText(props: {
  article: ArticleJson;
  selected?: Annotation | null;
  onPick: (annotation: Annotation) => void;
}) {
  const { article, selected, onPick } = props;
  const segments = useMemo(() => segment(article.text.length, annotationsOf(article)), [article]);
  const text = article.text;
  return (
    <div class="article-text" data-testid="article-text">
      {segments.map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.annotations.length === 0) return piece;
        const inner = s.annotations[s.annotations.length - 1];
        const classes = s.annotations.map(
          (a) => `ann-${a.kind}${a.variant ? ` ${a.kind}-${a.variant}` : ''}`,
        );
        const isSelected =
          selected && s.annotations.some((a) => a.kind === selected.kind && a.ref === selected.ref);
        return (
          <span
            key={s.start}
            class={`ann ${classes.join(' ')}${isSelected ? ' selected' : ''}`}
            title={s.annotations.map((a) => a.title).join('\n')}
            data-kind={inner.kind}
            data-ref={inner.ref}
            tabIndex={inner.start === s.start ? 0 : -1}
            role="button"
            onClick={() => onPick(inner)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onPick(inner);
              }
            }}
          >
            {piece}
          </span>
        );
      })}
    </div>
  );
}
