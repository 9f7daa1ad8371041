import type { EntityJson, LabelJson, QuoteJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';

/** The layers the label finders read (each empty when its component has not run). */
export interface LabelContext {
  doc: Doc;
  entities: EntityJson[];
  quotes: QuoteJson[];
}

/** Reads the entity and quote layers of a doc. */
export function labelContext(doc: Doc): LabelContext {
  const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  return { doc, entities: list<EntityJson>(doc.layers.entities), quotes: list<QuoteJson>(doc.layers.quotes) };
}

/** The entity with a mention covering the character offset, or null. */
export function entityAt(ctx: LabelContext, offset: number): EntityJson | null {
  return ctx.entities.find((e) => e.mentions.some((m) => m.start <= offset && offset < m.end)) ?? null;
}

/**
 * A label in the outlet's voice, unless it sits inside a quote's content: then the quote's
 * speaker holds it (the label is theirs, not the outlet's).
 */
export function outletOrQuoted(ctx: LabelContext, entity: string, start: number, end: number): LabelJson {
  const text = ctx.doc.text.slice(start, end);
  const quote = ctx.quotes.find((q) => q.content && q.content.start <= start && end <= q.content.end);
  if (quote) {
    return {
      entity,
      label: text,
      by: quote.speaker,
      start,
      end,
      holder: quote.source?.text ?? null,
      attribution: quote.id,
    };
  }
  return { entity, label: text, by: null, start, end, holder: 'outlet' };
}
