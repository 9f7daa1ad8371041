import type { Article } from '../doc/article.js';
import { Doc } from '../doc/doc.js';
import { labels } from '../doc/string-store.js';
import type { Component } from '../pipeline/component.js';
import { defaultComponents, makeDoc } from '../pipeline/pipeline.js';

/**
 * The pipeline cut in two for two threads: tokenizing, tagging and parsing, then the rest
 * (entities, places, times, quantities, quotes, events, labels). On BBC News the two halves cost
 * about the same CPU, and each thread compiles and loads only the code and models of its half:
 * two threads that each ran the whole pipeline compiled all of it twice.
 */
export interface PipelineStages {
  first: Component[];
  rest: Component[];
}

/** The default pipeline's components, cut after the parser (everything first when it has none). */
export function pipelineStages(components: Component[] = defaultComponents()): PipelineStages {
  const cut = components.findIndex((c) => c.name === 'parser') + 1 || components.length;
  return { first: components.slice(0, cut), rest: components.slice(cut) };
}

/**
 * A Doc between the stages: its columns, and the names of the label ids they hold (ids are given
 * per thread, in the order labels are first seen, so the next thread maps them to its own).
 */
export interface DocColumns {
  article: Article;
  start: Int32Array;
  end: Int32Array;
  sentStart: Int32Array;
  upos: Uint16Array;
  xpos: Uint16Array;
  dep: Uint16Array;
  ent: Uint16Array;
  head: Int32Array;
  /** `names[id]`: the label of each id up to the largest one the columns hold. */
  names: string[];
  layers: Record<string, unknown>;
}

const LABEL_COLUMNS = ['upos', 'xpos', 'dep', 'ent'] as const;

/** Runs the first stage over an article: a Doc with its tokens, sentences, tags and parse. */
export function runFirstStage(article: Article, stages: PipelineStages): Doc {
  const doc = makeDoc(article);
  for (const component of stages.first) component.apply(doc);
  return doc;
}

/** Runs the rest of the pipeline over a Doc the first stage made. */
export function runRestStage(doc: Doc, stages: PipelineStages): Doc {
  for (const component of stages.rest) component.apply(doc);
  return doc;
}

/** What the next thread needs to go on with a Doc (its layers must be plain data). */
export function docColumns(doc: Doc): DocColumns {
  let top = 0;
  for (const column of LABEL_COLUMNS) for (const id of doc[column]) if (id > top) top = id;
  const names: string[] = [];
  for (let id = 0; id <= top; id++) names.push(labels.get(id));
  return {
    article: doc.article,
    start: doc.start,
    end: doc.end,
    sentStart: doc.sentStart,
    upos: doc.upos,
    xpos: doc.xpos,
    dep: doc.dep,
    ent: doc.ent,
    head: doc.head,
    names,
    layers: doc.layers,
  };
}

/** The Doc back in this thread, its label ids this thread's own. */
export function docFromColumns(columns: DocColumns): Doc {
  const doc = new Doc(columns.article, columns.start, columns.end, columns.sentStart);
  const ids = Uint16Array.from(columns.names, (name, id) => (id === 0 ? 0 : labels.intern(name)));
  for (const column of LABEL_COLUMNS) {
    const from = columns[column];
    const to = doc[column];
    for (let i = 0; i < from.length; i++) to[i] = ids[from[i]];
  }
  doc.head.set(columns.head);
  Object.assign(doc.layers, columns.layers);
  return doc;
}
