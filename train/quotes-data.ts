import type { Doc } from '../src/doc/doc.js';
import type { BratAttribution } from '../src/eval/brat.js';
import type { GoldDocument } from '../src/eval/quotes-eval.js';
import { Tag } from '../src/extract/quotes/tags.js';
import { tokenContext, type TokenContext } from '../src/extract/quotes/token-context.js';
import { analyseForQuotes } from '../src/eval/quotes-predict.js';

/** A training document: its token context and gold tags. */
export interface TaggedDocument {
  name: string;
  ctx: TokenContext;
  gold: Uint8Array;
}

/**
 * Gold tags of a Doc: each token overlapping a role fragment takes that role, B on the first token of
 * a fragment. Cues are placed first, then sources, then contents, and no token is tagged twice.
 */
export function goldTags(doc: Doc, attributions: BratAttribution[]): Uint8Array {
  const tags = new Uint8Array(doc.length);
  const place = (role: 'source' | 'cue' | 'content', b: Tag): void => {
    for (const a of attributions) {
      for (const [s, e] of a[role] ?? []) {
        let first = true;
        let i = doc.tokenAt(s);
        if (i < 0) i = firstTokenFrom(doc, s);
        for (; i >= 0 && i < doc.length && doc.start[i] < e; i++) {
          if (tags[i] === Tag.O) tags[i] = first ? b : b + 1;
          first = false;
        }
      }
    }
  };
  place('cue', Tag.BCue);
  place('source', Tag.BSource);
  place('content', Tag.BContent);
  return tags;
}

function firstTokenFrom(doc: Doc, offset: number): number {
  for (let i = 0; i < doc.length; i++) if (doc.end[i] > offset) return i;
  return -1;
}

/** Analyses gold documents and tags them. */
export function tagDocuments(golds: GoldDocument[]): TaggedDocument[] {
  return golds.map((g) => {
    const doc = analyseForQuotes(g.text);
    return { name: g.name, ctx: tokenContext(doc), gold: goldTags(doc, g.attributions) };
  });
}
