import { makeArticle } from '../src/doc/article.js';
import type { Component } from '../src/pipeline/component.js';
import { defaultComponents, makeDoc } from '../src/pipeline/pipeline.js';
import { tagTimes } from '../src/extract/time/tag-times.js';

/**
 * One benchmarked stage. `prepare` builds what the stage needs (loading its models happens on
 * the first call of the returned function, which the benchmark makes before timing) and returns
 * the function that processes one article and returns a checksum (so no work is skipped).
 */
export interface BenchStage {
  name: string;
  prepare(): (text: string) => number;
}

/** A stage that tokenizes and splits an article, then applies the named default components in order. */
function pipelineStage(name: string, pick: (component: Component) => boolean): BenchStage {
  return {
    name,
    prepare() {
      const components = defaultComponents().filter(pick);
      return (text) => {
        const doc = makeDoc(makeArticle(text, { published: '2025-01-01' }));
        for (const component of components) component.apply(doc);
        return doc.length + doc.sentenceCount;
      };
    },
  };
}

const upTo = (names: string[]) => (component: Component) => names.includes(component.name);

/**
 * The stages `npm run bench` measures, in order; each is cumulative (it runs everything the
 * pipeline stages above it run). '+ NER' is the NLP core; the last is the whole `dossier extract`.
 */
export const STAGES: BenchStage[] = [
  // The time tagger alone, on the raw text (word cues for tense, no tokenizer): its own speed target.
  { name: 'times', prepare: () => (text) => tagTimes(text, { published: '2025-01-01' }).length },
  pipelineStage('tokenize + split', upTo([])),
  pipelineStage('+ tagger', upTo(['tagger'])),
  pipelineStage('+ parser', upTo(['tagger', 'parser'])),
  pipelineStage('+ NER (NLP core)', upTo(['tagger', 'parser', 'ner'])),
  pipelineStage('full pipeline', () => true),
];
