import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { subjectBefore } from './arguments.js';
import { codedEvent, frameBefore, type CodedEvent } from './code-event.js';
import { OBLIGATION } from './cue-words.js';
import { verbGroup } from './verb-group.js';
import { wordHashes } from './word-hash.js';

const VERB = labels.intern('VERB');

/**
 * "Russia said Sudan must return the helicopter", "the Forum concluded that the US must
 * allocate ...": a speaker laying an obligation on someone else is a DEMAND, whatever the verb.
 * Events already coded over the same words are left alone.
 */
export function obligationDemands(
  doc: Doc,
  s: number,
  from: number,
  to: number,
  coded: CodedEvent[],
): CodedEvent[] {
  const hashes = wordHashes(doc);
  const out: CodedEvent[] = [];
  for (let i = from; i < to; i++) {
    if (!OBLIGATION.has(hashes[i])) continue;
    let verb = i + 1;
    while (verb < to && verb <= i + 3 && doc.upos[verb] !== VERB) verb++;
    if (verb >= to || doc.upos[verb] !== VERB) continue;
    if (coded.some((e) => e.span.start <= verb && verb < e.span.end)) continue;
    const group = verbGroup(doc, verb, from);
    const subject = subjectBefore(doc, group.start, from);
    const frame = subject ? frameBefore(doc, subject.start, from) : null;
    if (!subject || !frame?.subject) continue;
    out.push(
      codedEvent(
        { type: 'DEMAND', mode: undefined, context: undefined },
        undefined,
        { start: i, end: verb + 1 },
        { start: frame.verb, end: verb + 1 },
        frame.subject,
        subject,
        'demanded',
        s,
        frame.verb - from,
        false,
        [],
      ),
    );
  }
  return out;
}
