import type { TokenJson } from '../doc/contract.js';
import { ByteReader, ByteWriter } from './byte-buffer.js';

/**
 * Tokens as extraction format 2 stored them (schema 4-5; read when such a store is migrated,
 * written only by tests: the store now writes `tokenColumns`): binary columns of varints, which
 * compress several times better than one JSON object per token. Layout, in order:
 *   n                     token count
 *   labels                JSON `{c: [[pos, tag], ...], d: [dep, ...]}`: the article's tag
 *                         pairs and relations, in order of first use (null: not given)
 *   gap × n               start minus the previous token's end
 *   len × n               end minus start
 *   class × n             0: neither pos nor tag given; k: the pair c[k - 1]
 *   head × n              0: no head given; 1: sentence root (null); k: head − own index
 *                         zigzag-coded (0, −1, 1, −2 … → 0, 1, 2, 3 …) plus 2
 *   dep × n               0: not given; k: d[k - 1]
 * Columns are laid out one after another so that a compressor sees runs of like values.
 */
export function packTokens(tokens: TokenJson[], out: ByteWriter): void {
  const pairs = new Map<string, number>();
  const deps = new Map<string, number>();
  const c: [string | null, string | null][] = [];
  const d: string[] = [];
  const classes = tokens.map((t) => {
    if (t.pos === undefined && t.tag === undefined) return 0;
    const pair: [string | null, string | null] = [t.pos ?? null, t.tag ?? null];
    const key = JSON.stringify(pair);
    let k = pairs.get(key);
    if (k === undefined) {
      c.push(pair);
      pairs.set(key, (k = c.length));
    }
    return k;
  });
  const relations = tokens.map((t) => {
    if (t.dep === undefined) return 0;
    let k = deps.get(t.dep);
    if (k === undefined) {
      d.push(t.dep);
      deps.set(t.dep, (k = d.length));
    }
    return k;
  });
  out.uint(tokens.length);
  out.string(JSON.stringify({ c, d }));
  let end = 0;
  for (const t of tokens) {
    out.uint(t.start - end);
    end = t.start;
    out.uint(t.end - t.start);
    end = t.end;
  }
  for (const k of classes) out.uint(k);
  tokens.forEach((t, i) => {
    if (t.head === undefined) out.uint(0);
    else if (t.head === null) out.uint(1);
    else {
      const delta = t.head - i;
      out.uint((delta >= 0 ? delta * 2 : -delta * 2 - 1) + 2);
    }
  });
  for (const k of relations) out.uint(k);
}

/** Reads tokens written by `packTokens` (the exact objects it was given). */
export function unpackTokens(input: ByteReader): TokenJson[] {
  const n = input.uint();
  const { c, d } = JSON.parse(input.string()) as { c: [string | null, string | null][]; d: string[] };
  const tokens: TokenJson[] = [];
  let end = 0;
  for (let i = 0; i < n; i++) {
    const start = end + input.uint();
    end = start + input.uint();
    tokens.push({ start, end });
  }
  for (const t of tokens) {
    const k = input.uint();
    if (k === 0) continue;
    const [pos, tag] = c[k - 1];
    if (pos !== null) t.pos = pos;
    if (tag !== null) t.tag = tag;
  }
  tokens.forEach((t, i) => {
    const k = input.uint();
    if (k === 1) t.head = null;
    else if (k > 1) {
      const z = k - 2;
      t.head = i + (z % 2 === 0 ? z / 2 : -(z + 1) / 2);
    }
  });
  for (const t of tokens) {
    const k = input.uint();
    if (k > 0) t.dep = d[k - 1];
  }
  return tokens;
}

/** Moves past tokens written by `packTokens` without building them (five varints a token). */
export function skipTokens(input: ByteReader): void {
  const n = input.uint();
  input.block();
  for (let i = 0; i < 5 * n; i++) input.uint();
}

/**
 * The tag pairs and relations that format 3 numbers without listing them per article (the UD /
 * Penn labels the shipped models give, most frequent first). Part of the stored format: append
 * only, never reorder.
 */
