// Splits an article's text into runs covered by the same annotations, so overlapping spans
// (an entity inside a quote) can all be drawn. Pure: no DOM.
import type { ArticleJson } from './api.js';

/** One highlighted span and what it belongs to. */
export interface Annotation {
  start: number;
  end: number;
  kind: 'entity' | 'quote' | 'source' | 'cue' | 'time' | 'event' | 'label' | 'quantity';
  /** The id of what it belongs to (entity, quote, time or event id; label and quantity index). */
  ref: string;
  /** CSS class beyond the kind (entity type, event modality). */
  variant?: string;
  /** Hover text. */
  title: string;
}

/** A run of text and the annotations covering all of it (innermost last). */
export interface Segment {
  start: number;
  end: number;
  annotations: Annotation[];
}

/** Every annotation of an article: entity mentions, quote parts, times, event triggers, labels, quantities. */
export function annotationsOf(article: ArticleJson): Annotation[] {
  const out: Annotation[] = [];
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  for (const e of article.entities)
    for (const m of e.mentions)
      out.push({
        start: m.start,
        end: m.end,
        kind: 'entity',
        ref: e.id,
        variant: e.type,
        title: `${e.type}: ${e.name}`,
      });
  for (const q of article.quotes) {
    const by = (q.speaker && names.get(q.speaker)) ?? q.source?.text ?? 'unknown source';
    if (q.content)
      out.push({
        ...span(q.content),
        kind: 'quote',
        ref: q.id,
        variant: q.kind,
        title: `${q.kind} quote by ${by}`,
      });
    if (q.source)
      out.push({ ...span(q.source), kind: 'source', ref: q.id, title: `source (${q.sourceType}): ${by}` });
    if (q.cue) out.push({ ...span(q.cue), kind: 'cue', ref: q.id, title: `cue of a quote by ${by}` });
  }
  for (const t of article.times)
    out.push({
      start: t.start,
      end: t.end,
      kind: 'time',
      ref: t.id,
      title: `${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ''}`,
    });
  for (const v of article.events)
    out.push({
      ...span(v.trigger),
      kind: 'event',
      ref: v.id,
      variant: v.modality,
      title: `${v.type} event, ${v.modality}`,
    });
  article.labels.forEach((l, i) =>
    out.push({
      start: l.start,
      end: l.end,
      kind: 'label',
      ref: String(i),
      title: `label "${l.label}" for ${names.get(l.entity) ?? l.entity}, by ${l.by ? (names.get(l.by) ?? l.by) : 'the outlet'}`,
    }),
  );
  article.quantities.forEach((q, i) =>
    out.push({
      start: q.start,
      end: q.end,
      kind: 'quantity',
      ref: String(i),
      title: `quantity ${q.value ?? ''}${q.counts ? ` ${q.counts}` : ''}`,
    }),
  );
  const length = article.text.length;
  return out.filter((a) => a.start >= 0 && a.end <= length && a.start < a.end);
}

function span(s: { start: number; end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}

/** Cuts [0, length) at every annotation boundary; each run lists the annotations covering it, longest first. */
export function segment(length: number, annotations: Annotation[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const a of annotations) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let first = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (first < sorted.length && sorted[first].end <= start) first++;
    const covering: Annotation[] = [];
    for (let j = first; j < sorted.length && sorted[j].start <= start; j++)
      if (sorted[j].end >= end) covering.push(sorted[j]);
    covering.sort((a, b) => b.end - b.start - (a.end - a.start));
    out.push({ start, end, annotations: covering });
  }
  return out;
}
