import type { EventJson, QuoteJson, TextSpan } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { nearestTime } from '../time/time-component.js';
import type { CodedEvent } from './code-event.js';
import { markIrrealisAnaphora } from './irrealis-anaphor.js';
import { entitiesInRange, entitiesOf, placeIn } from './link-entities.js';
import { mergeEvents } from './merge-events.js';
import type { TokenRange } from './noun-phrase.js';
import { sentenceEvents } from './sentence-events.js';
import { hashSet, wordHashes } from './word-hash.js';

const DEFINITE = hashSet('the this these those that such');
const NOUN = labels.intern('NOUN');

function span(doc: Doc, range: TokenRange): TextSpan {
  const start = doc.start[range.start];
  const end = doc.end[range.end - 1];
  return { start, end, text: doc.text.slice(start, end) };
}

function quotesOf(doc: Doc): QuoteJson[] {
  const value = doc.layers.quotes;
  return Array.isArray(value) ? (value as QuoteJson[]) : [];
}

/** The quote whose content holds the character offset, or null: an event told inside it is reported. */
function quoteAround(quotes: QuoteJson[], offset: number): QuoteJson | null {
  return quotes.find((q) => q.content && q.content.start <= offset && offset < q.content.end) ?? null;
}

/** The contract form of one coded event (before merging): entity ids, time, place and attribution attached. */
function toEventJson(doc: Doc, e: CodedEvent, quotes: QuoteJson[]): EventJson {
  const entities = entitiesOf(doc);
  const actor = entitiesInRange(doc, entities, e.source);
  const target = entitiesInRange(doc, entities, e.target).filter((id) => !actor.includes(id));
  const from = doc.sentStart[e.sentence];
  const to = e.sentence + 1 < doc.sentenceCount ? doc.sentStart[e.sentence + 1] : doc.length;
  const trigger = span(doc, e.span);
  const time = nearestTime(doc, e.trigger.start);
  const sentence = doc.sentence(e.sentence);
  const timeInSentence = time && time.start >= sentence.startChar && time.end <= sentence.endChar;
  const place = placeIn(doc, entities, from, to, [...actor, ...target]);
  let quote = quoteAround(quotes, trigger.start);
  // "It has condemned what ..., halted all trade": a verb sharing the speaker's subject is the
  // speaker's own act, not part of what is said
  if (quote?.content && e.borrowed && e.source && doc.start[e.source.start] < quote.content.start)
    quote = null;
  const event: EventJson = {
    id: '',
    type: e.sense.type,
    ...(e.sense.mode ? { mode: e.sense.mode } : {}),
    ...(e.sense.context ? { context: e.sense.context } : {}),
    actor,
    target,
    trigger,
    ...(timeInSentence ? { time: time.id } : {}),
    ...(place ? { place } : {}),
    modality: quote && e.modality === 'asserted' ? 'reported' : e.modality,
    ...(quote ? { attribution: quote.id } : {}),
    sentence: e.sentence,
  };
  // what the text states: the argument phrases, kept even when no entity resolves them
  if (e.source) event.actorSpan = span(doc, e.source);
  if (e.target) event.targetSpan = span(doc, e.target);
  if (!timeInSentence && doc.article.meta.published)
    event.date = { value: doc.article.meta.published, from: 'published' };
  if (e.action) event.action = e.action;
  if (e.trigger.start > 0 && DEFINITE.has(wordHashes(doc)[e.trigger.start - 1])) event.definite = true;
  if (doc.upos[e.trigger.end - 1] === NOUN) event.nominal = true;
  return event;
}

/** Every event of a doc in contract form, mentions of one event merged, ids ev1, ev2, ... */
export function extractEvents(doc: Doc): EventJson[] {
  const quotes = quotesOf(doc);
  const coded: CodedEvent[] = [];
  for (let s = 0; s < doc.sentenceCount; s++)
    coded.push(...sentenceEvents(doc, s).sort((a, b) => a.trigger.start - b.trigger.start));
  markIrrealisAnaphora(doc, coded);
  return mergeEvents(
    coded.map((e) => toEventJson(doc, e, quotes)),
    entitiesOf(doc),
  );
}
