import type { EntityJson, QuoteJson, TextSpan } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import type { Fragments } from '../../eval/brat.js';
import { findAttributions, fragmentsOf } from './find-attributions.js';
import { readableSpans } from './parse-source.js';
import { quoteKind } from './quote-kind.js';
import { loadQuotesModel, type QuotesModel } from './quotes-model.js';
import { sourceTypeOf } from './source-type.js';
import { resolveSpeaker } from './speaker.js';
import { tokenContext } from './token-context.js';
import { mapList, objectList } from '../object-list.js';

function textSpan(doc: Doc, f: Fragments | null): TextSpan | null {
  if (!f || f.length === 0) return null;
  const start = f[0][0];
  const end = f[f.length - 1][1];
  return { start, end, text: doc.text.slice(start, end) };
}

function entitiesOf(doc: Doc): EntityJson[] {
  const value = doc.layers.entities;
  return Array.isArray(value) ? (value as EntityJson[]) : objectList<EntityJson>();
}

function entityTypeAt(entities: EntityJson[], id: string | null): string | null {
  return id === null ? null : (entities.find((e) => e.id === id)?.type ?? null);
}

/**
 * The quotes of a Doc in contract v1: spans (a discontinuous content also lists its `fragments`),
 * kind, speaker (with `speakerStated`: false when resolved from context) and source type. Returns
 * nothing when no model is installed.
 */
export function extractQuotes(doc: Doc, model: QuotesModel | null = loadQuotesModel()): QuoteJson[] {
  if (!model || doc.length === 0) return objectList();
  const ctx = tokenContext(doc);
  const linked = findAttributions(doc, model, ctx);
  if (linked.length === 0) return objectList();
  const entities = entitiesOf(doc);
  return mapList(linked, (a, n) => {
    const shown = readableSpans(ctx, a);
    const content = fragmentsOf(doc, shown.contents);
    const source = fragmentsOf(doc, shown.sources);
    const sourceSpan = textSpan(doc, source);
    const speaker = resolveSpeaker(
      doc.text,
      entities,
      source,
      sourceSpan?.text ?? null,
      doc.start[a.cue.start],
    );
    const quote: QuoteJson = {
      id: `q${n + 1}`,
      kind: quoteKind(ctx, shown.contents),
      content: textSpan(doc, content),
      cue: textSpan(doc, fragmentsOf(doc, [a.cue])),
      source: sourceSpan,
      speaker: speaker?.id ?? null,
      sourceType: sourceTypeOf(
        sourceSpan?.text ?? null,
        entityTypeAt(entities, speaker?.stated ? speaker.id : null),
        speaker?.heads === true,
      ),
      // every quote has every field, in the order they are written out (JSON leaves out the
      // undefined ones): one hidden class for the code that reads quotes
      fragments: content && content.length > 1 ? content : undefined,
      speakerStated: speaker ? speaker.stated : undefined,
    };
    return quote;
  });
}
