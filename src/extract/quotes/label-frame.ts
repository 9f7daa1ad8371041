import { labels } from '../../doc/string-store.js';
import type { LinkedAttribution } from './link-attributions.js';
import { subtreeSpan } from './parse-source.js';
import type { TagSpan } from './tags.js';
import type { TokenContext } from './token-context.js';

const CONTENT = 3;

/**
 * Labelling verbs ("deems X a liberation organization", "classify it as a terrorist group",
 * "called Trump unhinged"): the content is what is labelled and the label, the verb's object and
 * its predicate (an xcomp, or an oblique introduced by "as"), when the parse shows that frame.
 */
export function labelFrameContent(ctx: TokenContext, a: LinkedAttribution): TagSpan[] | null {
  if (!ctx.parsed || a.cue.end - a.cue.start !== 1) return null;
  const doc = ctx.doc;
  const v = a.cue.start;
  const obj = labels.intern('obj');
  const xcomp = labels.intern('xcomp');
  const obl = labels.intern('obl');
  let object = -1;
  let predicate = -1;
  const seg = ctx.sentence;
  for (let i = Math.max(0, v - 30); i < doc.length && i < v + 40; i++) {
    if (seg[i] !== seg[v] || doc.head[i] !== v) continue;
    if (doc.dep[i] === obj && object < 0) object = i;
    else if (doc.dep[i] === xcomp && i > v) predicate = i;
    else if (doc.dep[i] === obl && i > v && predicate < 0 && hasAs(ctx, i)) predicate = i;
  }
  // "Hamas, which Erdoğan deems a liberation organization": the relative pronoun is what is labelled.
  if (object > v && predicate < 0 && relativeBefore(ctx, v) >= 0) {
    predicate = object;
    object = relativeBefore(ctx, v);
  }
  if (object < 0 || predicate < 0) return null;
  const o = subtreeSpan(ctx, object);
  const p = subtreeSpan(ctx, predicate);
  // a label is a noun phrase: a comma after its head ends it ("a liberation organization, unlike …")
  for (let i = predicate + 1; i < p.end; i++) {
    if (ctx.doc.tokenText(i) === ',') {
      p.end = i;
      break;
    }
  }
  o.role = CONTENT;
  p.role = CONTENT;
  if (o.end > p.start && o.start < p.end) return null;
  return o.start < p.start ? [o, p] : [p, o];
}

/** The relative pronoun opening the relative clause of verb v, or -1. */
function relativeBefore(ctx: TokenContext, v: number): number {
  if (labels.get(ctx.doc.dep[v]) !== 'acl:relcl') return -1;
  for (let i = v - 1; i >= Math.max(0, v - 12); i--) {
    if (ctx.doc.head[i] === v && labels.get(ctx.doc.xpos[i]) === 'WDT') return i;
  }
  return -1;
}

function hasAs(ctx: TokenContext, t: number): boolean {
  for (let i = Math.max(0, t - 4); i < t; i++) {
    if (ctx.doc.head[i] === t && ctx.doc.tokenText(i).toLowerCase() === 'as') return true;
  }
  return false;
}
