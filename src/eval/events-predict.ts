import { makeArticle } from '../doc/article.js';
import type { Doc } from '../doc/doc.js';
import { isDossierError } from '../errors/dossier-error.js';
import { mainEventOf } from '../extract/events/sentence-events.js';
import { rangeText } from '../extract/events/noun-phrase.js';
import { defaultComponents, makeDoc } from '../pipeline/pipeline.js';
import type { PloverEvent } from './events-eval.js';

/** The input side of a PLOVER record. */
export interface PloverInput {
  id: string;
  text: string;
  date?: string;
}

/** Components that the sentence-level coder does not read. */
const NOT_NEEDED = new Set(['quotes', 'events', 'labels', 'quantities', 'summary']);

/**
 * The NLP core over one text: every default component the coder reads, in order; one whose
 * model is not built yet (MODEL_INVALID) is left out and the coder falls back on what remains.
 */
function analyseForEvents(input: PloverInput): Doc {
  const doc = makeDoc(makeArticle(input.text, input.date ? { published: input.date } : {}));
  for (const component of defaultComponents()) {
    if (NOT_NEEDED.has(component.name)) continue;
    try {
      component.apply(doc);
    } catch (error) {
      if (!isDossierError(error) || error.code !== 'MODEL_INVALID') throw error;
    }
  }
  return doc;
}

/**
 * Codes each record as PLOVER's gold standard does: one event per record, the sentence's main
 * event (the most central trigger after wrapping verbs are folded in), actors as text.
 */
export function predictPlover(inputs: PloverInput[]): { id: string; events: PloverEvent[] }[] {
  return inputs.map((input) => {
    const doc = analyseForEvents(input);
    const event = mainEventOf(doc);
    if (!event) return { id: input.id, events: [] };
    return {
      id: input.id,
      events: [
        {
          type: event.sense.type,
          ...(event.sense.mode ? { mode: event.sense.mode } : {}),
          source: event.source ? rangeText(doc, event.source) : '',
          target: event.target ? rangeText(doc, event.target) : '',
        },
      ],
    };
  });
}
