import assert from 'node:assert/strict';
import { makeArticle } from '../doc/article.js';
import type { EntityJson } from '../doc/contract.js';
import { makeDoc } from '../pipeline/pipeline.js';
import { geocodeComponent } from './geocode-component.js';

/**
 * For tests: the entities of `text` after the geocode step, for an article at `url`, from
 * hand-made entities [name, type, mention texts in order of appearance].
 */
export function geocodedAt(
  text: string,
  url: string | null,
  given: [string, string, string[]][],
): EntityJson[] {
  const doc = makeDoc(makeArticle(text, { url }));
  doc.layers.entities = given.map(([name, type, texts], k) => {
    let from = 0;
    return {
      id: `e${k + 1}`,
      name,
      type,
      roles: [],
      mentions: texts.map((t) => {
        const start = text.indexOf(t, from);
        assert.ok(start >= 0, t);
        from = start + t.length;
        return { start, end: start + t.length, text: t };
      }),
    };
  });
  doc.layers.entityOfToken = new Int32Array(doc.length).fill(-1);
  geocodeComponent.apply(doc);
  return doc.layers.entities as EntityJson[];
}
