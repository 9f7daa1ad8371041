import { labels } from '../../doc/string-store.js';
import type { LinkedAttribution } from './link-attributions.js';
import type { TokenContext } from './token-context.js';

/** What one calls for help: "called the police", "called an ambulance". */
const SUMMONED = new Set([
  'police',
  'ambulance',
  'ambulances',
  'firefighters',
  'paramedics',
  '999',
  '911',
  'services',
]);
/** Relatives and friends one phones ("called his mother after the crash"). */
const KIN = new Set(
  'mother father mum mom dad parents wife husband son daughter sister brother family girlfriend boyfriend partner friend friends'.split(
    ' ',
  ),
);
/** Particles and nouns that make "call" no verb of saying: "called in administrators", "called off", "called time on". */
const NOT_SAYING_AFTER = new Set(['in', 'off', 'up', 'time', 'back']);

/** Nouns of people and of writings, which call others something rather than being called ("the band leader called Democratic bigwigs", "the letter called Oz a quack"). */
const PEOPLE =
  /^(leader|leaders|president|official|officials|spokesman|spokeswoman|minister|chief|director|chairman|governor|senator|mayor|judge|police|man|woman|people|group|party|campaign|company|committee|government|administration|letter|report|statement|study|article|editorial|ad|advert|review|paper|newspaper)$/;

/**
 * True when the "called" at `verb` follows a thing named with a determiner ("an EP", "a podcast",
 * "their forthcoming album") and comes before a title or a quotation.
 */
function isNamedThing(ctx: TokenContext, verb: number): boolean {
  const doc = ctx.doc;
  const noun = verb - 1;
  if (noun < 1 || labels.get(doc.upos[noun]) !== 'NOUN' || PEOPLE.test(doc.tokenText(noun).toLowerCase()))
    return false;
  let k = noun - 1;
  while (k > 0 && /^(ADJ|NOUN)$/.test(labels.get(doc.upos[k]))) k--;
  if (labels.get(doc.upos[k]) !== 'DET' && doc.label('xpos', k) !== 'PRP$') return false;
  const after = verb + 1 < doc.length ? doc.tokenText(verb + 1) : '';
  return /^\p{Lu}/u.test(after) || ctx.quotes.mark[verb + 1] !== 0 || /^['‘"“]/.test(after);
}

/**
 * True when the cue is a "call" that names, summons or phones rather than says: a participle after
 * a noun ("an EP called They Liked You Better", "a podcast called The Daily Source Code"), a
 * passive summons ("police were called to the hotel"), a call for help or home ("called the police",
 * "called an ambulance", "called his mother after the crash") or a phrasal "call" ("called in administrators", "called time on
 * England", "called off"). "called the sale illegal", "called it a budget for Middle England",
 * "called for urgent changes" and "was called 'one of the biggest pirates'" stay cues.
 */
function isNamingCall(ctx: TokenContext, a: LinkedAttribution): boolean {
  const doc = ctx.doc;
  let verb = -1;
  for (let k = a.cue.start; k < a.cue.end; k++) if (/^call(s|ed|ing)?$/i.test(doc.tokenText(k))) verb = k;
  if (verb < 0) return false;
  // the cue is the call with at most its auxiliaries and a preposition after it
  for (let k = a.cue.start; k < a.cue.end; k++) {
    if (k === verb) continue;
    const pos = labels.get(doc.upos[k]);
    if (pos !== 'AUX' && pos !== 'ADP' && pos !== 'PART' && pos !== 'ADV') return false;
  }
  const next = verb + 1 < doc.length ? doc.tokenText(verb + 1).toLowerCase() : '';
  const dep = labels.get(doc.dep[verb]);
  // "an EP called They Liked You Better", "a documentary called 'No More Mr Nasty'": a participle
  // modifying a thing named with a determiner, a title or quotation after it
  if (dep === 'acl' && isNamedThing(ctx, verb)) return true;
  // "police were called to the hotel"
  if (
    doc.label('xpos', verb) === 'VBN' &&
    verb > 0 &&
    labels.get(doc.upos[verb - 1]) === 'AUX' &&
    next === 'to'
  )
    return true;
  if (NOT_SAYING_AFTER.has(next)) return true;
  // "called the police", "called an ambulance", "called 999": the object is who is summoned; "called
  // his mother after the crash": a relative phoned, unless a second complement labels them ("called
  // his brother a liar")
  for (let k = verb + 1; k < doc.length && k <= verb + 4; k++) {
    if (doc.head[k] !== verb || labels.get(doc.dep[k]) !== 'obj') continue;
    const object = doc.tokenText(k).toLowerCase();
    if (SUMMONED.has(object)) return true;
    if (!KIN.has(object)) return false;
    for (let j = k + 1; j < doc.length && j <= k + 6; j++)
      if (doc.head[j] === verb && /^(xcomp|obj|iobj)$/.test(labels.get(doc.dep[j]))) return false;
    return true;
  }
  return false;
}

/** The attributions without those whose cue is a "call" that names, summons or phones (isNamingCall). */
export function dropNamingCalls(ctx: TokenContext, linked: LinkedAttribution[]): LinkedAttribution[] {
  if (!ctx.parsed) return linked;
  const kept = linked.filter((a) => !isNamingCall(ctx, a));
  return kept.length === linked.length ? linked : kept;
}
