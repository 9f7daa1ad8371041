import type { Doc } from '../../doc/doc.js';
import { codeEvent, type CodedEvent } from './code-event.js';
import { findTriggers } from './find-triggers.js';
import { obligationDemands } from './obligation-demand.js';

/** The events coded in sentence s, most central first (wrapping verbs are folded into the events they wrap). */
export function sentenceEvents(doc: Doc, s: number): CodedEvent[] {
  const from = doc.sentStart[s];
  const to = s + 1 < doc.sentenceCount ? doc.sentStart[s + 1] : doc.length;
  const events: CodedEvent[] = [];
  const mentions = findTriggers(doc, from, to);
  const verbTriggers = new Set(mentions.filter((m) => m.entry.pos === 'v').map((m) => m.head));
  for (const mention of mentions) {
    const event = codeEvent(doc, mention, s, from, to, verbTriggers);
    if (event) events.push(event);
  }
  events.push(...obligationDemands(doc, s, from, to, events));
  const consumed = new Set(events.flatMap((e) => e.consumed));
  return events.filter((e) => !consumed.has(e.trigger.start)).sort((a, b) => a.rank - b.rank);
}

/** The most central event of the whole doc (a one-sentence record's main event), or null. */
export function mainEventOf(doc: Doc): CodedEvent | null {
  let best: CodedEvent | null = null;
  for (let s = 0; s < doc.sentenceCount; s++) {
    const first = sentenceEvents(doc, s)[0];
    // a later sentence of the same record competes with a penalty
    if (first && (!best || first.rank + 50 * s < best.rank)) best = first;
  }
  return best;
}
