import type {
  EntityJson,
  EventJson,
  QuantityJson,
  QuoteJson,
  TextSpan,
  TimeJson,
} from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { nearestTime } from '../time/time-component.js';
import type { CodedEvent } from './code-event.js';
import { markIrrealisAnaphora } from './irrealis-anaphor.js';
import { entitiesInRange, entitiesOf, placeOf, widenToMention } from './link-entities.js';
import { mergeEvents } from './merge-events.js';
import { isNominal, type TokenRange } from './noun-phrase.js';
import { sentenceEvents } from './sentence-events.js';
import { hashSet, wordHashes } from './word-hash.js';
import { listOf, mapList, objectList } from '../object-list.js';

const DEFINITE = hashSet('the this these those that such');
const POSSESSIVE = hashSet("'s ’s ' ’");
/** Nouns that may stand between a town and an attack noun ("the Madrid rail bombing"). */
const ATTACK_MODIFIERS = hashSet(
  'terror terrorist rail train bomb suicide truck car knife gun chemical gas missile rocket air hostage',
);
const ADJ = labels.intern('ADJ');
const PROPN = labels.intern('PROPN');
/** Events placed by a town named before their noun: told as background, they set no scene for the next sentence. */
const placedByModifier = new WeakSet<EventJson>();
const NOUN = labels.intern('NOUN');

function span(doc: Doc, range: TokenRange): TextSpan {
  const start = doc.start[range.start];
  const end = doc.end[range.end - 1];
  return { start, end, text: doc.text.slice(start, end) };
}

function quotesOf(doc: Doc): QuoteJson[] {
  return listOf<QuoteJson>(doc.layers.quotes);
}

/** The quote whose content holds the character offset, or null: an event told inside it is reported. */
function quoteAround(quotes: QuoteJson[], offset: number): QuoteJson | null {
  return quotes.find((q) => q.content && q.content.start <= offset && offset < q.content.end) ?? null;
}

/** Types whose acts strike the place they are aimed at: an attack on Gaza or a blockade of it happens in Gaza. */
const STRIKES_PLACE = new Set(['ASSAULT', 'COERCE']);
const PLACE_TYPES = new Set(['GPE', 'LOC']);

/**
 * The place an attack or a coercion strikes: a GPE/LOC target named by the head of the target
 * phrase or by one of its coordinated names ("attacks on Gaza", "on Guildford and Woolwich"), with
 * its mention; not a place that only modifies a noun ("jailed Norfolk farmer Tony Martin").
 */
function struckPlace(
  doc: Doc,
  entities: EntityJson[],
  target: string[],
  range: TokenRange | null,
): { id: string; start: number; end: number; text: string } | null {
  if (!range) return null;
  const lo = doc.start[range.start];
  const hi = doc.end[range.end - 1];
  for (const id of target) {
    const entity = entities.find((x) => x.id === id);
    if (!entity || !PLACE_TYPES.has(entity.type)) continue;
    for (const m of entity.mentions) {
      if (m.start < lo || m.end > hi) continue;
      const next = doc.tokenAt(m.end - 1) + 1;
      if (next < range.end && isNominal(doc, next)) continue;
      return { id, start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) };
    }
  }
  return null;
}

/** A town or a region, never a state acting: geocoded as a populated place or a region, or a LOC. */
function townOrRegion(entity: EntityJson | undefined): boolean {
  if (!entity) return false;
  if (entity.type === 'LOC') return true;
  const featureClass = entity.geo?.featureClass;
  return entity.type === 'GPE' && (featureClass === 'P' || featureClass === 'L');
}

/**
 * "the Paris attacks", "the Orlando attacks", "the Brussels assault": a town or region named
 * before an attack or coercion noun (no possessive) is where it happened, not who did it
 * ("Israeli strikes", "Moscow's airstrikes" and a country keep their actor). Returns the place's
 * id and mention, or null.
 */
