import type { TextSpan } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';

/** Words that end a counted noun phrase (determiners, prepositions, verbs of being, conjunctions, pronouns). */
const STOP = new Set(
  (
    'the a an of in on at to from for with by and or but as than that which who whom whose this these those it its ' +
    'they them their he she his her we our you your i is are was were be been being has have had do does did will ' +
    'would could should may might can must not no since until while when where after before during over under ' +
    'into about per each more less most least so such also all both some any other only just than then there here ' +
    'said says say according up out off down'
  ).split(' '),
);
/** Plurals without an -s and nouns that stand for a group: the counted phrase ends with them. */
const GROUP_NOUNS = new Set(
  'people children men women police personnel troops cattle staff livestock'.split(' '),
);
const WORD = /\s+(?:of\s+(?:the\s+|these\s+|those\s+)?)?([\p{L}][\p{L}\p{N}'’-]*)/uy;
const NEXT_WORD = /\s+([\p{L}][\p{L}\p{N}'’-]*)/uy;
/** A subject that names a count ("the death toll ... exceeded 56,000", "the number of refugees reached ..."). */
const TALLY_BEFORE =
  /((?:\p{L}+\s+)?(?:toll|tally|figure)|number\s+of\s+\p{L}+|total\s+of\s+\p{L}+)(?![\s\S]*\b(?:toll|tally|figure|number|total)\b)/iu;

function upos(doc: Doc, offset: number): string {
  const i = doc.tokenAt(offset);
  return i < 0 ? '' : doc.label('upos', i);
}

/**
 * What a quantity counts: the noun phrase right after it ("56,000 aid trucks", "dozens of Palestinians"),
 * read by the tagger's parts of speech when present, else by word shapes. Leading adjectives are left
 * out when tags say which words they are ("three wounded soldiers" counts soldiers).
 */
export function countsAfter(doc: Doc, end: number): TextSpan | null {
  const text = doc.text;
  const tagged = doc.length > 0 && doc.upos[0] !== 0;
  let start = -1;
  let last = -1;
  let pos = end;
  for (let n = 0; n < 4; n++) {
    const re = n === 0 ? WORD : NEXT_WORD;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const word = m[1];
    const lower = word.toLowerCase();
    if (STOP.has(lower)) break;
    const wordStart = m.index + m[0].length - word.length;
    if (tagged) {
      const tag = upos(doc, wordStart);
      if (tag === 'ADJ' && start < 0) {
        pos = m.index + m[0].length;
        continue;
      }
      if (tag !== 'NOUN' && tag !== 'PROPN') break;
    } else if (last >= 0 && /(?:ed|ing)$/.test(lower)) break;
    if (start < 0) start = wordStart;
    last = wordStart + word.length;
    pos = last;
    // untagged, a plural ends the phrase: "aid trucks", "Palestinians", "people"
    if (!tagged && ((lower.endsWith('s') && !lower.endsWith('ss')) || GROUP_NOUNS.has(lower))) break;
  }
  return start < 0 ? null : { start, end: last, text: text.slice(start, last) };
}

/**
 * What a quantity counts when nothing follows it: the subject of its verb by the parse when present
 * ("the death toll ... exceeded 56,000"), else a tally noun earlier in the sentence.
 */
export function countsBefore(doc: Doc, start: number, sentenceStart: number): TextSpan | null {
  const i = doc.tokenAt(start);
  if (i >= 0 && doc.head[i] >= 0 && doc.head[i] !== i) {
    const verb = doc.head[i];
    for (let j = doc.sentStart[doc.sentenceOf(i)]; j < verb; j++) {
      // the number itself as the subject ("the two were ripe for consolidation") counts nothing named
      if (j === i || doc.head[j] !== verb || !doc.label('dep', j).startsWith('nsubj')) continue;
      let first = j;
      while (first > 0 && doc.head[first - 1] === j && doc.label('dep', first - 1) === 'compound') first--;
      return { start: doc.start[first], end: doc.end[j], text: doc.text.slice(doc.start[first], doc.end[j]) };
    }
  }
  const before = doc.text.slice(sentenceStart, start);
  const m = TALLY_BEFORE.exec(before);
  if (!m) return null;
  let phrase = m[1];
  let offset = sentenceStart + m.index;
  const words = phrase.split(/\s+/);
  // "the toll" is a toll: keep the word before only when it is not a function word
  if (words.length > 1 && STOP.has(words[0].toLowerCase()) && !/^number|^total/i.test(phrase)) {
    offset += phrase.length - words[words.length - 1].length;
    phrase = words[words.length - 1];
  }
  return { start: offset, end: offset + phrase.length, text: phrase };
}
