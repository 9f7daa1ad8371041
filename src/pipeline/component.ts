import type { Doc } from '../doc/doc.js';

/** One step of the pipeline: what it needs, what it adds, and the function that adds it. */
export interface Component {
  name: string;
  /** Annotations that must be present before it runs (names of earlier components' outputs). */
  requires: string[];
  /** Annotations it writes. */
  assigns: string[];
  /** Writes this component's annotations onto the doc. */
  apply(doc: Doc): void;
}
