import { makeArticle } from '../../doc/article.js';
import type { EntityJson } from '../../doc/contract.js';
import { analyse, defaultComponents } from '../../pipeline/pipeline.js';

/** The pipeline steps entities need (no extractors after them), for tests and the coref evaluation. */
const STEPS = new Set(['tagger', 'parser', 'ner', 'entities']);

/** The entities of a text, through the real tagger, recognizer and entity step. */
export function entitiesOf(text: string): EntityJson[] {
  const doc = analyse(
    makeArticle(text),
    defaultComponents().filter((c) => STEPS.has(c.name)),
  );
  return doc.layers.entities as EntityJson[];
}

/** The entity with a mention spelled `text`, or undefined. */
export function entityWith(entities: EntityJson[], text: string): EntityJson | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === text));
}

/** The mention texts of the entity that has a mention spelled `text`. */
export function mentionsOf(entities: EntityJson[], text: string): string[] {
  return entityWith(entities, text)?.mentions.map((m) => m.text) ?? [];
}
