import type { EntityJson, LabelJson, QuoteJson, TextSpan } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import { listOf } from '../object-list.js';

/** The layers the label finders read (each empty when its component has not run). */
export interface LabelContext {
  doc: Doc;
  entities: EntityJson[];
  quotes: QuoteJson[];
}

/** Reads the entity and quote layers of a doc. */
export function labelContext(doc: Doc): LabelContext {
  return {
    doc,
    entities: listOf<EntityJson>(doc.layers.entities),
    quotes: listOf<QuoteJson>(doc.layers.quotes),
  };
}

/** The entity with a mention covering the character offset, or null. */
export function entityAt(ctx: LabelContext, offset: number): EntityJson | null {
  return ctx.entities.find((e) => e.mentions.some((m) => m.start <= offset && offset < m.end)) ?? null;
}

/**
 * A label with every field from the start, in the order they are written out (JSON leaves out
 * the undefined ones; `loaded`, `contested` and `views` are set later): one hidden class for all
 * labels, where fields added only when set gave one per combination.
 */
export function makeLabel(
  entity: string,
  label: string,
  by: string | null,
  start: number,
  end: number,
  holder: string | null,
  attribution: string | undefined,
  cue: TextSpan | undefined,
): LabelJson {
  return {
    entity,
    label,
    by,
    start,
    end,
    holder,
    attribution,
    cue,
    loaded: undefined,
    contested: undefined,
    views: undefined,
  };
}

/**
 * A label in the outlet's voice, unless it sits inside a quote's content: then the quote's
 * speaker holds it (the label is theirs, not the outlet's).
 */
export function outletOrQuoted(ctx: LabelContext, entity: string, start: number, end: number): LabelJson {
  const text = ctx.doc.text.slice(start, end);
  const quote = ctx.quotes.find((q) => q.content && q.content.start <= start && end <= q.content.end);
  if (quote)
    return makeLabel(
      entity,
      text,
      quote.speaker,
      start,
      end,
      quote.source?.text ?? null,
      quote.id,
      undefined,
    );
  return makeLabel(entity, text, null, start, end, 'outlet', undefined, undefined);
}