function placeBeforeNoun(
  doc: Doc,
  e: CodedEvent,
  entities: EntityJson[],
  actor: string[],
  source: TokenRange | null,
): { id: string; start: number; end: number; text: string } | null {
  if (!source || actor.length !== 1 || !STRIKES_PLACE.has(e.sense.type)) return null;
  if (doc.upos[e.trigger.end - 1] !== NOUN || source.end > e.trigger.start) return null;
  const hashes = wordHashes(doc);
  // the place and the noun in one phrase: only adjectives and words of the attack between them
  // ("the Paris terror attacks"; not "Bangkok film festival battles", "Liverpool's clash")
  for (let i = source.end - 1; i < e.trigger.start; i++) {
    if (i < source.end) {
      if (POSSESSIVE.has(hashes[i])) return null;
      continue;
    }
    if (doc.upos[i] !== ADJ && doc.upos[i] !== PROPN && !ATTACK_MODIFIERS.has(hashes[i])) return null;
  }
  const entity = entities.find((x) => x.id === actor[0]);
  if (!townOrRegion(entity)) return null;
  const lo = doc.start[source.start];
  const hi = doc.end[source.end - 1];
  // the place heads the phrase: "the Paris", not "The Glasgow forward's"
  const m = entity!.mentions.find((x) => x.start >= lo && x.end === hi);
  return m ? { id: actor[0], start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) } : null;
}

/**
 * An argument range, unless a time or an amount is all it holds: no actor or target ("the
 * September 11 attacks" is no attack by "September"; "shares shot up 6.2 euros").
 */
function notATime(doc: Doc, range: TokenRange | null): TokenRange | null {
  if (!range) return range;
  const from = doc.start[range.start];
  const to = doc.end[range.end - 1];
  const covers = (x: { start: number; end: number }) => x.start <= from && to <= x.end;
  if (listOf<TimeJson>(doc.layers.times).some(covers)) return null;
  const amounts = listOf<QuantityJson>(doc.layers.quantities).filter(
    (q) => q.kind === 'money' || q.kind === 'percent',
  );
  return amounts.some(covers) ? null : range;
}

/**
 * The contract form of one coded event (before merging): entity ids, time, place and attribution
 * attached. `others` are the first tokens of the other triggers of its sentence.
 */
function toEventJson(doc: Doc, e: CodedEvent, quotes: QuoteJson[], others: number[]): EventJson {
  const entities = entitiesOf(doc);
  let source = notATime(doc, widenToMention(doc, entities, e.source));
  const targetRange = notATime(doc, widenToMention(doc, entities, e.target));
  let actor = entitiesInRange(doc, entities, source);
  const town = placeBeforeNoun(doc, e, entities, actor, source);
  if (town) {
    source = null;
    actor = [];
  }
  const target = entitiesInRange(doc, entities, targetRange).filter((id) => !actor.includes(id));
  const from = doc.sentStart[e.sentence];
  const to = e.sentence + 1 < doc.sentenceCount ? doc.sentStart[e.sentence + 1] : doc.length;
  const trigger = span(doc, e.span);
  const time = nearestTime(doc, e.trigger.start);
  const sentence = doc.sentence(e.sentence);
  const timeInSentence = time && time.start >= sentence.startChar && time.end <= sentence.endChar;
  const found = placeOf(doc, entities, from, to, [...actor, ...target], e.trigger, others);
  // "Israel's attacks on the Palestinian enclave": an attack on a place happens there
  const struck = STRIKES_PLACE.has(e.sense.type) ? struckPlace(doc, entities, target, targetRange) : null;
  const place = found ? found.id : (struck?.id ?? town?.id);
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
  if (source) event.actorSpan = span(doc, source);
  if (targetRange) event.targetSpan = span(doc, targetRange);
  // where, as the text says it, also when no entity names it ("at an undisclosed location")
  if (found) event.placeSpan = span(doc, found.range);
  else if (struck) event.placeSpan = { start: struck.start, end: struck.end, text: struck.text };
  else if (town) event.placeSpan = { start: town.start, end: town.end, text: town.text };
  if (town && !found && !struck) placedByModifier.add(event);
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
  const events = mapList(coded, (e) =>
    toEventJson(
      doc,
      e,
      quotes,
      mapList(
        coded.filter((o) => o !== e && o.sentence === e.sentence),
        (o) => o.trigger.start,
      ),
    ),
  );
  targetsOfCoordinatedActs(coded, events);
  targetsOfReversals(events);
  recipientsOfAid(events, entitiesOf(doc));
  placesOfContinuedActs(events);
  return mergeEvents(events, entitiesOf(doc));
}

/** Types of a stance taken against someone, whose object may name an act rather than its doer. */
const STANCE_TYPES = new Set(['ACCUSE']);

/**
 * "It has condemned what it calls genocide, halted all trade with Israel and applied to join a case
 * against Israel": a condemnation whose object names no party, followed by verbs that share its
 * subject and all strike one same party, is aimed at that party. Nothing changes when the later
 * acts strike different parties or none.
 */
