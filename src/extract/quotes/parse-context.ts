import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';

/** Bits of `ParseContext.children`: which dependents a token has (the frame of a reporting verb). */
export const enum ChildBit {
  Subject = 1,
  PassiveSubject = 2,
  Complement = 4,
  OpenComplement = 8,
  Parataxis = 16,
  Object = 32,
  Oblique = 64,
  Adverbial = 128,
  /** A clausal complement introduced by "that". */
  That = 256,
  /** A "by" agent or an "according to"-style case marker below. */
  Case = 512,
}

/** Per-token facts from the dependency parse that attribution features read (all zero when unparsed). */
export interface ParseContext {
  /** ChildBit mask of each token's dependents. */
  children: Uint16Array;
  /** 1 when a quoted token lies in the subtree of the token's clausal (ccomp/parataxis/xcomp) dependent. */
  quotedBelow: Uint8Array;
}

const BITS: Record<string, number> = {
  nsubj: ChildBit.Subject,
  'nsubj:pass': ChildBit.PassiveSubject,
  csubj: ChildBit.Subject,
  ccomp: ChildBit.Complement,
  xcomp: ChildBit.OpenComplement,
  parataxis: ChildBit.Parataxis,
  obj: ChildBit.Object,
  iobj: ChildBit.Object,
  obl: ChildBit.Oblique,
  'obl:agent': ChildBit.Oblique,
  advcl: ChildBit.Adverbial,
  case: ChildBit.Case,
};

const CLAUSAL = ChildBit.Complement | ChildBit.Parataxis | ChildBit.OpenComplement;

/** The ChildBit of each relation label id (0 for the others), from BITS once per process. */
let bitsById: Uint16Array | null = null;
let markId = 0;

function relationBits(): Uint16Array {
  if (!bitsById) {
    const ids = Object.entries(BITS).map(([name, bit]) => [labels.intern(name), bit]);
    bitsById = new Uint16Array(Math.max(...ids.map(([id]) => id)) + 1);
    for (const [id, bit] of ids) bitsById[id] = bit;
    markId = labels.intern('mark');
  }
  return bitsById;
}

/** Reads the parse of a Doc into ParseContext arrays; `inside` marks quoted tokens. */
export function parseContext(doc: Doc, inside: Uint8Array): ParseContext {
  const n = doc.length;
  const children = new Uint16Array(n);
  const quotedBelow = new Uint8Array(n);
  const bits = relationBits();
  // a label interned after BITS is none of them
  const bitOf = (id: number): number => (id < bits.length ? bits[id] : 0);
  const mark = markId;
  const text = doc.text;
  for (let i = 0; i < n; i++) {
    const h = doc.head[i];
    if (h < 0 || h === i) continue;
    const bit = bitOf(doc.dep[i]);
    children[h] |= bit;
    // "that" marking a complement clause: the clause's head sits under the reporting verb
    if (
      doc.dep[i] === mark &&
      doc.end[i] - doc.start[i] === 4 &&
      text.slice(doc.start[i], doc.end[i]).toLowerCase() === 'that'
    ) {
      const g = doc.head[h];
      if (g >= 0 && g !== h && (bitOf(doc.dep[h]) & CLAUSAL) !== 0) children[g] |= ChildBit.That;
    }
  }
  // A quoted token marks every clausal ancestor's governor (a few steps up at most).
  for (let i = 0; i < n; i++) {
    if (!inside[i]) continue;
    let j = i;
    for (let steps = 0; steps < 12; steps++) {
      const h = doc.head[j];
      if (h < 0 || h === j) break;
      if ((bitOf(doc.dep[j]) & CLAUSAL) !== 0) quotedBelow[h] = 1;
      j = h;
    }
  }
  return { children, quotedBelow };
}
