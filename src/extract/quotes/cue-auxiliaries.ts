import { labels } from '../../doc/string-store.js';
import type { LinkedAttribution } from './link-attributions.js';
import type { TokenContext } from './token-context.js';

/**
 * PolNeAR's cues hold the verb's auxiliaries ("have reported", "is expected", "did not say"):
 * extends each cue leftwards over the auxiliaries (and the adverbs between them: "has also said")
 * that depend on its verb.
 */
export function extendCueAuxiliaries(ctx: TokenContext, linked: LinkedAttribution[]): void {
  if (!ctx.parsed) return;
  const doc = ctx.doc;
  const aux = new Set(['aux', 'aux:pass'].map((d) => labels.intern(d)));
  const advmod = labels.intern('advmod');
  for (const a of linked) {
    const cue = a.cue;
    let start = cue.start;
    let taken = start;
    for (let i = cue.start - 1; i >= 0 && ctx.sentence[i] === ctx.sentence[cue.start]; i--) {
      const h = doc.head[i];
      if (h < cue.start || h >= cue.end) break;
      if (aux.has(doc.dep[i])) taken = i;
      else if (doc.dep[i] !== advmod) break;
      start = i;
    }
    if (taken < cue.start && !a.sources.some((s) => s.end > taken && s.start < cue.start)) {
      a.cue = { role: cue.role, start: taken, end: cue.end };
    }
  }
}
