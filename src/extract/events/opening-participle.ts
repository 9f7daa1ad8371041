import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { isActorPhrase, objectAfter } from './arguments.js';
import type { TokenRange } from './noun-phrase.js';
import { hashSet, wordHashes } from './word-hash.js';

const VBG = labels.intern('VBG');
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD'].map((t) => labels.intern(t)));
/** Words that may open a sentence before its participle clause ("In addition to", "After", "While"). */
const OPENERS = hashSet(
  'in addition to besides after before while when since by upon on instead of rather than',
);
const COMMA = hashSet(',');
/** How far the comma closing the participle clause may lie after the participle. */
const MAX_CLAUSE = 15;

/**
 * The subject of the main clause when a participle clause opens the sentence: "In addition to
 * delivering humanitarian aid, the Turkish government has sought ...", "After meeting Hamas
 * leaders, Kalın flew to Ankara": the one who delivers or meets is that subject. Null when the
 * sentence is not built that way, or the subject is not a participant (a name, a pronoun or a
 * noun for people).
 */
export function openingParticipleSubject(
  doc: Doc,
  verb: number,
  from: number,
  to: number,
): TokenRange | null {
  if (doc.xpos[verb] !== VBG) return null;
  const hashes = wordHashes(doc);
  for (let k = from; k < verb; k++) if (!OPENERS.has(hashes[k])) return null;
  for (let k = verb + 1; k < to && k <= verb + MAX_CLAUSE; k++) {
    if (FINITE.has(doc.xpos[k])) return null;
    if (!COMMA.has(hashes[k])) continue;
    const np = objectAfter(doc, k + 1, to);
    // the phrase must be followed by the main clause's verb
    if (!np || np.end >= to || !FINITE.has(doc.xpos[np.end])) return null;
    return isActorPhrase(doc, np) ? np : null;
  }
  return null;
}
