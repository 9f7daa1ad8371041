import type { Doc } from '../../doc/doc.js';
import type { FoundRole } from './role.js';
import { isTitleHead, isTitleModifier } from './title-phrase.js';

/**
 * A title written before a name ("U.S. President Donald Trump", "President Recep Tayyip
 * Erdoğan", "Hamas leader Ismail Haniyeh"): the title words right before the name, and the
 * place, organization or nationality before them, which is whose office it is.
 * `mentionAt[i]` is the mention over token i (-1 for none).
 */
export function prenominalRole(doc: Doc, nameStart: number, mentionAt: Int32Array): FoundRole | undefined {
  const sentence = doc.sentStart[doc.sentenceOf(nameStart)];
  let i = nameStart - 1;
  let sawHead = false;
  while (i >= sentence && mentionAt[i] < 0 && (isTitleHead(doc, i) || isTitleModifier(doc, i))) {
    if (isTitleHead(doc, i)) sawHead = true;
    i--;
  }
  if (!sawHead) return undefined;
  let start = i + 1;
  let of = -1;
  // "Türkiye’s President …": a possessive before the title
  const possessive = i >= sentence && doc.label('xpos', i) === 'POS' ? i - 1 : i;
  if (possessive >= sentence && mentionAt[possessive] >= 0) {
    of = mentionAt[possessive];
    let first = possessive;
    while (first > sentence && mentionAt[first - 1] === of) first--;
    start = first;
  }
  return { start, end: nameStart, of };
}