const KNOWN_PAIRS: [string, string][] = [
  ['NOUN', 'NN'],
  ['ADP', 'IN'],
  ['PROPN', 'NNP'],
  ['DET', 'DT'],
  ['ADJ', 'JJ'],
  ['NOUN', 'NNS'],
  ['PUNCT', '.'],
  ['PUNCT', ','],
  ['PRON', 'PRP'],
  ['ADV', 'RB'],
  ['VERB', 'VB'],
  ['CCONJ', 'CC'],
  ['NUM', 'CD'],
  ['VERB', 'VBN'],
  ['VERB', 'VBD'],
  ['VERB', 'VBG'],
  ['PART', 'TO'],
  ['SCONJ', 'IN'],
  ['AUX', 'VBZ'],
  ['AUX', 'MD'],
  ['PUNCT', '``'],
  ['AUX', 'VBD'],
  ['PUNCT', "''"],
  ['PRON', 'PRP$'],
  ['VERB', 'VBZ'],
  ['AUX', 'VBP'],
  ['PART', 'POS'],
  ['PUNCT', 'HYPH'],
  ['VERB', 'VBP'],
  ['AUX', 'VB'],
  ['PART', 'RB'],
  ['PRON', 'WDT'],
  ['ADP', 'RP'],
  ['ADJ', 'JJR'],
  ['PRON', 'WP'],
  ['ADJ', 'NNP'],
  ['PROPN', 'NNPS'],
  ['ADV', 'WRB'],
  ['ADJ', 'JJS'],
  ['SYM', '$'],
  ['AUX', 'VBN'],
  ['PRON', 'DT'],
  ['PUNCT', '-RRB-'],
  ['PUNCT', '-LRB-'],
  ['SYM', 'NN'],
  ['PUNCT', ':'],
  ['ADV', 'RBR'],
  ['PRON', 'EX'],
  ['PRON', 'NN'],
  ['AUX', 'VBG'],
  ['SYM', 'SYM'],
  ['DET', 'PDT'],
  ['ADV', 'RBS'],
  ['INTJ', 'UH'],
  ['PUNCT', 'NFP'],
  ['DET', 'WDT'],
  ['PRON', 'WP$'],
  ['SYM', ','],
  ['PROPN', 'ADD'],
  ['X', 'AFX'],
  ['X', 'GW'],
  ['NOUN', 'FW'],
  ['NUM', 'LS'],
  ['NOUN', 'AFX'],
  ['X', 'FW'],
  ['X', 'VB'],
];
const KNOWN_DEPS = [
  'punct',
  'case',
  'det',
  'nsubj',
  'amod',
  'compound',
  'obj',
  'root',
  'nmod',
  'obl',
  'advmod',
  'mark',
  'aux',
  'conj',
  'cc',
  'nmod:poss',
  'ccomp',
  'cop',
  'flat',
  'advcl',
  'xcomp',
  'nummod',
  'acl',
  'aux:pass',
  'nsubj:pass',
  'acl:relcl',
  'appos',
  'parataxis',
  'fixed',
  'compound:prt',
  'obl:unmarked',
  'nmod:desc',
  'obl:agent',
  'expl',
  'nmod:unmarked',
  'iobj',
  'csubj',
  'list',
  'nsubj:outer',
  'det:predet',
  'advcl:relcl',
  'goeswith',
  'cc:preconj',
  'discourse',
  'vocative',
  'reparandum',
  'dep',
  'orphan',
  'dislocated',
];

/**
 * Tokens as two varint streams (format 3), each compressed on its own:
 *   positions   per token: the gap and the length, each as the difference (zigzag-coded) from
 *               what the text predicts: the gap skips the white space after the previous token,
 *               the length is a run of letters and digits or one other character (most are 0)
 *   labels      per token: class, dep and head, coded as in `packTokens` (class and dep numbered
 *               by the known lists, then by the article's own `labels`); side by side, so that
 *               a compressor sees each relation after its tag and each head after its relation
 */
export interface TokenColumns {
  n: number;
  /**
   * JSON `{c, d}`: the tag pairs and relations of this article that are not known (class and
   * dep codes past the known ones index them, in order of first use).
   */
  labels: string;
  /** The positions and labels streams. */
  columns: Uint8Array[];
}

const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;

/** White space (`\s`), with ASCII decided without a regular expression. */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]);
}

/** A letter or digit (one UTF-16 unit), with ASCII decided without a regular expression. */
function isWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD.test(text[i]);
}

/** Where the text predicts the next token to start: past the white space from `from`. */
function predictStart(text: string, from: number): number {
  let p = from;
  while (p < text.length && isSpace(text, p)) p++;
  return p;
}

