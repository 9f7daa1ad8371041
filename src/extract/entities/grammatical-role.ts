import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';

/** The grammatical role of a mention's head, as salience needs it. */
export type Role = 'subject' | 'object' | 'oblique' | 'possessor' | 'other';

/** Tags that open a clause where the next noun phrase is its subject. */
const CLAUSE_OPENERS = new Set([',', ':', ';', 'CC', 'WDT', 'WP', 'WRB', 'IN', '``', "''", '-LRB-']);
const FINITE = /^(VBD|VBZ|VBP|MD)$/;

/** True when the doc has a dependency parse (the parser ran). */
export function isParsed(doc: Doc): boolean {
  return doc.length > 0 && doc.head[0] >= 0;
}

/** The role of the head token from the dependency parse. */
function parsedRole(doc: Doc, head: number): Role {
  const dep = labels.get(doc.dep[head]);
  if (dep.startsWith('nsubj')) return 'subject';
  if (dep === 'obj' || dep === 'iobj') return 'object';
  if (dep === 'nmod:poss') return 'possessor';
  if (dep.startsWith('obl') || dep.startsWith('nmod')) return 'oblique';
  return 'other';
}

/**
 * The role of the mention over tokens [start, end) with head `head`: from the parse when the doc
 * has one, else from the words around it (a possessive ending, a preposition or verb before it, a
 * finite verb after it at the start of a clause).
 */
export function mentionRole(doc: Doc, start: number, end: number, head: number): Role {
  if (isParsed(doc)) return parsedRole(doc, head);
  const next = end < doc.length ? doc.label('xpos', end) : '';
  if (next === 'POS' || /['’]s?$/.test(doc.tokenText(end - 1)) || /^PRP\$$/.test(doc.label('xpos', head))) {
    return 'possessor';
  }
  let before = start - 1;
  const sentence = doc.sentStart[doc.sentenceOf(start)];
  // skip the noun phrase's own determiners and modifiers
  while (
    before >= sentence &&
    /^(DT|JJ|JJR|JJS|CD|PRP\$|NN|NNS|NNP|NNPS|POS|HYPH)$/.test(doc.label('xpos', before))
  ) {
    before--;
  }
  let tagBefore = before >= sentence ? doc.label('xpos', before) : '';
  // a second conjunct ("between Israel and Hamas") takes the first one's role
  if (tagBefore === 'CC' && before - 1 >= sentence && /^NNP?S?$/.test(doc.label('xpos', before - 1))) {
    before -= 2;
    while (before >= sentence && /^(DT|JJ|NN|NNS|NNP|NNPS|HYPH)$/.test(doc.label('xpos', before))) before--;
    tagBefore = before >= sentence ? doc.label('xpos', before) : '';
    if (tagBefore !== 'IN' && tagBefore !== 'TO' && !tagBefore.startsWith('VB')) return 'other';
  }
  if (tagBefore === 'IN' || tagBefore === 'TO') {
    const word = doc.tokenText(before).toLowerCase();
    if (word !== 'that' && word !== 'because' && word !== 'while' && word !== 'if') return 'oblique';
  }
  if (tagBefore.startsWith('VB')) return 'object';
  let after = end;
  while (after < doc.length && doc.label('xpos', after) === 'RB') after++;
  const tagAfter = after < doc.length ? doc.label('xpos', after) : '';
  if (
    FINITE.test(tagAfter) &&
    (before < sentence || CLAUSE_OPENERS.has(tagBefore) || CLAUSE_OPENERS.has(doc.tokenText(before)))
  ) {
    return 'subject';
  }
  if (before < sentence && tagAfter === ',') return 'subject';
  return 'other';
}
