import type { Doc } from '../doc/doc.js';
import { labels } from '../doc/string-store.js';
import { loadParser, type Parser } from '../models/parser/parser.js';
import { SentenceCodes } from '../models/parser/sentence-codes.js';
import { ROOT_LABEL } from '../models/parser/transition-system.js';
import type { Component } from './component.js';

/** Heads (doc token indices, the root pointing at itself) and relation ids in the shared label store. */
export interface DocParse {
  head: Int32Array;
  dep: Uint16Array;
}

/**
 * Parses every sentence of the doc from its token text and XPOS tags (pure: the doc is not changed).
 * Reads the text ranges directly, so no token string is built.
 */
export function predictParse(
  doc: Doc,
  parser: Parser,
  scratch: ParseScratch = parseScratch(parser),
): DocParse {
  const head = new Int32Array(doc.length).fill(-1);
  const dep = new Uint16Array(doc.length);
  const { codes, labelIds, rootId, tagCodes } = scratch;
  for (let s = 0; s < doc.sentenceCount; s++) {
    const from = doc.sentStart[s];
    const to = s + 1 < doc.sentenceCount ? doc.sentStart[s + 1] : doc.length;
    if (to <= from) continue;
    codes.reset(to - from);
    for (let i = from; i < to; i++) {
      let tag = tagCodes.get(doc.xpos[i]);
      if (tag === undefined) {
        tag = codes.tagCode(labels.get(doc.xpos[i]));
        tagCodes.set(doc.xpos[i], tag);
      }
      codes.setRange(i - from, doc.text, doc.start[i], doc.end[i], tag);
    }
    const state = parser.run(codes);
    const n = to - from;
    for (let k = 0; k < n; k++) {
      const h = state.heads[k];
      head[from + k] = h === n ? from + k : from + h;
      dep[from + k] = state.labels[k] === ROOT_LABEL ? rootId : labelIds[state.labels[k]];
    }
  }
  return { head, dep };
}

/** What predictParse reuses from one doc to the next: the sentence codes, and label and tag ids. */
export interface ParseScratch {
  codes: SentenceCodes;
  /** The shared label store's id of each of the parser's relations. */
  labelIds: Uint16Array;
  rootId: number;
  /** Tag code by XPOS label id. */
  tagCodes: Map<number, number>;
}

/** Buffers and ids for predictParse with this parser. */
export function parseScratch(parser: Parser): ParseScratch {
  return {
    codes: new SentenceCodes(parser.clusters),
    labelIds: Uint16Array.from(parser.labels, (l) => labels.intern(l)),
    rootId: labels.intern('root'),
    tagCodes: new Map(),
  };
}

/** The dependency parser as a pipeline step: fills `doc.head` and `doc.dep` for every token. */
export function parserComponent(parser?: Parser): Component {
  let model = parser;
  let scratch: ParseScratch | undefined;
  return {
    name: 'parser',
    requires: ['xpos'],
    assigns: ['head', 'dep'],
    apply(doc: Doc): void {
      // loaded on first use, so building the pipeline stays cheap
      model ??= loadParser();
      scratch ??= parseScratch(model);
      const { head, dep } = predictParse(doc, model, scratch);
      doc.head.set(head);
      doc.dep.set(dep);
    },
  };
}
