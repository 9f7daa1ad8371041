/**
 * Per-document token columns that NER features read, computed once per document into reusable
 * typed arrays: hashes of the form, lower-case form, shapes and affixes; sentence position; the
 * document-wide case evidence; gazetteer matches.
 */
import { hashString } from '../hash.js';
import type { CaseLexicon } from './case-lexicon.js';
import type { FormCache } from './form-cache.js';
import { GAZ_COUNT, markGazetteers } from './gazetteers.js';
import { WordCounts } from './word-counts.js';
import { CHAR_CLASS, DIGIT, LOWER, LOWER_CASE, UPPER, hashLowerBits, hashRangeBits, shapeHashBits } from './word-shape.js';

/** The tokens of one document: offsets into `text` and the first token of each sentence. */
export interface NerInput {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  sentStarts: ArrayLike<number>;
}

/** Number of affix lengths (1..AFFIXES characters) hashed per token. */
export const AFFIXES = 4;

/** Token flags (bits of `flags`). */
export const F_SENT_START = 1;
export const F_HEADLINE = 2;
export const F_LOWER_ELSEWHERE = 4;
export const F_CAP_ELSEWHERE = 8;
export const F_CAPITALIZED = 16;
export const F_ALL_CAPS = 32;
export const F_HAS_DIGIT = 64;

/** Hash used for positions before the sentence start and after its end (Int32, as the columns). */
export const BOUNDARY_BEFORE = hashString('<s>') | 0;
export const BOUNDARY_AFTER = hashString('</s>') | 0;

/**
 * Reusable columns; `length` tokens are valid after `fill`. The 32-bit hashes (form, lower, shape,
 * shortShape, prefix, suffix) are kept as Int32, the same bits as the unsigned hashes: V8 holds
 * any Int32 as a small integer, so passing one to a hash function boxes nothing (an unsigned value
 * of 2^31 or more would be a heap number), and the feature hashes read only the bits. The case
 * lexicon is keyed by the unsigned hash (`>>> 0` before classOf).
 */
export class TokenTable {
  length = 0;
  capacity = 0;
  form = new Int32Array(0);
  lower = new Int32Array(0);
  shape = new Int32Array(0);
  shortShape = new Int32Array(0);
  /** prefix[i * AFFIXES + k]: hash of the first k+1 lower-case characters (0 when shorter). */
  prefix = new Int32Array(0);
  suffix = new Int32Array(0);
  firstChar = new Uint16Array(0);
  flags = new Uint8Array(0);
  /** Usual case of the word, from the case lexicon (see CaseClass). */
  caseClass = new Uint8Array(0);
  /** Sentence number of each token, and each sentence's [start, end) in `sentBounds` pairs. */
  sentence = new Int32Array(0);
  sentBounds: number[] = [];
  /** gaz[i * GAZ_COUNT + c]: see markGazetteers. */
  gaz = new Uint8Array(0);
  /** Entry of each token's form in the FormCache given to `fill` (-1 when none). */
  entry = new Int32Array(0);
  /**
   * documentCase's bits per word (its lower-case hash), reused from document to document; sized
   * for 2,048 words (a document's distinct words rarely reach that), so that growing, and the
   * recompiling of documentCase that its first run would cause, is rare.
   */
  private readonly seen = new WordCounts(1, 4096);

