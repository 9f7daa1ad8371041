import type { Doc } from '../../doc/doc.js';
import { objectAfter } from './arguments.js';
import type { TokenRange } from './noun-phrase.js';
import { hashSet, wordHash, wordHashes } from './word-hash.js';

const COMMA = hashSet(',');
const AND = hashSet('and or');
const INCLUDING = hashSet('including');
const SUCH = wordHash('such');
const AS = wordHash('as');
const OPEN = wordHash('(');
const CLOSE = wordHash(')');

/**
 * The phrase widened over the members it lists: "international organizations, including the United
 * Nations, NATO and the Organisation of Islamic Cooperation (OIC)", "groups such as Hamas and
 * Fatah". The members name who the phrase stands for. Unchanged when no list follows.
 */
export function withListedMembers(doc: Doc, range: TokenRange, to: number): TokenRange {
  const hashes = wordHashes(doc);
  let k = range.end;
  if (k < to && COMMA.has(hashes[k])) k++;
  if (k < to && INCLUDING.has(hashes[k])) k++;
  else if (k + 1 < to && hashes[k] === SUCH && hashes[k + 1] === AS) k += 2;
  else return range;
  let end = -1;
  for (let guard = 0; guard < 8; guard++) {
    const member = objectAfter(doc, k, to);
    if (!member) break;
    end = member.end;
    k = end;
    // an acronym in parentheses goes with its name: "the Organisation of Islamic Cooperation (OIC)"
    if (k + 2 < to && hashes[k] === OPEN && hashes[k + 2] === CLOSE) k = end = k + 3;
    if (k < to && COMMA.has(hashes[k])) k++;
    if (k < to && AND.has(hashes[k])) k++;
    if (k === end) break;
  }
  return end > range.end ? { start: range.start, end } : range;
}
