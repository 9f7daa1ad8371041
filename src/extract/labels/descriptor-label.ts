import type { LabelJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import { labels as labelStore } from '../../doc/string-store.js';
import { outletOrQuoted, type LabelContext } from './label.js';
import { objectList } from '../object-list.js';

const LABELLED_TYPES = new Set(['ORG', 'GPE', 'PERSON', 'LOC', 'FAC', 'NORP']);
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN'].map((t) => labelStore.intern(t)));
const DET = labelStore.intern('DET');
const ADJ = labelStore.intern('ADJ');
/** "the harsher Ankara": a comparison, not a description. */
const COMPARATIVE = new Set(['JJR', 'JJS', 'RBR'].map((t) => labelStore.intern(t)));
/** Nouns that give a person's office: a role (the entity layer's business), not a label. */
const ROLE =
  /^(?:head|chief|president|minister|leader|spokesman|spokeswoman|secretary|director|chairman|ambassador|envoy|commander|governor|mayor|king|queen|prime)$/i;
/**
 * Modifiers that place or count an entity rather than describe it ("the former Soviet Union",
 * "the next Parliament", "a new Act"), and comparatives the tagger left as plain adjectives
 * ("the harsher Ankara has made its criticism").
 */
const NOT_DESCRIPTIVE =
  /^(?:former|latter|next|new|last|other|same|such|own|previous|current|late|future|first|second|third|more|less|most|least|main|recent|final)$/i;
/**
 * Nouns that head a clause the name opens, not a description of the name ("the way Tony Blair's
 * government operates", "at the time she was", "the woman she played").
 */
const CLAUSE_HEAD =
  /^(?:way|ways|time|times|moment|day|days|year|years|woman|man|people|person|thing|things|reason|place|one|extent|manner)$/i;
/** Parts of speech after a name that make the name a modifier of what follows ("the main Rover factory"). */
const HEAD_AFTER = new Set(['NOUN', 'PROPN', 'NUM'].map((t) => labelStore.intern(t)));
const COMPARATIVE_FORM = /^[a-z]{3,}(?:er|est)$/;
const NOT_COMPARATIVE =
  /^(?:proper|eager|clever|bitter|sober|tender|super|sheer|utter|inner|outer|upper|modest|honest|interest)$/;
const COPULA = /^(?:is|was|are|were|remains|remained|has|have|been|had|become|became)$/i;

/**
 * Descriptions the outlet puts on an entity: before its name ("the Palestinian resistance
 * movement Hamas", "NATO member Türkiye", "the controversial Gaza Humanitarian Foundation") and
 * after a copula ("Türkiye has been a traditional ally to Palestine"). A description needs a
 * lower-case word, so names and titles ("U.S. President Donald Trump") are not labels.
 */
export function descriptorLabels(ctx: LabelContext): LabelJson[] {
  const { doc } = ctx;
  const out = objectList<LabelJson>();
  for (const entity of ctx.entities) {
    if (!LABELLED_TYPES.has(entity.type)) continue;
    for (const m of entity.mentions) {
      const first = doc.tokenAt(m.start);
      if (first < 0) continue;
      const floor = doc.sentStart[doc.sentenceOf(first)];
      let j = first;
      let lower = false;
      let role = false;
      while (j - 1 >= floor && MODIFIER.has(doc.upos[j - 1]) && first - j < 5) {
        j--;
        const c = doc.text.charCodeAt(doc.start[j]);
        if (c >= 97 && c <= 122) lower = true;
        const word = doc.tokenText(j);
        if (ROLE.test(word) || COMPARATIVE.has(doc.xpos[j]) || NOT_DESCRIPTIVE.test(word)) role = true;
        if (COMPARATIVE_FORM.test(word) && !NOT_COMPARATIVE.test(word)) {
          // the tagger may call it a noun in "the more ..., the harsher Ankara"
          if (doc.upos[j] === ADJ || correlative(doc, floor, j)) role = true;
        }
      }
      // a description stands after a determiner or at the start of a clause ("NATO member Türkiye has ...")
      const opens = j === floor || doc.upos[j - 1] === DET || /^[,;(]$/.test(doc.tokenText(j - 1));
      // and describes the name only where the name heads the phrase: not "the recent G7 meeting",
      // "a healthy US economy", nor a clause the name opens ("the way Thackeray ...")
      const after = doc.tokenAt(m.end - 1) + 1;
      const heads =
        !nounAfter(doc, after, m.text) && !(first - j === 1 && CLAUSE_HEAD.test(doc.tokenText(j)));
      if (j < first && lower && !role && opens && heads)
        out.push(outletOrQuoted(ctx, entity.id, doc.start[j], doc.end[first - 1]));
      const last = doc.tokenAt(m.end - 1);
      out.push(...copularLabel(ctx, entity.id, last));
    }
  }
  return out;
}

/** Base verb forms that cannot follow a singular name as its verb: the tagger's noun read as a verb ("a superb Dempsey tackle"). */
const BASE_VERB = new Set(['VB', 'VBP'].map((t) => labelStore.intern(t)));

/**
 * Whether token `after` (just past a name written `name`) is a noun the name modifies: a noun,
 * name or number ("the recent G7 meeting"), or a base verb form after a singular name, which
 * takes none ("the final Commons debate", tagged VB).
 */
function nounAfter(doc: Doc, after: number, name: string): boolean {
  if (after >= doc.length) return false;
  if (HEAD_AFTER.has(doc.upos[after])) return true;
  return BASE_VERB.has(doc.xpos[after]) && !/s$/i.test(name);
}

/** "(but) the more brutal the attacks became, the harsher Ankara ...": a "the more" earlier in the sentence makes the "the -er" at j a comparison. */
function correlative(doc: Doc, floor: number, j: number): boolean {
  for (let k = floor; k + 1 < j - 1; k++) {
    if (!/^the$/i.test(doc.tokenText(k))) continue;
    if (/^(?:more|less)$/i.test(doc.tokenText(k + 1)) || COMPARATIVE.has(doc.xpos[k + 1])) return true;
  }
  return false;
}

/** "X has been a traditional ally to Palestine": the noun phrase after a copula and an indefinite article. */
function copularLabel(ctx: LabelContext, entity: string, last: number): LabelJson[] {
  const { doc } = ctx;
  let j = last + 1;
  while (j < doc.length && j <= last + 3 && COPULA.test(doc.tokenText(j))) j++;
  if (j === last + 1 || j >= doc.length || !/^(?:a|an)$/i.test(doc.tokenText(j))) return [];
  const start = j + 1;
  let end = start;
  while (
    end < doc.length &&
    (MODIFIER.has(doc.upos[end]) || /^(?:to|of)$/.test(doc.tokenText(end))) &&
    end - start < 6
  )
    end++;
  while (end > start && !MODIFIER.has(doc.upos[end - 1])) end--;
  if (end === start || ROLE.test(doc.tokenText(end - 1))) return [];
  return [outletOrQuoted(ctx, entity, doc.start[start], doc.end[end - 1])];
}
