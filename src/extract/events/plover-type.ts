import type { TriggerSense } from './trigger-lexicon.js';
import type { WrapperKind } from './wrappers.js';

/** PLOVER types of cooperation: announcing one of these as an intention codes AGREE. */
const COOPERATIVE = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);

/** What the clause around a trigger says about it, as far as the type is concerned. */
export interface TypeCues {
  wrapper: WrapperKind | null;
  negated: boolean;
  /** "will", or "would" in reported speech: an announced intention. */
  intended: boolean;
  /** "must"/"should" laid on someone else by the speaker of a frame ("Russia said Sudan must ..."). */
  obliged: boolean;
}

/**
 * The PLOVER coding of an action under its wrappers (PLOVER codes the speech act): refusing it is
 * REJECT, threatening it THREATEN, demanding it DEMAND, promising cooperation AGREE and promising
 * conflict THREATEN. Returns the sense unchanged when nothing wraps it.
 */
export function ploverSense(action: TriggerSense, cues: TypeCues): TriggerSense {
  const cooperative = COOPERATIVE.has(action.type);
  const keep = (type: string): TriggerSense =>
    type === action.type ? action : { type, context: action.context };
  if (cues.wrapper === 'refuse') return keep('REJECT');
  if (cues.wrapper === 'threat') return keep('THREATEN');
  if (cues.wrapper === 'demand' || cues.obliged) return keep('DEMAND');
  if (cues.wrapper === 'intent' || cues.intended) {
    if (cues.negated && cooperative) return keep('REJECT');
    if (action.type === 'DEMAND') return action;
    return keep(cooperative ? 'AGREE' : 'THREATEN');
  }
  return action;
}
