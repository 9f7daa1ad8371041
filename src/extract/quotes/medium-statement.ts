import { labels } from '../../doc/string-store.js';
import type { LinkedAttribution } from './link-attributions.js';
import { QuoteMark } from './quote-marks.js';
import { ReportingClass } from './reporting-words.js';
import type { TagSpan } from './tags.js';
import type { TokenContext } from './token-context.js';

const SOURCE = 1;
const CONTENT = 3;
/** Nouns of a medium a statement is made in ("said in a statement", "wrote in an email"). */
const MEDIUM_NOUNS = new Set(
  (
    'statement interview email e-mail letter tweet post video message note memo column op-ed editorial ' +
    'release filing call briefing podcast broadcast documentary article essay remarks testimony speech'
  ).split(' '),
);
/** Verbs of writing, after which "on" introduces the medium ("wrote on Facebook"). */
const WRITING_VERBS = new Set([
  'wrote',
  'writes',
  'write',
  'writing',
  'posted',
  'posts',
  'tweeted',
  'tweets',
]);
/** Prepositions that name whom a statement was made to or with. */
const RECIPIENT_PREPOSITIONS = new Set(['to', 'with']);
/** Prepositions that introduce such a medium. */
const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'via', 'through', 'during']);
/** Tags a medium's noun phrase runs over before its noun ("an emailed statement", "a Friday interview"). */
const MEDIUM_PHRASE = /^(DT|PRP\$|JJ|JJS|NN|NNP|NNS|VBN|CD|POS|HYPH)$/;
/** Parts of speech that open a source ("Peter McKenna", "the zoo", "South Korea’s presidential Blue House"). */
const SOURCE_OPENERS = new Set(['PROPN', 'DET', 'PRON', 'NOUN', 'ADJ', 'NUM']);
/** Most tokens of the source before the cue, an apposition included. */
const MAX_SOURCE = 20;
/** Most tokens after the medium before the sentence ends ("on Sunday", "to CNBC", "released Tuesday"). */
const MAX_TAIL = 6;

