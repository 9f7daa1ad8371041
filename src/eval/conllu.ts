import { DossierError } from '../errors/dossier-error.js';
import { readDataFile } from '../read/decode-text.js';

/** One syntactic word of a CoNLL-U sentence (a line whose ID is an integer). */
export interface ConlluWord {
  /** 1-based index in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** Head word id, 0 for the root, -1 when the column is "_" (unparsed input). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multiword token (a line whose ID is a range, "1-2"): one surface token over words first..last. */
export interface ConlluToken {
  first: number;
  last: number;
  form: string;
  misc: string;
}

/** One sentence of a CoNLL-U file. Empty nodes ("8.1") are skipped. */
export interface ConlluSentence {
  /** Every comment line, without the leading "# ". */
  comments: string[];
  /** The `# text = …` value, or undefined when absent. */
  text: string | undefined;
  /** The `# sent_id = …` value, or undefined. */
  sentId: string | undefined;
  /** True when a `# newdoc` comment opens this sentence. */
  newdoc: boolean;
  /** True when a `# newpar` comment opens this sentence (a new document also opens one). */
  newpar: boolean;
  words: ConlluWord[];
  /** Multiword tokens only, in order. */
  tokens: ConlluToken[];
  /** 1-based line number of the sentence's first line (for messages). */
  line: number;
}

function malformed(file: string, line: number, message: string, found: string): DossierError {
  return new DossierError('CONLL_MALFORMED', message, {
    file,
    line,
    expected:
      '10 tab-separated CoNLL-U columns with ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC',
    found: JSON.stringify(found.length > 80 ? found.slice(0, 80) + '…' : found),
  });
}

function emptySentence(line: number): ConlluSentence {
  return {
    comments: [],
    text: undefined,
    sentId: undefined,
    newdoc: false,
    newpar: false,
    words: [],
    tokens: [],
    line,
  };
}

function readComment(sentence: ConlluSentence, comment: string): void {
  sentence.comments.push(comment);
  const eq = comment.indexOf('=');
  const key = (eq < 0 ? comment : comment.slice(0, eq)).trim();
  const value = eq < 0 ? '' : comment.slice(eq + 1).trim();
  if (key === 'text') sentence.text = value;
  else if (key === 'sent_id') sentence.sentId = value;
  else if (key === 'newdoc' || key.startsWith('newdoc ')) sentence.newdoc = sentence.newpar = true;
  else if (key === 'newpar' || key.startsWith('newpar ')) sentence.newpar = true;
}

const INTEGER = /^[0-9]+$/;

/** Checks what only a whole sentence shows: it has words, heads and ranges point inside it. */
function finish(sentence: ConlluSentence, file: string): ConlluSentence {
  const n = sentence.words.length;
  if (n === 0) throw malformed(file, sentence.line, 'a sentence without words', sentence.comments.join(' '));
  for (const word of sentence.words) {
    if (word.head > n) {
      throw malformed(
        file,
        sentence.line,
        `word ${word.id} has HEAD ${word.head} beyond the last word ${n}`,
        word.form,
      );
    }
  }
  for (const token of sentence.tokens) {
    if (token.last > n)
      throw malformed(
        file,
        sentence.line,
        `multiword token ${token.first}-${token.last} beyond the last word`,
        token.form,
      );
  }
  return sentence;
}

/** Parses CoNLL-U text; `file` names the source in errors (CONLL_MALFORMED, with the line number). */
export function parseConllu(source: string, file = '<conllu>'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  const lines = source.split(/\r?\n/);
  let current: ConlluSentence | undefined;
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k];
    const lineNo = k + 1;
    if (raw.trim() === '') {
      if (current) sentences.push(finish(current, file));
      current = undefined;
      continue;
    }
    current ??= emptySentence(lineNo);
    if (raw.startsWith('#')) {
      if (current.words.length > 0 || current.tokens.length > 0) {
        throw malformed(file, lineNo, 'a comment inside a sentence', raw);
      }
      readComment(current, raw.replace(/^#\s?/, ''));
      continue;
    }
    const cols = raw.split('\t');
    if (cols.length !== 10) throw malformed(file, lineNo, `a line with ${cols.length} columns`, raw);
    const id = cols[0];
    if (id.includes('.')) {
      if (!/^[0-9]+\.[0-9]+$/.test(id)) throw malformed(file, lineNo, `a bad empty-node id "${id}"`, raw);
      continue; // empty nodes belong to enhanced graphs, not to the text
    }
    const dash = id.indexOf('-');
    if (dash >= 0) {
      const first = id.slice(0, dash);
      const last = id.slice(dash + 1);
      if (!INTEGER.test(first) || !INTEGER.test(last) || Number(last) <= Number(first)) {
        throw malformed(file, lineNo, `a bad multiword-token range "${id}"`, raw);
      }
      if (Number(first) !== current.words.length + 1) {
        throw malformed(file, lineNo, `a multiword-token range "${id}" out of order`, raw);
      }
      current.tokens.push({ first: Number(first), last: Number(last), form: cols[1], misc: cols[9] });
      continue;
    }
    if (!INTEGER.test(id) || Number(id) !== current.words.length + 1) {
      throw malformed(file, lineNo, `word id "${id}" where ${current.words.length + 1} was due`, raw);
    }
    const head = cols[6] === '_' ? -1 : INTEGER.test(cols[6]) ? Number(cols[6]) : NaN;
    if (Number.isNaN(head)) throw malformed(file, lineNo, `a bad HEAD "${cols[6]}"`, raw);
    current.words.push({
      id: Number(id),
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head,
      deprel: cols[7],
      deps: cols[8],
      misc: cols[9],
    });
  }
  if (current) sentences.push(finish(current, file));
  return sentences;
}

/** Reads and parses a CoNLL-U file (FILE_NOT_FOUND when it is missing, CONLL_MALFORMED when bad). */
export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readDataFile(path, 'CoNLL-U file'), path);
}
