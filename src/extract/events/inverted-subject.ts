import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { isActorPhrase, objectAfter } from './arguments.js';
import { BE } from './cue-words.js';
import type { TokenRange } from './noun-phrase.js';
import { hashSet, wordHashes } from './word-hash.js';

const VBG = labels.intern('VBG');
const VBN = labels.intern('VBN');
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD'].map((t) => labels.intern(t)));
/** Words that front a participle phrase before an inverted copula ("Among those attending ... was X"). */
const FRONTING = hashSet('among including also');
/** How far the copula may lie after the participle. */
const MAX_GAP = 12;

/** True when no finite verb lies in tokens [from, to). */
function noFinite(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (FINITE.has(doc.xpos[j])) return false;
  return true;
}

/**
 * The subject that follows the copula when a participle phrase is fronted: "Among those attending
 * the meeting was Mohammad Darwish", "Attending the talks were the foreign ministers", "Among those
 * killed was a journalist". With an active participle (-ing) it is who acts; with a passive one
 * (-ed) who is acted on. Null when the sentence is not built that way.
 */
export function invertedSubject(doc: Doc, verb: number, from: number, to: number): TokenRange | null {
  const x = doc.xpos[verb];
  if (x !== VBG && x !== VBN) return null;
  const hashes = wordHashes(doc);
  let lead = from;
  while (lead < verb && FRONTING.has(hashes[lead])) lead++;
  // the participle phrase opens the sentence, after "Among ..." or nothing
  if (lead === from && verb !== from) return null;
  if (!noFinite(doc, from, verb)) return null;
  for (let k = verb + 1; k < to && k <= verb + MAX_GAP; k++) {
    if (BE.has(hashes[k]) && FINITE.has(doc.xpos[k])) {
      // "Among the issues discussed were trade and security": topics, not participants
      const np = objectAfter(doc, k + 1, to);
      return np && isActorPhrase(doc, np) ? np : null;
    }
    if (FINITE.has(doc.xpos[k])) return null;
  }
  return null;
}
