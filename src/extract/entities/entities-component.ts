import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../pipeline/component.js';
import { buildEntities, type EntityLayer } from './build-entities.js';
import { clusterEntities } from './cluster-entities.js';

/** The entities of a doc: clusters of its mentions with names, types and roles (pure: the doc is not changed). */
export function predictEntityLayer(doc: Doc): EntityLayer {
  return buildEntities(doc, clusterEntities(doc));
}

/**
 * Within-article entities as a pipeline step. Replaces the recognizer's one-entity-per-name
 * grouping in `doc.layers.entities` and adds `doc.layers.entityOfToken` (an Int32Array: for
 * token i, the index of its entity in `doc.layers.entities`, or -1).
 */
export const entitiesComponent: Component = {
  name: 'entities',
  requires: ['ent'],
  assigns: ['entities', 'entityOfToken'],
  apply(doc: Doc): void {
    const layer = predictEntityLayer(doc);
    doc.layers.entities = layer.entities;
    doc.layers.entityOfToken = layer.entityOfToken;
  },
};
