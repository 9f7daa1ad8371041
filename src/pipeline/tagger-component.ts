import type { Doc } from '../doc/doc.js';
import { labels } from '../doc/string-store.js';
import { loadTagger, type Tagger } from '../models/tagger/tagger.js';
import type { Component } from './component.js';

/** Predicts one tag class per token of the doc, sentence by sentence (pure: the doc is not changed). */
export function predictTags(doc: Doc, tagger: Tagger): Uint16Array {
  const classes = new Uint16Array(doc.length);
  for (let s = 0; s < doc.sentenceCount; s++) {
    const from = doc.sentStart[s];
    const to = s + 1 < doc.sentenceCount ? doc.sentStart[s + 1] : doc.length;
    if (to > from) tagger.tagRanges(doc.text, doc.start, doc.end, from, to, classes);
  }
  return classes;
}

/** The part-of-speech tagger as a pipeline step: fills `doc.upos` and `doc.xpos` for every token. */
export function taggerComponent(tagger?: Tagger): Component {
  let model = tagger;
  let uposIds: Uint16Array | undefined;
  let xposIds: Uint16Array | undefined;
  return {
    name: 'tagger',
    requires: [],
    assigns: ['upos', 'xpos'],
    apply(doc: Doc): void {
      // loaded on first use, so building the pipeline stays cheap
      model ??= loadTagger();
      uposIds ??= Uint16Array.from(model.upos, (tag) => labels.intern(tag));
      xposIds ??= Uint16Array.from(model.xpos, (tag) => labels.intern(tag));
      const classes = predictTags(doc, model);
      for (let i = 0; i < doc.length; i++) {
        doc.upos[i] = uposIds[classes[i]];
        doc.xpos[i] = xposIds[classes[i]];
      }
    },
  };
}
