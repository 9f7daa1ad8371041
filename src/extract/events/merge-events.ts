import type { EntityJson, EventJson } from '../../doc/contract.js';
import { mapList } from '../object-list.js';

/** How many sentences after an event's latest mention a bare mention ("talks were held") may refer back to it. */
const BARE_REACH = 2;

/** A mention that names no participant at all ("talks were held at an undisclosed location"). */
function isBare(e: EventJson): boolean {
  return e.actor.length === 0 && e.target.length === 0 && !e.actorSpan && !e.targetSpan;
}

/** The last word of a trigger, lower-cased ("The talks" → "talks"). */
const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1).toLowerCase();

/** True when b's trigger word is among a's ("talks ... talks were held"). */
function sameWord(a: EventJson, b: EventJson): boolean {
  const word = lastWord(b.trigger.text);
  return ((a.triggers as EventJson['trigger'][] | undefined) ?? [a.trigger]).some(
    (t) => lastWord(t.text) === word,
  );
}

/** True when event b can be a later mention of event a (whose latest mention is in sentence `latest`). */
function sameEvent(a: EventJson, b: EventJson, latest: number): boolean {
  // "condemned" and "applied to join a genocide case" are two ACCUSE events (disapprove, allege)
  if (a.type !== b.type || (a.mode && b.mode && a.mode !== b.mode)) return false;
  // "the meeting" refers back to the last meeting told of, whoever it names; so do "talks were
  // held" and other event nouns naming nobody, soon after
  // and a headline's bare "Talks" is the event the body then tells with its participants
  const anaphoric =
    b.definite === true ||
    (b.nominal === true &&
      Number(b.sentence) - latest <= BARE_REACH &&
      (isBare(b) || (isBare(a) && a.nominal === true)) &&
      sameWord(a, b));
  // a source's report of an event the outlet asserted is a mention of it ("met ... Security
  // sources said talks concentrated on ..."); otherwise modalities must agree: a demanded
  // cease-fire is not the cease-fire, and a reported claim never becomes an asserted one
  if (a.modality !== b.modality)
    return anaphoric && b.nominal === true && a.modality === 'asserted' && b.modality === 'reported';
  if (anaphoric) return true;
  // told apart by their participants alone, a coded mode must agree: easing food deliveries to
  // Gaza is not the cease-fire in Gaza
  if ((a.mode ?? '') !== (b.mode ?? '')) return false;
  const overlap = (x: string[], y: string[]) =>
    x.length === 0 || y.length === 0 || x.some((id) => y.includes(id));
  if (!overlap(a.actor, b.actor) || !overlap(a.target, b.target)) return false;
  // any other mention needs a shared actor or target
  return a.actor.some((id) => b.actor.includes(id)) || a.target.some((id) => b.target.includes(id));
}

/**
 * Adds a later mention's participants to the merged event. A newcomer joins the side of the
 * organisation their role belongs to ("Mohammad Darwish, head of Hamas' political council"
 * attending a meeting with Hamas joins Hamas's side); otherwise the side the mention gives.
 */
function addParticipants(into: EventJson, event: EventJson, entities: EntityJson[]): void {
  const sideOf = (id: string): string[] | null => {
    const of = entities.find((e) => e.id === id)?.roles?.map((r) => r.of) ?? [];
    if (of.some((o) => o && into.target.includes(o))) return into.target;
    if (of.some((o) => o && into.actor.includes(o))) return into.actor;
    return null;
  };
  for (const [ids, side] of [
    [event.actor, into.actor],
    [event.target, into.target],
  ] as const) {
    for (const id of ids) {
      if (into.actor.includes(id) || into.target.includes(id)) continue;
      (sideOf(id) ?? side).push(id);
    }
  }
}

/**
 * Merges the mentions of one event within an article ("met ... The talks ... the meeting") into
 * the first mention: triggers are listed in `triggers`, actors and targets united, and the first
 * time and place kept. An event noun naming nobody ("talks were held") joins the latest event of
 * its type told with the same word at most two sentences before.
 */
export function mergeEvents(events: EventJson[], entities: EntityJson[] = []): EventJson[] {
  const out: EventJson[] = [];
  // latest[k]: the sentence of out[k]'s latest mention
  const latest: number[] = [];
  for (const event of events) {
    let at = out.length - 1;
    while (at >= 0 && !sameEvent(out[at], event, latest[at])) at--;
    const into = at >= 0 ? out[at] : undefined;
    if (!into) {
      // own copies: merging later mentions must not change the events passed in
      const first = {
        ...event,
        actor: [...event.actor],
        target: [...event.target],
        triggers: [event.trigger],
      };
      out.push(first);
      latest.push(Number(event.sentence));
      continue;
    }
    (into.triggers as EventJson['trigger'][]).push(event.trigger);
    latest[at] = Number(event.sentence);
    addParticipants(into, event, entities);
    into.time ??= event.time;
    // a named place wins over a described one; the phrase goes with the place it says
    if (event.placeSpan && (!into.placeSpan || (event.place && !into.place))) {
      into.place = event.place;
      into.placeSpan = event.placeSpan;
      if (!into.place) delete into.place;
    } else into.place ??= event.place;
    into.actorSpan ??= event.actorSpan;
    into.targetSpan ??= event.targetSpan;
  }
  for (const e of out) {
    delete e.definite;
    delete e.nominal;
  }
  return mapList(out, (e, k) => ({ ...e, id: `ev${k + 1}` }));
}
