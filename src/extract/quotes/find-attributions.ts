import type { Doc } from '../../doc/doc.js';
import type { BratAttribution, Fragments } from '../../eval/brat.js';
import { extendCueAuxiliaries } from './cue-auxiliaries.js';
import { applyCueLexicon } from './cue-lexicon.js';
import { extendCuePreposition } from './cue-preposition.js';
import { mendMediumStatements } from './medium-statement.js';
import { dropNamingCalls } from './naming-call.js';
import { repairCueTags } from './cue-repair.js';
import { addAccordingTo } from './according-to.js';
import { addColonAttributions } from './colon-attribution.js';
import { addDashAttributions } from './dash-attribution.js';
import { mendContentEnds } from './content-end.js';
import { addInvertedSources } from './inverted-source.js';
import { labelFrameContent } from './label-frame.js';
import { addLabelFrames } from './label-verbs.js';
import { linkAttributions, type LinkedAttribution } from './link-attributions.js';
import { tagCues, tagRoles } from './quote-tagger.js';
import type { QuotesModel } from './quotes-model.js';
import type { TagSpan } from './tags.js';
import { tokenContext, type TokenContext } from './token-context.js';

/** Finds the attributions of a Doc with the taggers and the linking rules (token spans). */
export function findAttributions(
  doc: Doc,
  model: QuotesModel,
  ctx: TokenContext = tokenContext(doc),
): LinkedAttribution[] {
  if (doc.length === 0) return [];
  applyCueLexicon(ctx, model.lexicon);
  const cueTags = tagCues(
    ctx,
    model.cue,
    undefined,
    typeof model.header.cueBias === 'number' ? model.header.cueBias : 0,
  );
  repairCueTags(ctx, cueTags);
  const tags = tagRoles(ctx, cueTags, model.role);
  const linked = linkAttributions(ctx, tags);
  addInvertedSources(ctx, linked);
  extendCueAuxiliaries(ctx, linked);
  extendCuePreposition(ctx, linked);
  for (const a of linked) {
    const content = labelFrameContent(ctx, a);
    if (content) a.contents = content;
  }
  const mended = mendMediumStatements(ctx, dropNamingCalls(ctx, linked));
  const framed = addColonAttributions(
    ctx,
    addAccordingTo(ctx, addDashAttributions(ctx, addLabelFrames(ctx, mended))),
  );
  mendContentEnds(ctx, framed);
  return framed;
}

/** Character fragments of token spans, merging spans that touch. */
export function fragmentsOf(doc: Doc, spans: TagSpan[]): Fragments | null {
  if (spans.length === 0) return null;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Fragments = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const a = doc.start[s.start];
    const b = doc.end[s.end - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Attributions as character spans (brat's view). */
export function toBratAttributions(doc: Doc, linked: LinkedAttribution[]): BratAttribution[] {
  return linked.map((a) => ({
    source: fragmentsOf(doc, a.sources),
    cue: fragmentsOf(doc, [a.cue]),
    content: fragmentsOf(doc, a.contents),
  }));
}
