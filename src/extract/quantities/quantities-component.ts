import type { Component } from '../../pipeline/component.js';
import { extractQuantities } from './extract-quantities.js';
import { filledKind } from '../object-list.js';

/** The pipeline component that fills `doc.layers.quantities`; reads times (to skip dates), tags and parse when present. */
export const quantitiesComponent: Component = {
  name: 'quantities',
  requires: ['tokens'],
  assigns: ['quantities'],
  apply(doc) {
    doc.layers.quantities = filledKind(extractQuantities(doc));
  },
};
