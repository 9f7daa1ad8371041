import type { EventJson } from '../../doc/contract.js';

/** True when event b can be a later mention of event a: same type, and b adds no conflicting actors. */
function sameEvent(a: EventJson, b: EventJson): boolean {
  if (a.type !== b.type) return false;
  // "the meeting" refers back to the last meeting told of, whoever it names
  if (b.definite === true) return true;
  const overlap = (x: string[], y: string[]) =>
    x.length === 0 || y.length === 0 || x.some((id) => y.includes(id));
  if (!overlap(a.actor, b.actor) || !overlap(a.target, b.target)) return false;
  // any other mention needs a shared actor or target
  const shared = a.actor.some((id) => b.actor.includes(id)) || a.target.some((id) => b.target.includes(id));
  return shared;
}

/**
 * Merges the mentions of one event within an article ("met ... The talks ... the meeting") into
 * the first mention: triggers are listed in `triggers`, actors and targets united, and the first
 * time and place kept. Events of different modality are never merged (a demanded cease-fire is
 * not the cease-fire).
 */
export function mergeEvents(events: EventJson[]): EventJson[] {
  const out: EventJson[] = [];
  for (const event of events) {
    const into = [...out].reverse().find((e) => e.modality === event.modality && sameEvent(e, event));
    if (!into) {
      out.push({ ...event, triggers: [event.trigger] });
      continue;
    }
    (into.triggers as EventJson['trigger'][]).push(event.trigger);
    for (const id of event.actor) if (!into.actor.includes(id)) into.actor.push(id);
    for (const id of event.target) if (!into.target.includes(id)) into.target.push(id);
    into.time ??= event.time;
    into.place ??= event.place;
    into.actorSpan ??= event.actorSpan;
    into.targetSpan ??= event.targetSpan;
  }
  for (const e of out) delete e.definite;
  return out.map((e, k) => ({ ...e, id: `ev${k + 1}` }));
}
