import type { EntityJson, EventJson } from '../../doc/contract.js';
import { makeArticle } from '../../doc/article.js';
import { isDossierError } from '../../errors/dossier-error.js';
import { makeDoc } from '../../pipeline/pipeline.js';
import { parserComponent } from '../../pipeline/parser-component.js';
import { taggerComponent } from '../../pipeline/tagger-component.js';
import { extractEvents } from './extract-events.js';

/** The tagger the events tests run, and their skip reason when its model cannot be loaded. */
export const tagger = taggerComponent();

function loads(): boolean {
  try {
    tagger.apply(makeDoc(makeArticle('Test.')));
    return true;
  } catch (error) {
    if (!isDossierError(error)) throw error;
    return false;
  }
}

/** False when the tagger loads; else the reason the tests that need it are skipped. */
export const skip: string | false = !loads() && 'tagger model absent';

const parser = parserComponent();

/**
 * The events of a tagged (and, when its model loads, parsed) text whose entities are given by hand:
 * [type, mention, mention ...], every whole-word occurrence of each mention text being a mention of
 * that entity (ids e1, e2, ...); `name` gives an id's first mention text.
 */
export function eventsWithEntities(
  text: string,
  entities: [string, ...string[]][],
): { list: EventJson[]; name: (id: string) => string } {
  const doc = makeDoc(makeArticle(text, { published: '2025-06-29' }));
  tagger.apply(doc);
  try {
    parser.apply(doc);
  } catch (error) {
    if (!isDossierError(error)) throw error;
  }
  const made: EntityJson[] = entities.map(([type, ...texts], k) => {
    const mentions: { start: number; end: number; text: string }[] = [];
    for (const t of texts)
      for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
        const before = at === 0 ? ' ' : text[at - 1];
        const after = text[at + t.length] ?? ' ';
        if (/\w/.test(before) || /\w/.test(after)) continue;
        mentions.push({ start: at, end: at + t.length, text: t });
      }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${k + 1}`, type, name: texts[0], mentions } as unknown as EntityJson;
  });
  doc.layers.entities = made;
  return { list: extractEvents(doc), name: (id) => made.find((e) => e.id === id)?.name ?? id };
}

/** False when the parser loads; else the reason the tests that need the parse are skipped. */
export const skipParse: string | false =
  skip ||
  ((): string | false => {
    try {
      parser.apply(makeDoc(makeArticle('Test.')));
      return false;
    } catch (error) {
      if (!isDossierError(error)) throw error;
      return 'parser model absent';
    }
  })();
