import type { EntityJson } from '../../doc/contract.js';
import type { Fragments } from '../../eval/brat.js';

/** A speaker: the entity id, and whether the text names it there (false: resolved from context). */
export interface Speaker {
  id: string;
  stated: boolean;
}

const PERSON_WORDS =
  /^(he|she|him|his|her|the (president|senator|candidate|governor|nominee|leader|secretary|minister|chairman|chief|spokesman|spokeswoman|mayor|ambassador|official|businessman|billionaire|congressman|congresswoman|speaker|director|head))$/;
const ORG_WORDS =
  /^(it|its|they|the (government|ministry|agency|campaign|company|group|organization|party|committee|administration|department|movement|country|state|nation|state department|white house))$/;

function overlapOf(f: Fragments, start: number, end: number): number {
  let n = 0;
  for (const [a, b] of f) n += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return n;
}

/** Entity types a pronoun, title or description can refer to, or null when it is not one. */
function compatibleTypes(source: string | null): string[] | null {
  if (source === null) return ['PERSON', 'ORG', 'GPE'];
  const lower = source.toLowerCase().trim();
  if (PERSON_WORDS.test(lower)) return ['PERSON'];
  if (ORG_WORDS.test(lower)) return ['ORG', 'GPE', 'NORP'];
  return null;
}

/**
 * Resolves the speaker of an attribution against the article's entities: the entity with a
 * mention inside the source; else, for a pronoun, a title ("the president"), a description
 * ("the ministry") or a missing source, the nearest compatible entity mentioned before the cue.
 */
export function resolveSpeaker(
  entities: EntityJson[],
  source: Fragments | null,
  sourceText: string | null,
  before: number,
): Speaker | null {
  if (entities.length === 0) return null;
  if (source) {
    let best: EntityJson | null = null;
    let bestOverlap = 0;
    for (const e of entities) {
      for (const m of e.mentions) {
        const o = overlapOf(source, m.start, m.end);
        if (o > bestOverlap) {
          best = e;
          bestOverlap = o;
        }
      }
    }
    if (best) return { id: best.id, stated: true };
  }
  const types = compatibleTypes(sourceText);
  if (!types) return null;
  const title = sourceText?.toLowerCase().match(/^the (\w+)$/)?.[1];
  let best: { id: string; at: number; titled: boolean } | null = null;
  for (const e of entities) {
    if (!types.includes(e.type)) continue;
    const titled = title !== undefined && e.roles.some((r) => r.title.toLowerCase().includes(title));
    for (const m of e.mentions) {
      if (m.end > before) continue;
      if (!best || (titled && !best.titled) || (titled === best.titled && m.start > best.at)) {
        best = { id: e.id, at: m.start, titled };
      }
    }
  }
  return best ? { id: best.id, stated: false } : null;
}
