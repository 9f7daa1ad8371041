import type { LabelJson } from '../../doc/contract.js';
import { labels as labelStore } from '../../doc/string-store.js';
import { outletOrQuoted, type LabelContext } from './label.js';

const LABELLED_TYPES = new Set(['ORG', 'GPE', 'PERSON', 'LOC', 'FAC', 'NORP']);
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN'].map((t) => labelStore.intern(t)));
const DET = labelStore.intern('DET');
/** "the harsher Ankara": a comparison, not a description. */
const COMPARATIVE = new Set(['JJR', 'JJS', 'RBR'].map((t) => labelStore.intern(t)));
/** Nouns that give a person's office: a role (the entity layer's business), not a label. */
const ROLE =
  /^(?:head|chief|president|minister|leader|spokesman|spokeswoman|secretary|director|chairman|ambassador|envoy|commander|governor|mayor|king|queen|prime)$/i;
const COPULA = /^(?:is|was|are|were|remains|remained|has|have|been|had|become|became)$/i;

/**
 * Descriptions the outlet puts on an entity: before its name ("the Palestinian resistance
 * movement Hamas", "NATO member Türkiye", "the controversial Gaza Humanitarian Foundation") and
 * after a copula ("Türkiye has been a traditional ally to Palestine"). A description needs a
 * lower-case word, so names and titles ("U.S. President Donald Trump") are not labels.
 */
export function descriptorLabels(ctx: LabelContext): LabelJson[] {
  const { doc } = ctx;
  const out: LabelJson[] = [];
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
        if (ROLE.test(doc.tokenText(j)) || COMPARATIVE.has(doc.xpos[j])) role = true;
      }
      // a description stands after a determiner or at the start of a clause ("NATO member Türkiye has ...")
      const opens = j === floor || doc.upos[j - 1] === DET || /^[,;(]$/.test(doc.tokenText(j - 1));
      if (j < first && lower && !role && opens)
        out.push(outletOrQuoted(ctx, entity.id, doc.start[j], doc.end[first - 1]));
      const last = doc.tokenAt(m.end - 1);
      out.push(...copularLabel(ctx, entity.id, last));
    }
  }
  return out;
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
