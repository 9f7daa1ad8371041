import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { phraseEndingAt, type TokenRange } from './noun-phrase.js';
import { hashSet, wordHashes } from './word-hash.js';

const RELATIVE_CLAUSE = labels.intern('acl:relcl');
const OBJ = labels.intern('obj');
/** Relative words that can stand for the object of their clause's verb. */
const RELATIVE = hashSet('which that whom');

/**
 * The object a relative clause's verb acts on when the relative word stands for it: "a genocide
 * case against Israel at the World Court, which Israel rejects" rejects the case (the noun the
 * parser attaches the clause to, not the nearest one), "the deal that Iran signed". Null when the
 * relative word is the clause's subject ("the group, which attacked the town") or without a parse.
 */
export function relativeObject(doc: Doc, verb: number, from: number): TokenRange | null {
  if (doc.dep[verb] !== RELATIVE_CLAUSE) return null;
  const noun = doc.head[verb];
  if (noun < from || noun >= verb) return null;
  const hashes = wordHashes(doc);
  for (let j = noun + 1; j < verb; j++) {
    if (RELATIVE.has(hashes[j]) && doc.head[j] === verb && doc.dep[j] === OBJ)
      return phraseEndingAt(doc, noun, from);
  }
  return null;
}