/** Where the medium phrase that token p opens ends (exclusive), or -1: "in a statement", "in an emailed statement". */
function mediumEnd(ctx: TokenContext, p: number): number {
  const doc = ctx.doc;
  if (p >= doc.length || !MEDIUM_PREPOSITIONS.has(doc.tokenText(p).toLowerCase())) return -1;
  let noun = -1;
  let k = p + 1;
  for (; k < doc.length && k <= p + 5 && MEDIUM_PHRASE.test(doc.label('xpos', k)); k++) {
    if (MEDIUM_NOUNS.has(doc.tokenText(k).toLowerCase())) noun = k;
  }
  if (noun < 0 || noun !== k - 1 || ctx.sentence[noun] !== ctx.sentence[p]) return -1;
  // whom it was made to or with: "in an interview with the Financial Times", "in a statement to
  // the Shenzhen stock exchange", before what was said ("that …", ": “…”") or the sentence's end
  const to = k;
  if (to < doc.length && RECIPIENT_PREPOSITIONS.has(doc.tokenText(to).toLowerCase())) {
    let e = to + 1;
    let last = -1;
    for (; e < doc.length && e <= to + 7 && MEDIUM_PHRASE.test(doc.label('xpos', e)); e++)
      if (doc.label('xpos', e).startsWith('NN')) last = e;
    const next = e < doc.length && ctx.sentence[e] === ctx.sentence[p] ? doc.tokenText(e) : '.';
    if (last === e - 1 && /^(that|:|,|\.|“|"|‘)$/i.test(next)) return e;
  }
  return to;
}

/** True when tokens [from, to) hold no verb, quote mark or "that": a short adjunct ("on Sunday", "to CNBC"), not a clause. */
function isAdjunct(ctx: TokenContext, from: number, to: number): boolean {
  if (to - from > MAX_TAIL) return false;
  for (let k = from; k < to; k++) {
    const pos = labels.get(ctx.doc.upos[k]);
    if (pos === 'VERB' || pos === 'AUX' || pos === 'SCONJ' || ctx.quotes.mark[k] !== QuoteMark.None)
      return false;
    if (ctx.doc.tokenText(k).toLowerCase() === 'that') return false;
  }
  return true;
}

/** True when token k is a quotation mark, paired or not ("''" as some papers write one). */
function isQuote(ctx: TokenContext, k: number): boolean {
  return ctx.quotes.mark[k] !== QuoteMark.None || /^(''|``|["“”])$/.test(ctx.doc.tokenText(k));
}

/** True when token k is a closing bracket whose opener lies in [from, k) ("All Nippon Airways (ANA)"). */
function closesBracket(ctx: TokenContext, from: number, k: number): boolean {
  const t = ctx.doc.tokenText(k);
  if (t !== ')' && t !== ']') return false;
  return ctx.doc.text.slice(ctx.doc.start[from], ctx.doc.start[k]).includes(t === ')' ? '(' : '[');
}

/** True when token k is punctuation that closes a sentence or a clause. */
function isPunct(ctx: TokenContext, k: number): boolean {
  return labels.get(ctx.doc.upos[k]) === 'PUNCT';
}

/**
 * "…, the zoo said in a statement." News names the medium of a statement after its verb, and the
 * role tagger, trained on text where that is rarer, often read the medium as the content and the
 * reported clause as the source ("[Several of the injured were treated …, Peter McKenna, …,] said
 * in [a statement]"). Where the sentence is a clause, a comma, a noun phrase (with its apposition),
 * the verb of saying with its medium, and at most a short adjunct ("on Sunday", ", without giving
 * details"), the attribution takes that noun phrase as its source and the clause as its content (with any content
 * of earlier sentences it had: a quotation running on), the cue runs over the medium ("said in a
 * statement", as PolNeAR marks it about half the time), and an attribution whose cue lay inside
 * the clause goes (PolNeAR gives each token one role). Returns the attributions kept.
 */
export function mendMediumStatements(ctx: TokenContext, linked: LinkedAttribution[]): LinkedAttribution[] {
  if (!ctx.parsed) return linked;
  const doc = ctx.doc;
  const dropped = new Set<LinkedAttribution>();
  const readings = new Map<LinkedAttribution, LinkedAttribution>();
  for (const a of linked) {
    if (dropped.has(a)) continue;
    readings.set(a, { cue: a.cue, sources: a.sources, contents: a.contents });
    // the verb of saying: the cue's last verb, followed (in the cue or after it) by the medium
    let verb = -1;
    for (let k = a.cue.start; k < a.cue.end; k++) if (labels.get(doc.upos[k]) === 'VERB') verb = k;
    if (verb < 0) continue;
    const kind = ctx.reporting[verb];
    if (kind !== ReportingClass.Say && kind !== ReportingClass.Verb) continue;
    // a participle without its auxiliary modifies a noun ("The Crime Statistics Bureau cited in
    // Trump’s tweet does not exist"); "has said in a statement" is a verb of saying
    if (doc.label('xpos', verb) === 'VBN' && !(verb > 0 && labels.get(doc.upos[verb - 1]) === 'AUX'))
      continue;
    // "on" gives the topic after most verbs ("commenting on her speech"), the medium after "said"
    // and the verbs of writing ("said on a call", "wrote on Facebook")
    const on = doc.tokenText(verb + 1).toLowerCase() === 'on';
    if (on && kind !== ReportingClass.Say && !WRITING_VERBS.has(doc.tokenText(verb).toLowerCase())) continue;
    const end = mediumEnd(ctx, verb + 1);
    if (end < 0 || end < a.cue.end) continue;
    // a content the tagger started inside the medium ("saying in [a statement, “You cannot …”]")
    // starts after it, past its comma; one that was only the medium, or the medium and an adjunct, goes
    let touched = a.cue.end > verb + 1; // the tagger's cue ended inside the medium ("said in")
    // ", without giving more details": an adjunct after a comma, not what was said
    const adjunct =
      end + 1 < doc.length &&
      ctx.sentence[end + 1] === ctx.sentence[verb] &&
      doc.tokenText(end) === ',' &&
      !isQuote(ctx, end + 1) &&
      doc.tokenText(end + 1).toLowerCase() !== 'that';
    a.contents = a.contents.flatMap((c) => {
      if (adjunct && c.start >= end && ctx.sentence[c.start] === ctx.sentence[verb]) {
        touched = true;
        return [];
      }
      if (c.start <= verb || c.start >= end) return [c];
      touched = true;
      if (adjunct) return [];
      let start = end;
      while (start < c.end && isPunct(ctx, start) && ctx.quotes.mark[start] === QuoteMark.None) start++;
      return start < c.end ? [{ role: c.role, start, end: c.end }] : [];
    });
    // a cue the tagger ended inside the medium ("said in", "said in its") runs over it
    if (a.cue.end > verb + 1 || (touched && a.contents.some((c) => c.start >= end)))
      a.cue = { role: a.cue.role, start: a.cue.start, end };
    // a content after the medium ("said in a statement: “…”") is what was said
    if (a.contents.some((c) => c.start >= end)) continue;
    const sentence = ctx.sentence[verb];
    let last = end;
    while (last < doc.length && ctx.sentence[last] === sentence) last++;
    if (touched && a.contents.length === 0 && end < last && doc.tokenText(end).toLowerCase() === 'that') {
      // "saying in his statement that he was …": the clause after the medium
      let to = last;
      while (to > end + 1 && isPunct(ctx, to - 1) && !isQuote(ctx, to - 1)) to--;
      if (to - end >= 3) {
        a.contents = [{ role: CONTENT, start: end, end: to }];
        a.cue = { role: a.cue.role, start: a.cue.start, end };
      }
      continue;
    }
    // what follows the medium: the sentence's end, a short adjunct, or a comma and a participle
    // (", without giving more details"); never a quotation or a clause of what was said
    let tail = last;
    while (tail > end && isPunct(ctx, tail - 1)) tail--;
    if (!adjunct && !isAdjunct(ctx, end, tail)) continue;
    let first = verb;
    while (first > 0 && ctx.sentence[first - 1] === sentence) first--;
    // the source: the noun phrase after the first comma from which no verb comes before the cue
    // ("…, Peter McKenna, the deputy director of operations for …, said"; the parse is often lost
    // in such a sentence)
    let before = -1;
    for (let k = verb - 1; k > 0 && ctx.sentence[k] === sentence; k--) {
      const pos = labels.get(doc.upos[k]);
      if (pos === 'VERB' || pos === 'AUX') break;
      if (doc.tokenText(k) === ',' && k + 1 < verb && SOURCE_OPENERS.has(labels.get(doc.upos[k + 1])))
        before = k;
    }
    if (before < 0 || verb - before > MAX_SOURCE) continue;
    // only where the taggers' reading is broken: a content lost to the medium, none at all, or a
    // source that ran over the clause; "“…,” Rep. Jim Jordan (R-Ohio), an oversight panel member,
    // said in a phone interview" keeps its reading
    if (!touched && a.contents.length > 0 && !a.sources.some((x) => x.start <= before)) continue;
    // a quotation before the source that the taggers took as the content is read well ("“…,”
    // Jeff Weaver, Sanders’ campaign manager, said in a statement"; "''…,'' Cecelia Purner, 67, a
    // retired …, said in …")
    const quoted = /["“”]|''|``/.test(doc.text.slice(doc.start[first], doc.start[verb]));
    if (quoted && a.contents.some((c) => c.start < before && c.end > first)) continue;
    let sourceEnd = verb;
    while (
      sourceEnd > before + 1 &&
      isPunct(ctx, sourceEnd - 1) &&
      !closesBracket(ctx, before + 1, sourceEnd - 1)
    )
      sourceEnd--;
    const source: TagSpan = { role: SOURCE, start: before + 1, end: sourceEnd };
    let from = first;
    let to = before;
    while (from < to && isPunct(ctx, from) && ctx.quotes.mark[from] === QuoteMark.None) from++;
    while (to > from && isPunct(ctx, to - 1) && ctx.quotes.mark[to - 1] === QuoteMark.None) to--;
    if (to - from < 2) continue;
    const clause: TagSpan = { role: CONTENT, start: from, end: to };
    const earlier = a.contents.filter((c) => c.end <= from);
    a.contents = [...earlier, clause];
    a.sources = [source];
    a.cue = { role: a.cue.role, start: a.cue.start, end };
    for (const o of linked) if (o !== a && o.cue.start >= from && o.cue.end <= to) dropped.add(o);
  }
  // an attribution this left without content keeps the taggers' reading
  for (const [a, old] of readings) if (a.contents.length === 0) Object.assign(a, old);
  return linked.filter((o) => !dropped.has(o));
}
