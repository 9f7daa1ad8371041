import type { EntityJson, EventJson, TextSpan, TimeJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import type { Component } from '../pipeline/component.js';
import { listOf } from './object-list.js';

/** The main story of an article as phrases with offsets (Giveme5W1H's who, what, when, where, why, how). */
export interface MainEventJson {
  event: string;
  who: TextSpan[];
  what: TextSpan[];
  when: (TextSpan & { value?: string }) | null;
  where: TextSpan | null;
  why: TextSpan | null;
  how: TextSpan[];
}

/** Pronoun mentions name nobody in a summary. */
const PRONOUN = /^(?:he|she|it|they|him|her|them|his|its|their|we|us|i|me|you)$/i;
const list = listOf;
const WHERE =
  /\b(?:at|in)\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:location|venue|site|place|city|capital|town|headquarters|summit|hotel|palace)\b/i;
// the purpose runs to the end of its clause: a stop, a comma or semicolon (not a thousands
// separator, "56,000") or a subordinator that starts a new clause ("... a cease-fire as the death toll ...")
const WHY =
  /\b(?:efforts?|aimed at|in order|to)\s+(?:to\s+)?(?:maintain|end|ensure|reach|secure|achieve|restore|stop|discuss|negotiate|resolve|broker|agree|halt|prevent|support|protect)\b(?:[^.,;]|,(?=\d))*?(?=\s+(?:as|while|when|after|before|because|since|amid|but|which|who|where)\b|[.,;](?!\d)|$)/i;

/** The sentence text of event triggers, with its start offset. */
function sentencesOf(doc: Doc, event: EventJson): { start: number; text: string }[] {
  const seen = new Set<number>();
  const out: { start: number; text: string }[] = [];
  for (const t of list<TextSpan>(event.triggers ?? [event.trigger])) {
    const s = doc.sentenceOf(doc.tokenAt(t.start));
    if (seen.has(s)) continue;
    seen.add(s);
    const span = doc.sentence(s);
    out.push({ start: span.startChar, text: doc.text.slice(span.startChar, span.endChar) });
  }
  return out;
}

function find(doc: Doc, event: EventJson, pattern: RegExp): TextSpan | null {
  for (const s of sentencesOf(doc, event)) {
    const m = pattern.exec(s.text);
    if (m) return { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] };
  }
  return null;
}

/** Whether two spans share a character. */
function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Words a sentence needs to tell anything: "Photo", "Video", "PARIS —" and "LONDON (Reuters) -" have fewer. */
const TELLING = 3;

/**
 * The last sentence of the article's opening: its first two sentences that have at least TELLING
 * words, so that a caption or a dateline written as a sentence of its own does not push the lead
 * out of it.
 */
function openingEnd(doc: Doc): number {
  let seen = 0;
  for (let s = 0; s < doc.sentenceCount; s++) {
    const span = doc.sentence(s);
    const words = doc.text.slice(span.startChar, span.endChar).match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
    if (words.length >= TELLING && ++seen === 2) return s;
  }
  return doc.sentenceCount - 1;
}

/**
 * The main event: the first asserted event with an actor in the article's opening sentences (news
 * puts the main story first), else one whose actor is unnamed but whose target the text names
 * ("At least seven people were killed"), else the event with the most mentions. Null when there
 * is none.
 */
export function mainEvent(doc: Doc): MainEventJson | null {
  const events = list<EventJson>(doc.layers.events);
  if (events.length === 0) return null;
  // a party: an entity, or a phrase the text names that is no other event's wording ("Court
  // rejects …", not "Strike threat …")
  const named = (ids: string[], phrase: TextSpan | undefined, e: EventJson): boolean =>
    ids.length > 0 || (!!phrase && !events.some((o) => o !== e && overlaps(o.trigger, phrase)));
  const acts = (e: EventJson): boolean => named(e.actor, e.actorSpan as TextSpan | undefined, e);
  const undergone = (e: EventJson): boolean => named(e.target, e.targetSpan as TextSpan | undefined, e);
  const last = openingEnd(doc);
  const opening = events.filter((e) => Number(e.sentence ?? 0) <= last);
  const withActor = opening.filter(acts);
  const main =
    withActor.find((e) => e.modality === 'asserted') ??
    withActor[0] ??
    opening.find(undergone) ??
    [...events].sort((a, b) => list(b.triggers).length - list(a.triggers).length)[0];
  const entities = list<EntityJson>(doc.layers.entities);
  const times = list<TimeJson>(doc.layers.times);
  const who: TextSpan[] = [];
  if (main.actorSpan) who.push(main.actorSpan as TextSpan);
  if (main.targetSpan) who.push(main.targetSpan as TextSpan);
  // participants that later mentions added ("Among those attending the meeting was Mohammad
  // Darwish"): their mention in a sentence of the event
  const told = sentencesOf(doc, main);
  for (const id of [...main.actor, ...main.target]) {
    const mentions = entities.find((e) => e.id === id)?.mentions ?? [];
    if (mentions.some((m) => who.some((w) => w.start <= m.start && m.end <= w.end))) continue;
    const m = mentions.find(
      (x) =>
        !PRONOUN.test(x.text) && told.some((t) => t.start <= x.start && x.end <= t.start + t.text.length),
    );
    if (m) who.push({ start: m.start, end: m.end, text: m.text });
  }
  // one phrase per wording: "met; talks; attending the meeting", not "talks" again and again
  const triggers = list<TextSpan>(main.triggers ?? [main.trigger]).filter(
    (t, k, all) => all.findIndex((u) => u.text.toLowerCase() === t.text.toLowerCase()) === k,
  );
  const time = times.find((t) => t.id === main.time);
  const place = entities.find((e) => e.id === main.place);
  return {
    event: main.id,
    who,
    what: triggers,
    when: time ? { start: time.start, end: time.end, text: time.text, value: time.value } : null,
    where:
      (main.placeSpan as TextSpan | undefined) ??
      find(doc, main, WHERE) ??
      (place ? place.mentions[0] : null),
    why: find(doc, main, WHY),
    how: triggers.slice(1),
  };
}

/** The pipeline component that fills `doc.layers.summary` (after events). */
export const mainEventComponent: Component = {
  name: 'summary',
  requires: ['events'],
  assigns: ['summary'],
  apply(doc: Doc): void {
    const main = mainEvent(doc);
    if (main) doc.layers.summary = main;
  },
};
