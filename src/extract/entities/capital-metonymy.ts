import type { Doc } from '../../doc/doc.js';
import { mentionRole } from './grammatical-role.js';
import type { Mention } from './mention.js';

/** Prepositions that make a capital a place ("in Ankara", "to Washington"), not a government. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'to',
  'from',
  'at',
  'near',
  'outside',
  'into',
  'around',
  'across',
  'via',
]);

/**
 * True when a capital's name stands for its country's government ("Ankara has made its
 * criticism", "Washington's position"): it is the subject of a verb or a possessor, and no place
 * preposition comes before it.
 */
export function isGovernmentMetonym(doc: Doc, mention: Mention): boolean {
  if (mention.start > 0 && PLACE_PREPOSITIONS.has(doc.tokenText(mention.start - 1).toLowerCase()))
    return false;
  const role = mentionRole(doc, mention.start, mention.end, mention.head);
  return role === 'subject' || role === 'possessor';
}
