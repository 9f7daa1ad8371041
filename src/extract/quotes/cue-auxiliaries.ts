import { labels } from '../../doc/string-store.js';
import type { LinkedAttribution } from './link-attributions.js';
import { mapList } from '../object-list.js';
import type { TokenContext } from './token-context.js';

/** Adverbs before a cue verb that PolNeAR leaves out of the cue ("when he said", "so said"). */
const OUTSIDE = /^(when|whenever|where|why|how|so|as|while|because|if|though|although)$/i;

/**
 * PolNeAR's cues hold the verb's auxiliaries, the adverbs and negation before it and the infinitive
 * marker ("have reported", "is expected", "did not say", "also said", "later clarified", "to
 * tell"; in PolNeAR train "has" joins the cue 471 times in 477, "also" 260 in 281, "to" 176 in
 * 208, "later" 27 in 29; "when" never): extends each cue leftwards over the tokens just before it
 * that depend on its verb with those relations, taking them out of a source that ran over them.
 */
export function extendCueAuxiliaries(ctx: TokenContext, linked: LinkedAttribution[]): void {
  if (!ctx.parsed) return;
  const doc = ctx.doc;
  const aux = new Set(['aux', 'aux:pass'].map((d) => labels.intern(d)));
  const advmod = labels.intern('advmod');
  const mark = labels.intern('mark');
  for (const a of linked) {
    const cue = a.cue;
    let taken = cue.start;
    for (let i = cue.start - 1; i >= 0 && ctx.sentence[i] === ctx.sentence[cue.start]; i--) {
      const h = doc.head[i];
      if (h < cue.start || h >= cue.end) break;
      const dep = doc.dep[i];
      const word = doc.tokenText(i);
      if (aux.has(dep)) taken = i;
      else if (dep === advmod && !OUTSIDE.test(word)) taken = i;
      else if (dep === mark && /^to$/i.test(word)) taken = i;
      else break;
    }
    if (taken === cue.start || a.sources.some((s) => s.start >= taken && s.start < cue.start)) continue;
    a.cue = { role: cue.role, start: taken, end: cue.end };
    // a source the tagger ran on over them ends before them ("A campaign official [later] said")
    a.sources = mapList(a.sources, (s) =>
      s.end > taken && s.start < taken ? { role: s.role, start: s.start, end: taken } : s,
    );
  }
}
