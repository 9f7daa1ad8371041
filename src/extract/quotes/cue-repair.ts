import { labels } from '../../doc/string-store.js';
import { ReportingClass } from './reporting-words.js';
import { Tag } from './tags.js';
import type { TokenContext } from './token-context.js';

/** Parts of speech that never make a cue alone: auxiliaries, adverbs, particles ("has", "also", "not", "to"). */
const FUNCTION_POS = new Set(['AUX', 'ADV', 'PART']);
/** How far right a function-word cue may reach for its verb ("has long since called"). */
const REACH = 4;

/**
 * Repairs cue tags where the greedy tagger split a cue before its verb: a cue made only of
 * auxiliaries, adverbs and particles ("has", "also", "did not") joins the cue of the verb it hangs
 * from when that cue follows within a few tokens ("also" + "said" = "also said"); otherwise it is
 * removed ("Türkiye also maintains close ties", "the government has sought": no cue). Extending it
 * to an untagged verb instead was worse on PolNeAR dev: those verbs mostly sit inside another
 * cue's content ("said Obama has long called for …"). Edits `tags`.
 */
export function repairCueTags(ctx: TokenContext, tags: Uint8Array): void {
  if (!ctx.parsed) return;
  endBeforeComplement(ctx, tags);
  const doc = ctx.doc;
  const n = doc.length;
  for (let i = 0; i < n; i++) {
    if (tags[i] !== Tag.BCue) continue;
    let end = i + 1;
    while (end < n && tags[end] === Tag.ICue) end++;
    let onlyFunction = true;
    for (let k = i; k < end && onlyFunction; k++) onlyFunction = FUNCTION_POS.has(labels.get(doc.upos[k]));
    if (!onlyFunction) {
      i = end - 1;
      continue;
    }
    const verb = doc.head[end - 1];
    const ok =
      verb >= end &&
      verb < end + REACH &&
      ctx.sentence[verb] === ctx.sentence[i] &&
      (tags[verb] === Tag.BCue || tags[verb] === Tag.ICue) &&
      tags.subarray(end, verb).every((t) => t === Tag.O || t === Tag.BCue || t === Tag.ICue);
    // "also" + "said" tagged as two cues become one ("also said"), as PolNeAR marks it
    let to = verb + 1;
    while (ok && to < n && tags[to] === Tag.ICue) to++;
    if (ok) tags.fill(Tag.ICue, end, to);
    else tags.fill(Tag.O, i, end);
    i = (ok ? to : end) - 1;
  }
}

/**
 * "say" takes no object into its cue in PolNeAR (train: "said of", "said Sunday", "said about",
 * adverbs, never a common noun): a cue that ends on a common noun that is the object of a form of
 * "say" in the cue ends before it ("Security sources said [talks concentrated on …]", where the
 * parser made "talks" the object). Edits `tags`.
 */
function endBeforeComplement(ctx: TokenContext, tags: Uint8Array): void {
  const doc = ctx.doc;
  const n = doc.length;
  const obj = labels.intern('obj');
  for (let i = 0; i < n; i++) {
    if (tags[i] !== Tag.BCue) continue;
    let end = i + 1;
    while (end < n && tags[end] === Tag.ICue) end++;
    const last = end - 1;
    const verb = doc.head[last];
    if (
      last > i &&
      doc.dep[last] === obj &&
      verb >= i &&
      verb < last &&
      ctx.reporting[verb] === ReportingClass.Say &&
      labels.get(doc.upos[last]) === 'NOUN'
    )
      tags[last] = Tag.O;
    i = end - 1;
  }
}
