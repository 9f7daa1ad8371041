/**
 * CoNLL-2003 files: one token per line (token first, gold NER tag last, other columns ignored),
 * a blank line between sentences, `-DOCSTART-` lines between documents. The parse keeps every
 * line's position so that `predict ner` can write the same lines back with a column added.
 */
import { DossierError } from '../errors/dossier-error.js';

/** One sentence: its tokens, their last-column tags (null without one), and their line indices. */
export interface ConllSentence {
  tokens: string[];
  tags: (string | null)[];
  lines: number[];
}

/** One document: the sentences between two `-DOCSTART-` lines (or the whole file without any). */
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** A parsed file: its lines (without line ends) and its documents. */
export interface ConllFile {
  lines: string[];
  documents: ConllDocument[];
}

const TAG = /^(?:O|[BIES]-[A-Z]+|[BILU]-[A-Z]+)$/;

/** True for a `-DOCSTART-` line. */
export function isDocStart(line: string): boolean {
  return line.startsWith('-DOCSTART-');
}

/**
 * Parses CoNLL-2003 text. With `requireTags`, every token line must end in an IOB tag (the gold
 * column of `eval`); otherwise only the first column is read. Token lines must all have the same
 * number of columns; a violation is CONLL_MALFORMED naming the file and line.
 */
export function parseConll2003(content: string, file: string, requireTags = false): ConllFile {
  const lines = content.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const documents: ConllDocument[] = [];
  let document: ConllDocument | null = null;
  let sentence: ConllSentence | null = null;
  let columns = -1;
  const endSentence = () => {
    if (sentence && sentence.tokens.length > 0) {
      if (!document) documents.push((document = { sentences: [] }));
      document.sentences.push(sentence);
    }
    sentence = null;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const trimmed = line.trim();
    if (trimmed === '') {
      endSentence();
      continue;
    }
    if (isDocStart(trimmed)) {
      endSentence();
      documents.push((document = { sentences: [] }));
      continue;
    }
    const fields = trimmed.split(/\s+/);
    if (columns < 0) columns = fields.length;
    else if (fields.length !== columns) {
      throw new DossierError('CONLL_MALFORMED', 'a token line has a different number of columns', {
        file,
        line: index + 1,
        expected: `${columns} columns, as on the first token line`,
        found: `${fields.length}: "${trimmed.slice(0, 80)}"`,
      });
    }
    let tag: string | null = fields.length > 1 ? fields[fields.length - 1] : null;
    if (requireTags && (tag === null || !TAG.test(tag))) {
      throw new DossierError('CONLL_MALFORMED', 'a token line does not end in an IOB tag', {
        file,
        line: index + 1,
        expected: 'token ... TAG, with TAG such as O, B-PER or I-LOC',
        found: `"${trimmed.slice(0, 80)}"`,
      });
    }
    if (tag !== null && !TAG.test(tag)) tag = null;
    sentence ??= { tokens: [], tags: [], lines: [] };
    sentence.tokens.push(fields[0]);
    sentence.tags.push(tag);
    sentence.lines.push(index);
  }
  endSentence();
  return { lines, documents: documents.filter((d) => d.sentences.length > 0) };
}

/** A document as one text (tokens joined by spaces) with token offsets and sentence starts. */
export function documentText(document: ConllDocument): {
  text: string;
  starts: number[];
  ends: number[];
  sentStarts: number[];
} {
  const starts: number[] = [];
  const ends: number[] = [];
  const sentStarts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const sentence of document.sentences) {
    sentStarts.push(starts.length);
    for (const token of sentence.tokens) {
      starts.push(at);
      ends.push(at + token.length);
      parts.push(token);
      at += token.length + 1;
    }
  }
  return { text: parts.join(' '), starts, ends, sentStarts };
}
