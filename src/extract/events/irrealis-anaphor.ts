import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import type { CodedEvent } from './code-event.js';
import { FUTURE, HAPPEN, HYPOTHETICAL, NEGATION } from './cue-words.js';
import { hashSet, wordHash, wordHashes } from './word-hash.js';

const NOUN = labels.intern('NOUN');
const ADV = labels.intern('ADV');
const ANAPHOR = hashSet('it this that');
const TAKE = wordHash('take');
const PLACE = wordHash('place');

/** The modality "it could happen" (or "it will happen") gives to the event it refers to, or null. */
function anaphorModality(doc: Doc, i: number, to: number): 'hypothetical' | 'future' | null {
  const hashes = wordHashes(doc);
  let j = i + 1;
  if (j < to && doc.upos[j] === ADV) j++;
  const modal = hashes[j];
  const kind = HYPOTHETICAL.has(modal) ? 'hypothetical' : FUTURE.has(modal) ? 'future' : null;
  if (!kind || j + 1 >= to) return null;
  j++;
  // "it will not happen" denies rather than predicts: left to the negation rules
  if (NEGATION.has(hashes[j])) return null;
  if (doc.upos[j] === ADV) j++;
  if (j >= to) return null;
  const happens = HAPPEN.has(hashes[j]) || (hashes[j] === TAKE && j + 1 < to && hashes[j + 1] === PLACE);
  return happens ? kind : null;
}

/**
 * The pronoun at token i (of sentence s, ending at `to`) with "could happen" and the like makes
 * the last event noun before it hypothetical. Apart from the scan over every token, which the
 * rare work here would otherwise have recompiled at each of its branches' first run.
 */
function markReferent(doc: Doc, coded: CodedEvent[], s: number, i: number, to: number): void {
  const kind = anaphorModality(doc, i, to);
  if (!kind) return;
  let referent: CodedEvent | null = null;
  for (const e of coded) {
    if (e.trigger.end > i) break;
    if (e.sentence === s && doc.upos[e.trigger.end - 1] === NOUN) referent = e;
  }
  if (referent && referent.modality === 'asserted') referent.modality = kind;
}

/**
 * "voiced optimism about a cease-fire ..., saying it could happen within the next week": a
 * pronoun with a modal and a verb of coming about ("could happen", "may take place", "will
 * materialize") makes the last event noun before it in the sentence hypothetical (or future).
 * Only events told as asserted change; `coded` is in text order. A later sentence is not
 * searched: "agreed to a cease-fire. ... it could happen again" keeps the agreed one asserted.
 */
export function markIrrealisAnaphora(doc: Doc, coded: CodedEvent[]): void {
  const hashes = wordHashes(doc);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const from = doc.sentStart[s];
    const to = s + 1 < doc.sentenceCount ? doc.sentStart[s + 1] : doc.length;
    for (let i = from; i < to; i++) if (ANAPHOR.has(hashes[i])) markReferent(doc, coded, s, i, to);
  }
  // "a deal could happen soon": the event noun is the subject itself
  for (const e of coded) {
    const last = e.trigger.end - 1;
    if (doc.upos[last] !== NOUN || e.modality !== 'asserted') continue;
    const to = e.sentence + 1 < doc.sentenceCount ? doc.sentStart[e.sentence + 1] : doc.length;
    e.modality = anaphorModality(doc, last, to) ?? e.modality;
  }
}
