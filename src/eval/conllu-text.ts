import { DossierError } from '../errors/dossier-error.js';
import type { ConlluSentence } from './conllu.js';

/**
 * A document rebuilt from the `# text` lines of a CoNLL-U file, with the gold word and sentence
 * spans as offsets into `text` (end exclusive).
 *
 * The reconstruction: a document runs from one `# newdoc` to the next (the whole file when there
 * is none); inside it, the sentences of a paragraph (`# newpar`) are joined by one space and
 * paragraphs by a blank line. Nothing else is added, so a sentence boundary inside a paragraph
 * must be found from the text alone, as in running prose; a blank line is a paragraph break in
 * any article, so a splitter may rely on it.
 */
export interface GoldDocument {
  text: string;
  /** Gold word spans (a multiword token's words get the sub-spans of its surface form). */
  wordStarts: number[];
  wordEnds: number[];
  /** Gold sentence spans: first word's start, last word's end. */
  sentenceStarts: number[];
  sentenceEnds: number[];
  paragraphs: number;
}

/**
 * The spans of a sentence's words within its `# text`. Surface tokens are matched character by
 * character, ignoring whitespace; a multiword token's words ("don't" = "do" + "n't") take
 * consecutive sub-spans when their forms spell the surface form, otherwise the first word takes
 * the whole span and the others an empty one (which no tokenizer can match).
 */
export function wordSpans(sentence: ConlluSentence, file = '<conllu>'): { starts: number[]; ends: number[] } {
  const text = sentence.text ?? '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  let t = 0; // next multiword token
  for (let w = 0; w < sentence.words.length;) {
    const token = sentence.tokens[t];
    const multi = token !== undefined && token.first === w + 1;
    const form = multi ? token.form : sentence.words[w].form;
    let start = -1;
    for (const ch of form) {
      if (/\s/.test(ch)) continue;
      while (pos < text.length && /\s/.test(text[pos])) pos++;
      if (!text.startsWith(ch, pos)) {
        throw new DossierError(
          'CONLL_MALFORMED',
          `the words do not spell the sentence's # text at "${form}"`,
          {
            file,
            line: sentence.line,
            expected: JSON.stringify(text.slice(pos, pos + 20)),
            found: JSON.stringify(form),
          },
        );
      }
      if (start < 0) start = pos;
      pos += ch.length;
    }
    if (!multi) {
      starts.push(start);
      ends.push(pos);
      w++;
      continue;
    }
    const parts = sentence.words.slice(token.first - 1, token.last);
    const spells = parts.map((p) => p.form).join('') === token.form && pos - start === token.form.length;
    let at = start;
    parts.forEach((part, k) => {
      if (spells) {
        starts.push(at);
        ends.push((at += part.form.length));
      } else {
        starts.push(k === 0 ? start : pos);
        ends.push(pos);
      }
    });
    w = token.last;
    t++;
  }
  return { starts, ends };
}

/** Rebuilds the documents of a CoNLL-U file (see GoldDocument for how). */
export function rebuildDocuments(sentences: ConlluSentence[], file = '<conllu>'): GoldDocument[] {
  const documents: GoldDocument[] = [];
  let doc: GoldDocument | undefined;
  let parts: string[] = [];
  let length = 0;
  for (const sentence of sentences) {
    if (sentence.text === undefined) {
      throw new DossierError('CONLL_MALFORMED', 'a sentence without a "# text" comment', {
        file,
        line: sentence.line,
        expected: '"# text = …" before the word lines',
      });
    }
    if (!doc || sentence.newdoc) {
      if (doc) doc.text = parts.join('');
      doc = { text: '', wordStarts: [], wordEnds: [], sentenceStarts: [], sentenceEnds: [], paragraphs: 1 };
      documents.push(doc);
      parts = [];
      length = 0;
    } else {
      const sep = sentence.newpar ? '\n\n' : ' ';
      if (sentence.newpar) doc.paragraphs++;
      parts.push(sep);
      length += sep.length;
    }
    const spans = wordSpans(sentence, file);
    for (let k = 0; k < spans.starts.length; k++) {
      doc.wordStarts.push(length + spans.starts[k]);
      doc.wordEnds.push(length + spans.ends[k]);
    }
    doc.sentenceStarts.push(length + spans.starts[0]);
    doc.sentenceEnds.push(length + spans.ends[spans.ends.length - 1]);
    parts.push(sentence.text);
    length += sentence.text.length;
  }
  if (doc) doc.text = parts.join('');
  return documents;
}
