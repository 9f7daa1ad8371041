import type { QuoteJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../pipeline/component.js';
import { extractQuotes } from './extract-quotes.js';

/** Pure prediction: the quotes of a Doc (uses tags, parse and entities when earlier components set them). */
export function predictQuotes(doc: Doc): QuoteJson[] {
  return extractQuotes(doc);
}

/** The pipeline component that fills `doc.layers.quotes`. */
export const quotesComponent: Component = {
  name: 'quotes',
  requires: [],
  assigns: ['quotes'],
  apply(doc: Doc): void {
    doc.layers.quotes = predictQuotes(doc);
  },
};
