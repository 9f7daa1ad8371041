import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { subjectBefore } from './arguments.js';
import type { TokenRange } from './noun-phrase.js';
import { verbGroup } from './verb-group.js';
import { hashSet, wordHashes } from './word-hash.js';

const VERB = labels.intern('VERB');
const TENSED = new Set(['VBD', 'VBZ', 'VBP'].map((t) => labels.intern(t)));
const VBG = labels.intern('VBG');
const VB = labels.intern('VB');
const AND = hashSet('and');
const COORDINATOR = hashSet('and ,');
const WH = hashSet('what which who whom');
const STOP = hashSet(': ; " “ ” ‘');
/** Verbs of saying and thinking, whose complement clause has a subject of its own. */
const SAY = hashSet(
  'said says say saying added adds stated states claimed claims believe believes believed think thinks thought',
);
const RELATIVE = hashSet('who which that');

/** True when a relative word stands in tokens [from, to) ("80 people who appealed"). */
function relativeBetween(doc: Doc, from: number, to: number): boolean {
  const hashes = wordHashes(doc);
  for (let k = from; k < to; k++) if (RELATIVE.has(hashes[k])) return true;
  return false;
}

/** How far back a coordinated verb may find the verb whose subject it shares. */
const REACH = 20;

/** The subject of a verb group starting at g, and whether it was borrowed from an earlier verb. */
export interface ClauseSubject {
  subject: TokenRange | null;
  /** True when the subject belongs to an earlier verb this one is coordinated with. */
  borrowed: boolean;
}

/**
 * The nearest verb before token j that heads a clause (tensed, or after auxiliaries: "has been
 * campaigning"; a bare participle like "accusing him" is passed over), or -1. The search stays
 * within `floor`, REACH tokens and the current quotation.
 */
function verbBefore(doc: Doc, j: number, floor: number): number {
  const hashes = wordHashes(doc);
  for (let k = j; k >= floor && j - k < REACH; k--) {
    if (STOP.has(hashes[k])) return -1;
    if (doc.upos[k] !== VERB) continue;
    // a participle without auxiliaries ("profits accumulated over ...") modifies a noun
    if (TENSED.has(doc.xpos[k]) || verbGroup(doc, k, floor).start < k) return k;
  }
  return -1;
}

/**
 * The subject of the verb group starting at g. A verb coordinated with an earlier one takes that
 * verb's subject: "It has condemned what it calls genocide, halted all trade with Israel and
 * applied to join ...": "halted" and "applied" are done by "It", not by "genocide" or "Israel"
 * (the phrase before a verb that follows another verb's object is that object, and "what it
 * calls" is a relative clause whose subject is not the sentence's).
 */
export function clauseSubject(doc: Doc, verbStart: number, from: number): ClauseSubject {
  const hashes = wordHashes(doc);
  // g: the start of the verb group whose subject `subject` is taken to be
  let g = verbStart;
  let subject = subjectBefore(doc, g, from);
  let borrowed = false;
  // "..., accusing it of ...": a participle after a comma is not coordinated with the verb before;
  // "wanted the firms to surrender ... and impose": a bare infinitive goes with the infinitive
  const coordinated =
    g - 1 > from &&
    doc.xpos[g] !== VB &&
    (AND.has(hashes[g - 1]) || (COORDINATOR.has(hashes[g - 1]) && doc.xpos[g] !== VBG));
  if (!subject && coordinated) {
    // "... and applied": no phrase of its own before it
    const k = verbBefore(doc, g - 2, from);
    if (k >= 0) {
      g = verbGroup(doc, k, from).start;
      subject = subjectBefore(doc, g, from);
      borrowed = true;
    }
  }
  for (let hop = 0; subject && hop < 3; hop++) {
    const before = subject.start - 1;
    if (before < from) break;
    // not after a verb of saying ("said at least 84 people, including children, were killed"),
    // nor for the subject of a relative clause ("representing 80 people who appealed")
    if (
      doc.upos[before] === VERB &&
      subject.end < g &&
      !SAY.has(hashes[before]) &&
      !relativeBetween(doc, subject.end, g)
    ) {
      // "condemned what it calls genocide, halted all trade": the phrase is the object of the
      // verb before it, and the subject is that verb's
      g = verbGroup(doc, before, from).start;
    } else if (borrowed && WH.has(hashes[before]) && before - 1 >= from && doc.upos[before - 1] === VERB) {
      // "what it calls": the relative clause's subject; the sentence's is that of the verb before "what"
      g = verbGroup(doc, before - 1, from).start;
    } else break;
    subject = subjectBefore(doc, g, from);
    borrowed = true;
  }
  return { subject, borrowed };
}
