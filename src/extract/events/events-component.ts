import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../pipeline/component.js';
import { extractEvents } from './extract-events.js';
import { filledKind } from '../object-list.js';

/** The pipeline component that fills `doc.layers.events` (reads tags, entities, times and quotes when present). */
export const eventsComponent: Component = {
  name: 'events',
  requires: ['upos'],
  assigns: ['events'],
  apply(doc: Doc): void {
    doc.layers.events = filledKind(extractEvents(doc));
  },
};
