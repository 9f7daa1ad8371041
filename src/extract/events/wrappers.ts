import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { BE, DEMAND, INTENT, READY, REFUSE, THREAT, TRANSPARENT } from './cue-words.js';
import { phraseEndingAt, type TokenRange } from './noun-phrase.js';
import { verbGroup, type VerbGroup } from './verb-group.js';
import { wordHash, wordHashes } from './word-hash.js';

/** How a wrapping verb bears on the event in its complement. */
export type WrapperKind = 'intent' | 'refuse' | 'threat' | 'demand' | 'transparent';

/** One verb of the chain from the event up to the outermost wrapper ("has threatened to ban"). */
export interface ChainLink {
  verb: number;
  group: VerbGroup;
  kind: WrapperKind | null;
  /** The person told to act in "urged Israel to ease ...". */
  addressee?: TokenRange;
}

const VERB = labels.intern('VERB');
const ADJ = labels.intern('ADJ');
const TO = wordHash('to');

function kindOf(h: number): WrapperKind | null {
  if (REFUSE.has(h)) return 'refuse';
  if (THREAT.has(h)) return 'threat';
  if (DEMAND.has(h)) return 'demand';
  if (INTENT.has(h)) return 'intent';
  if (TRANSPARENT.has(h)) return 'transparent';
  return null;
}

/** The event verb and the verbs that wrap it through "to" complements, innermost first. */
export function wrapperChain(doc: Doc, verb: number, floor: number): ChainLink[] {
  const hashes = wordHashes(doc);
  const chain: ChainLink[] = [{ verb, group: verbGroup(doc, verb, floor), kind: null }];
  for (let depth = 0; depth < 3; depth++) {
    const inner = chain[chain.length - 1];
    const to = inner.group.start - 1;
    if (to - 1 < floor || hashes[to] !== TO) break;
    const q = to - 1;
    if (doc.upos[q] === VERB && kindOf(hashes[q])) {
      chain.push({ verb: q, group: verbGroup(doc, q, floor), kind: kindOf(hashes[q]) });
      continue;
    }
    // "is willing to withdraw": a readiness adjective after "be" reads as intent
    if (doc.upos[q] === ADJ && READY.has(hashes[q]) && q - 1 >= floor && BE.has(hashes[q - 1])) {
      chain.push({ verb: q, group: verbGroup(doc, q, floor), kind: 'intent' });
      continue;
    }
    // "urged Israel to ease", "ordered former president Carlos Menem to appear"
    const addressee = phraseEndingAt(doc, q, floor);
    const v = addressee ? addressee.start - 1 : -1;
    if (addressee && v >= floor && doc.upos[v] === VERB && DEMAND.has(hashes[v])) {
      chain.push({ verb: v, group: verbGroup(doc, v, floor), kind: 'demand', addressee });
      continue;
    }
    break;
  }
  return chain;
}

/** The kind of the outermost wrapper that is not transparent, or null. */
export function governingKind(chain: ChainLink[]): WrapperKind | null {
  for (let k = chain.length - 1; k > 0; k--)
    if (chain[k].kind && chain[k].kind !== 'transparent') return chain[k].kind;
  return null;
}