/** Where the text predicts a token starting at `start` to end: a run of letters and digits, or one character. */
function predictEnd(text: string, start: number): number {
  if (start >= text.length || !isWord(text, start)) return start + 1;
  let p = start + 1;
  while (p < text.length && isWord(text, p)) p++;
  return p;
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/**
 * A label dictionary: the known labels, then the ones an article adds. A label is a pair of parts
 * (a relation is the pair [dep, null]), looked up part by part: no key string made per token.
 */
class Codes<T> {
  private readonly codes = new Map<string | null, Map<string | null, number>>();
  readonly added: T[] = [];

  constructor(
    private readonly known: T[],
    private readonly parts: (label: T) => [string | null, string | null],
  ) {
    known.forEach((label, i) => this.set(label, i + 1));
  }

  private set(label: T, k: number): void {
    const [a, b] = this.parts(label);
    let inner = this.codes.get(a);
    if (!inner) this.codes.set(a, (inner = new Map()));
    inner.set(b, k);
  }

  code(label: T): number {
    const [a, b] = this.parts(label);
    let k = this.codes.get(a)?.get(b);
    if (k === undefined) {
      this.added.push(label);
      this.set(label, (k = this.known.length + this.added.length));
    }
    return k;
  }
}

const pairParts = (label: [string | null, string | null]) => label;
const depParts = (label: string): [string | null, string | null] => [label, null];

/** Writes tokens as the streams of `TokenColumns`, given the text they are tokens of. */
export function tokenColumns(tokens: TokenJson[], text: string): TokenColumns {
  const pairs = new Codes<[string | null, string | null]>(KNOWN_PAIRS, pairParts);
  const deps = new Codes<string>(KNOWN_DEPS, depParts);
  const positions = new ByteWriter();
  const labels = new ByteWriter();
  let end = 0;
  tokens.forEach((t, i) => {
    positions.uint(zigzag(t.start - predictStart(text, end)));
    positions.uint(zigzag(t.end - predictEnd(text, t.start)));
    end = t.end;
    labels.uint(t.pos === undefined && t.tag === undefined ? 0 : pairs.code([t.pos ?? null, t.tag ?? null]));
    labels.uint(t.dep === undefined ? 0 : deps.code(t.dep));
    if (t.head === undefined) labels.uint(0);
    else if (t.head === null) labels.uint(1);
    else labels.uint(zigzag(t.head - i) + 2);
  });
  return {
    n: tokens.length,
    labels: JSON.stringify({ c: pairs.added, d: deps.added }),
    columns: [positions.finish(), labels.finish()],
  };
}

/** The tokens that `tokenColumns` wrote (the exact objects it was given). */
export function tokensFromColumns({ n, labels, columns }: TokenColumns, text: string): TokenJson[] {
  const added = JSON.parse(labels) as { c: [string | null, string | null][]; d: string[] };
  const pairs: [string | null, string | null][] = [...KNOWN_PAIRS, ...added.c];
  const deps = [...KNOWN_DEPS, ...added.d];
  const positions = new ByteReader(columns[0]);
  const codes = new ByteReader(columns[1]);
  const tokens: TokenJson[] = new Array(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const start = predictStart(text, end) + unzigzag(positions.uint());
    end = predictEnd(text, start) + unzigzag(positions.uint());
    const t: TokenJson = { start, end };
    const k = codes.uint();
    if (k > 0) {
      const [pos, tag] = pairs[k - 1];
      if (pos !== null) t.pos = pos;
      if (tag !== null) t.tag = tag;
    }
    const d = codes.uint();
    const h = codes.uint();
    // the contract's key order: head before dep
    if (h === 1) t.head = null;
    else if (h > 1) t.head = i + unzigzag(h - 2);
    if (d > 0) t.dep = deps[d - 1];
    tokens[i] = t;
  }
  return tokens;
}

/** The tokens' offsets alone from the positions stream of `tokenColumns` (no labels, no objects). */
export function tokenBounds(
  n: number,
  positions: Uint8Array,
  text: string,
): { starts: number[]; ends: number[] } {
  const input = new ByteReader(positions);
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const start = predictStart(text, end) + unzigzag(input.uint());
    end = predictEnd(text, start) + unzigzag(input.uint());
    starts[i] = start;
    ends[i] = end;
  }
  return { starts, ends };
}
