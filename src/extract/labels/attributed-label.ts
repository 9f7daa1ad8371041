import type { EntityJson, LabelJson } from '../../doc/contract.js';
import { hashSet, inflectVerb, wordHashes } from '../events/word-hash.js';
import { phraseEndingAt } from '../events/noun-phrase.js';
import { entityAt, makeLabel, type LabelContext } from './label.js';
import { objectList } from '../object-list.js';

/** Verbs of calling: the speaker applies a label ("deems a liberation organization", "classify it as ..."). */
const CALL = hashSet(
  [
    'deem',
    'consider',
    'call',
    'regard',
    'view',
    'brand',
    'label',
    'describe',
    'designate',
    'classify',
    'term',
    'dub',
  ]
    .flatMap(inflectVerb)
    .join(' ') + ' labelled',
);
const OBJECT_PRONOUN = /^(?:it|them|him|her)$/i;
const LABEL_END = /^[,.;:)]$|^(?:unlike|and|but|while|because|since|although|for)$/i;
const ACTORS = new Set(['ORG', 'GPE', 'PERSON', 'NORP']);
/** A speaker phrase resolves to an entity only when it is one ("Western nations" is not the NORP "Western"). */
const ACTORS_NOT_NORP = new Set(['ORG', 'GPE', 'PERSON']);

/** The nearest entity mention ending before `offset` (optionally of certain types, not `except`). */
function entityBefore(ctx: LabelContext, offset: number, except: string[] = []): EntityJson | null {
  let best: EntityJson | null = null;
  let bestEnd = -1;
  for (const e of ctx.entities) {
    if (!ACTORS.has(e.type) || except.includes(e.id)) continue;
    for (const m of e.mentions) if (m.end <= offset && m.end > bestEnd) [best, bestEnd] = [e, m.end];
  }
  return best;
}

/**
 * Labels that a named source applies: "Hamas, which President Erdoğan deems a liberation
 * organization", "Western nations, which classify it as a 'terrorist group'", "what it calls
 * genocide". `by` is the speaker's entity when one is found (null otherwise, with the speaker's
 * words in `holder`), never the outlet.
 */
export function attributedLabels(ctx: LabelContext): LabelJson[] {
  const { doc } = ctx;
  const out = objectList<LabelJson>();
  const hashes = wordHashes(doc);
  // the scan over every token stays apart from the rare work on a verb of calling: compiled while
  // most of that work has never run, one function would be thrown away each time a new branch runs
  for (let i = 0; i < doc.length; i++) {
    if (!CALL.has(hashes[i])) continue;
    const label = labelOfCall(ctx, i);
    if (label) out.push(label);
  }
  return out;
}

/** The label that the verb of calling at token i applies, or null. */
function labelOfCall(ctx: LabelContext, i: number): LabelJson | null {
  const { doc } = ctx;
  const sentence = doc.sentenceOf(i);
  const floor = doc.sentStart[sentence];
  // the speaker: the words between "which/what" and the verb
  let rel = i - 1;
  while (rel >= floor && i - rel <= 6 && !/^(?:which|what|whom|who)$/i.test(doc.tokenText(rel))) rel--;
  if (rel < floor || i - rel > 6) return null;
  const speakerStart = rel + 1;
  let k = i + 1;
  let labelled: EntityJson | null = null;
  if (k < doc.length && OBJECT_PRONOUN.test(doc.tokenText(k))) k++;
  if (k < doc.length && /^as$/i.test(doc.tokenText(k))) k++;
  if (k < doc.length && /^(?:a|an|the)$/i.test(doc.tokenText(k))) k++;
  const labelStart = k;
  while (k < doc.length && k - labelStart < 8 && !LABEL_END.test(doc.tokenText(k))) k++;
  const quoteEnd = (c: number) => c === 34 || c === 0x201d || c === 39 || c === 0x2019;
  let labelEnd = k;
  while (labelEnd > labelStart && quoteEnd(doc.text.charCodeAt(doc.start[labelEnd - 1]))) labelEnd--;
  let startLabel = labelStart;
  const c0 = doc.text.charCodeAt(doc.start[startLabel]);
  if (c0 === 34 || c0 === 0x201c || c0 === 39 || c0 === 0x2018) startLabel++;
  if (labelEnd <= startLabel) return null;
  const speakerText = speakerStart < i ? doc.text.slice(doc.start[speakerStart], doc.end[i - 1]) : '';
  let speaker: EntityJson | null = null;
  // the speaker's entity: any mention among the words before the verb ("President [Recep Tayyip Erdoğan]")
  for (let t = speakerStart; t < i && !speaker; t++) speaker = entityAt(ctx, doc.start[t]);
  if (!speaker && /^(?:it|they)$/i.test(speakerText)) speaker = entityBefore(ctx, doc.start[rel]);
  const which = /^(?:which|whom|who)$/i.test(doc.tokenText(rel));
  let holder = speakerText;
  if (which && speakerStart < i) labelled = entityBefore(ctx, doc.start[rel]);
  else if (which) {
    // "Western nations, which classify it as ...": the speakers are what "which" stands for,
    // and "it" the entity named before them
    const comma = rel - 1 >= floor && doc.tokenText(rel - 1) === ',' ? rel - 1 : rel;
    const antecedent = phraseEndingAt(doc, comma - 1, floor);
    if (!antecedent) return null;
    holder = doc.text.slice(doc.start[antecedent.start], doc.end[antecedent.end - 1]);
    speaker = entityAt(ctx, doc.start[antecedent.end - 1]);
    if (speaker && !ACTORS_NOT_NORP.has(speaker.type)) speaker = null;
    // "it" is never a person
    const people = ctx.entities.filter((e) => e.type === 'PERSON').map((e) => e.id);
    labelled = entityBefore(
      ctx,
      doc.start[antecedent.start],
      /^it$/i.test(doc.tokenText(i + 1)) ? people : [],
    );
  } else {
    // "condemned what it calls genocide": the label is about the other party named in the sentence
    const to = sentence + 1 < doc.sentenceCount ? doc.sentStart[sentence + 1] : doc.length;
    for (let t = k; t < to && !labelled; t++) {
      const e = entityAt(ctx, doc.start[t]);
      if (e && e.id !== speaker?.id && ACTORS.has(e.type)) labelled = e;
    }
    labelled ??= entityBefore(ctx, doc.start[rel], speaker ? [speaker.id] : []);
  }
  if (!labelled) return null;
  const start = doc.start[startLabel];
  const end = doc.end[labelEnd - 1];
  return makeLabel(
    labelled.id,
    doc.text.slice(start, end),
    speaker?.id ?? null,
    start,
    end,
    holder || null,
    undefined,
    {
      start: doc.start[i],
      end: doc.end[i],
      text: doc.tokenText(i),
    },
  );
}
