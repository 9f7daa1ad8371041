/**
 * `predict ner` and `eval ner` logic (silent): label the tokens of a CoNLL-2003 file, reading only
 * its first column, and write the same lines back with the predicted IOB2 tag appended.
 */
import { bilouToSpans, spansToIob2 } from '../models/ner/labels.js';
import { loadNerModel, type NerModel } from '../models/ner/ner-model.js';
import { documentText, parseConll2003, type ConllFile } from './conll2003.js';
import { NerScorer, type NerReport } from './ner-eval.js';

/** Predicted IOB2 tags for every token line of a parsed file, indexed by line (undefined elsewhere). */
export function predictConllTags(
  parsed: ConllFile,
  model: NerModel = loadNerModel(),
): (string | undefined)[] {
  const tags: (string | undefined)[] = new Array(parsed.lines.length);
  for (const document of parsed.documents) {
    const input = documentText(document);
    const labels = model.predictLabels(input);
    const iob2 = spansToIob2(bilouToSpans(labels), labels.length);
    let t = 0;
    for (const sentence of document.sentences) for (const line of sentence.lines) tags[line] = iob2[t++];
  }
  return tags;
}

/** The CoNLL-2003 text with one more column on each token line: the predicted IOB2 tag. */
export function predictNerConll(content: string, file: string, model?: NerModel): string {
  const parsed = parseConll2003(content, file);
  const tags = predictConllTags(parsed, model);
  const out: string[] = [];
  for (let i = 0; i < parsed.lines.length; i++) {
    const line = parsed.lines[i];
    const tag = tags[i];
    out.push(
      tag === undefined ? line : `${line.replace(/\s+$/, '')}${line.includes('\t') ? '\t' : ' '}${tag}`,
    );
  }
  return out.join('\n') + '\n';
}

/** Scores the model on a gold CoNLL-2003 file (last column: IOB1 or IOB2 gold tags). */
export function evaluateNerConll(content: string, file: string, model?: NerModel): NerReport {
  const parsed = parseConll2003(content, file, true);
  const tags = predictConllTags(parsed, model);
  const scorer = new NerScorer();
  for (const document of parsed.documents) {
    for (const sentence of document.sentences) {
      scorer.addTags(
        sentence.tags.map((t) => t ?? 'O'),
        sentence.lines.map((l) => tags[l] ?? 'O'),
      );
    }
  }
  return scorer.report();
}