  private reserve(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2, 256);
    this.capacity = cap;
    this.form = new Int32Array(cap);
    this.lower = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.shortShape = new Int32Array(cap);
    this.prefix = new Int32Array(cap * AFFIXES);
    this.suffix = new Int32Array(cap * AFFIXES);
    this.firstChar = new Uint16Array(cap);
    this.flags = new Uint8Array(cap);
    this.caseClass = new Uint8Array(cap);
    this.sentence = new Int32Array(cap);
    this.gaz = new Uint8Array(cap * GAZ_COUNT);
    this.entry = new Int32Array(cap);
  }

  /**
   * Computes every column for a document (case classes only when a lexicon is given). With
   * `forms` (built for the same lexicon), the columns of a form met before are copied from it
   * instead of being computed again, and `entry` says where each form is kept.
   */
  fill(input: NerInput, lexicon?: CaseLexicon, forms?: FormCache): void {
    const { text, starts, ends, sentStarts } = input;
    const n = starts.length;
    this.reserve(n);
    this.length = n;
    if (forms) {
      forms.reserve(n);
      for (let i = 0; i < n; i++) this.cachedWord(text, i, starts[i], ends[i], forms);
    } else {
      for (let i = 0; i < n; i++) this.word(text, i, starts[i], ends[i]);
      for (let i = 0; i < n; i++) this.caseClass[i] = lexicon ? lexicon.classOf(this.lower[i] >>> 0) : 0;
      this.entry.fill(-1, 0, n);
    }
    this.gaz.fill(0, 0, n * GAZ_COUNT);
    this.sentBounds.length = 0;
    for (let s = 0; s < sentStarts.length; s++) {
      const from = sentStarts[s];
      const to = s + 1 < sentStarts.length ? sentStarts[s + 1] : n;
      if (to <= from) continue;
      const index = this.sentBounds.length >> 1;
      this.sentBounds.push(from, to);
      let lowerLetters = false;
      for (let i = from; i < to; i++) {
        this.sentence[i] = index;
        if (CHAR_CLASS[this.firstChar[i]] === LOWER) lowerLetters = true;
      }
      this.flags[from] |= F_SENT_START;
      if (!lowerLetters) for (let i = from; i < to; i++) this.flags[i] |= F_HEADLINE;
      markGazetteers(this.lower, this.firstChar, from, to, this.gaz);
    }
    this.documentCase(n);
  }

  /** word() and the case class of token i through the form cache (same values). */
  private cachedWord(text: string, i: number, start: number, end: number, forms: FormCache): void {
    const hash = hashRangeBits(text, start, end);
    let e = forms.find(text, start, end, hash);
    if (e < 0) {
      this.word(text, i, start, end);
      this.caseClass[i] = forms.lexicon ? forms.lexicon.classOf(this.lower[i] >>> 0) : 0;
      e = forms.add(text, start, end, hash);
      if (e >= 0) {
        forms.lower[e] = this.lower[i];
        forms.shape[e] = this.shape[i];
        forms.shortShape[e] = this.shortShape[i];
        forms.flags[e] = this.flags[i];
        forms.caseClass[e] = this.caseClass[i];
        forms.prefix.set(this.prefix.subarray(i * AFFIXES, i * AFFIXES + AFFIXES), e * AFFIXES);
        forms.suffix.set(this.suffix.subarray(i * AFFIXES, i * AFFIXES + AFFIXES), e * AFFIXES);
      }
      this.entry[i] = e;
      return;
    }
    this.entry[i] = e;
    this.form[i] = hash;
    this.lower[i] = forms.lower[e];
    this.shape[i] = forms.shape[e];
    this.shortShape[i] = forms.shortShape[e];
    this.firstChar[i] = text.charCodeAt(start);
    this.flags[i] = forms.flags[e];
    this.caseClass[i] = forms.caseClass[e];
    for (let k = 0; k < AFFIXES; k++) {
      this.prefix[i * AFFIXES + k] = forms.prefix[e * AFFIXES + k];
      this.suffix[i * AFFIXES + k] = forms.suffix[e * AFFIXES + k];
    }
  }

  private word(text: string, i: number, start: number, end: number): void {
    this.form[i] = hashRangeBits(text, start, end);
    this.lower[i] = hashLowerBits(text, start, end);
    this.shape[i] = shapeHashBits(text, start, end, false);
    this.shortShape[i] = shapeHashBits(text, start, end, true);
    this.firstChar[i] = text.charCodeAt(start);
    let h = 0x811c9dc5 | 0;
    let upper = 0;
    let lowerCount = 0;
    let digit = 0;
    for (let k = 0; k < end - start; k++) {
      const c = text.charCodeAt(start + k);
      const cls = CHAR_CLASS[c];
      if (cls === UPPER) upper++;
      else if (cls === LOWER) lowerCount++;
      else if (cls === DIGIT) digit++;
      if (k < AFFIXES) {
        h = Math.imul(h ^ LOWER_CASE[c], 0x01000193);
        this.prefix[i * AFFIXES + k] = h;
      }
    }
    const len = end - start;
    for (let k = 0; k < AFFIXES; k++) {
      if (k >= len) this.prefix[i * AFFIXES + k] = 0;
      this.suffix[i * AFFIXES + k] = k < len ? hashLowerBits(text, end - k - 1, end) : 0;
    }
    let flags = 0;
    if (CHAR_CLASS[this.firstChar[i]] === UPPER) flags |= F_CAPITALIZED;
    if (upper > 1 && lowerCount === 0) flags |= F_ALL_CAPS;
    if (digit > 0) flags |= F_HAS_DIGIT;
    this.flags[i] = flags;
  }

  /**
   * Document-wide case evidence: whether the word also occurs lower-case, or capitalized in the
   * middle of a mixed-case sentence, elsewhere in the document (what a headline or a
   * sentence-initial word cannot show by itself).
   */
  private documentCase(n: number): void {
    const seen = this.seen;
    seen.clear();
    for (let i = 0; i < n; i++) {
      const f = this.flags[i];
      let bits = 0;
      if (CHAR_CLASS[this.firstChar[i]] === LOWER) bits = F_LOWER_ELSEWHERE;
      else if (f & F_CAPITALIZED && !(f & (F_SENT_START | F_HEADLINE))) bits = F_CAP_ELSEWHERE;
      if (bits) seen.values[seen.slot(this.lower[i])] |= bits;
    }
    for (let i = 0; i < n; i++) {
      const slot = seen.find(this.lower[i]);
      if (slot >= 0) this.flags[i] |= seen.values[slot];
    }
  }
}