function targetsOfCoordinatedActs(coded: CodedEvent[], events: EventJson[]): void {
  coded.forEach((c, k) => {
    const event = events[k];
    if (!STANCE_TYPES.has(event.type) || event.target.length > 0 || event.nominal || !c.source) return;
    const src = c.source;
    const later = coded
      .map((o, n) => ({ o, n }))
      .filter(
        ({ o }) =>
          o.sentence === c.sentence &&
          o.borrowed === true &&
          o.trigger.start > c.trigger.start &&
          o.source?.start === src.start &&
          o.source.end === src.end,
      );
    if (later.length === 0) return;
    const targets = later.map(({ n }) => events[n].target.join(' '));
    if (targets[0] === '' || targets.some((t) => t !== targets[0])) return;
    event.target = [...events[later[0].n].target];
  });
}

/** Restrictions that a later easing by the same actor undoes. */
const RESTRICTIONS = new Set(['COERCE', 'SANCTION']);

/**
 * "Israel also stopped all food entering Gaza ... It has since allowed a resumption of some food
 * deliveries": an easing (RETREAT) naming no target, told at most two sentences after a restriction
 * by the same actor, eases that restriction: it takes its target, and its place when it has none.
 */
function targetsOfReversals(events: EventJson[]): void {
  events.forEach((event, k) => {
    if (event.type !== 'RETREAT' || event.target.length > 0 || event.actor.length === 0) return;
    for (let j = k - 1; j >= 0; j--) {
      const earlier = events[j];
      if (Number(event.sentence) - Number(earlier.sentence) > 2) break;
      if (!RESTRICTIONS.has(earlier.type) || earlier.target.length === 0) continue;
      if (!event.actor.every((id) => earlier.actor.includes(id))) continue;
      event.target = [...earlier.target];
      if (!event.place && !event.placeSpan && earlier.place) {
        event.place = earlier.place;
        if (earlier.placeSpan) event.placeSpan = earlier.placeSpan;
      }
      return;
    }
  });
}

/**
 * "... ensure the passage of aid to Gaza ... In addition to delivering humanitarian aid, the
 * Turkish government ...": an aid event naming no recipient goes where the article's last aid with
 * a place for recipient went. Only a place is carried over (a person or group given aid once is no
 * standing recipient), only from an earlier aid event, and only to aid with a known giver ('trying
 * to get aid' is no delivery).
 */
function recipientsOfAid(events: EventJson[], entities: EntityJson[]): void {
  const isPlace = (id: string) => PLACE_TYPES.has(entities.find((e) => e.id === id)?.type ?? '');
  let recipient = objectList<string>();
  for (const event of events) {
    if (event.type !== 'AID') continue;
    if (event.target.length > 0) {
      if (event.target.every(isPlace)) recipient = [...event.target];
      continue;
    }
    if (recipient.length > 0 && event.actor.length > 0 && !recipient.some((id) => event.actor.includes(id))) {
      event.target = [...recipient];
      event.targetFrom = 'context';
    }
  }
}

/** Acts done on the ground, which happen somewhere: they go on where the story just was. */
const GROUND_TYPES = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST']);

/**
 * "... It has since allowed a resumption of some food deliveries [in Gaza] ... Witnesses have
 * reported Palestinians being killed by Israeli troops": an act on the ground that names no place,
 * told in the sentence after an event placed somewhere (or in the same sentence), happens there,
 * unless events placed elsewhere come between. The place is marked as read from the context.
 */
function placesOfContinuedActs(events: EventJson[]): void {
  events.forEach((event, k) => {
    if (!GROUND_TYPES.has(event.type) || event.place || event.placeSpan) return;
    for (let j = k - 1; j >= 0; j--) {
      const earlier = events[j];
      if (Number(event.sentence) - Number(earlier.sentence) > 1) return;
      if (earlier.placeFrom) continue;
      // "It came eight months after the Paris attacks": a past attack named by its town sets no scene
      if (placedByModifier.has(earlier)) return;
      if (!earlier.place) {
        if (earlier.placeSpan) return; // placed somewhere no entity names
        continue;
      }
      event.place = earlier.place;
      if (earlier.placeSpan) event.placeSpan = earlier.placeSpan;
      event.placeFrom = 'context';
      return;
    }
  });
}
