import { hashString } from '../../models/hash.js';
import type { LinkedAttribution } from './link-attributions.js';
import { objectList } from '../object-list.js';
import { labelFrameContent } from './label-frame.js';
import { parseSource } from './parse-source.js';
import type { TokenContext } from './token-context.js';

/** Verbs that label what they take as object ("deems X a …", "classify it as …", "branded them …"). */
const LABEL_VERBS = new Set(
  (
    'deem deems deemed classify classifies classified brand brands branded label labels labelled labeled ' +
    'designate designates designated'
  ).split(' '),
);
/**
 * Their lower-case hashes (TokenContext.lower): only a token whose hash is one of them can be one
 * (only ASCII letters lower-case to these letters), so only those tokens' texts are compared.
 */
const LABEL_VERB_HASHES = new Set([...LABEL_VERBS].map(hashString));

const SOURCE = 1;
const CUE = 2;

/**
 * Adds the attributions of labelling verbs the cue tagger missed, when the parse shows the whole
 * frame: a subject (the holder), an object and its label. A label is a claim of its holder, so it
 * must not read as the outlet's own words; the frame check keeps "brand" the noun and plain uses out.
 */
export function addLabelFrames(ctx: TokenContext, linked: LinkedAttribution[]): LinkedAttribution[] {
  if (!ctx.parsed) return linked;
  const doc = ctx.doc;
  const taken = new Set<number>();
  for (const a of linked) for (let i = a.cue.start; i < a.cue.end; i++) taken.add(i);
  const added: LinkedAttribution[] = [];
  for (let i = 0; i < doc.length; i++) {
    if (
      !LABEL_VERB_HASHES.has(ctx.lower[i]) ||
      taken.has(i) ||
      !LABEL_VERBS.has(doc.tokenText(i).toLowerCase())
    )
      continue;
    const a: LinkedAttribution = {
      cue: { role: CUE, start: i, end: i + 1 },
      sources: objectList(),
      contents: objectList(),
    };
    const contents = labelFrameContent(ctx, a);
    const source = parseSource(ctx, a.cue);
    if (!contents || !source) continue;
    a.contents = contents;
    a.sources = [{ role: SOURCE, start: source.span.start, end: source.span.end }];
    added.push(a);
  }
  if (added.length === 0) return linked;
  return [...linked, ...added].sort((x, y) => x.cue.start - y.cue.start);
}
