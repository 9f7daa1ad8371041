import type { EntityJson, TimeJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../pipeline/component.js';
import { tagTimes } from './tag-times.js';
import { nearestCue, tenseFromWords, wordTenseInContext, type TenseAt, type TenseCue } from './tense.js';
import type { TimeExpression } from './time-expression.js';
import { filledKind, listOf, mapList } from '../object-list.js';

/** Tense from the tagger's XPOS tags (VBD/VBN past, MD "will" future, VBZ/VBP present), or null when the Doc is untagged. */
export function tenseFromTags(doc: Doc): TenseAt | null {
  if (!doc.xpos.some((x) => x !== 0)) return null;
  return (start, end) => {
    const i = doc.tokenAt(start);
    if (i < 0) return null;
    const sentence = doc.sentence(doc.sentenceOf(i));
    const cues: TenseCue[] = [];
    for (let t = sentence.start; t < sentence.end; t++) {
      if (doc.start[t] >= start && doc.end[t] <= end) continue;
      const tag = doc.label('xpos', t);
      const word = doc.tokenText(t).toLowerCase();
      const previous = t > sentence.start ? doc.tokenText(t - 1).toLowerCase() : '';
      const next = t + 1 < sentence.end ? doc.tokenText(t + 1).toLowerCase() : '';
      let tense: TenseCue['tense'] | null = null;
      // Plans, schedules and "soon" look ahead whatever their tag ("is expected to", "set to resume", "planned").
      if (wordTenseInContext(word, previous, next) === 'future') tense = 'future';
      else if (tag === 'VBD' || tag === 'VBN') tense = 'past';
      else if (tag === 'MD') tense = /^(?:will|'ll|’ll|shall|wo|would)$/.test(word) ? 'future' : null;
      else if (tag === 'VBZ' || tag === 'VBP') tense = 'present';
      if (tense) cues.push({ start: doc.start[t], tense });
    }
    return nearestCue(cues, start, end);
  };
}

/** Finds the Doc's time expressions: the tagger's tense when tags are present, word cues otherwise. */
export function predictTimes(doc: Doc): TimeExpression[] {
  return tagTimes(doc.text, {
    published: doc.article.meta.published,
    tenseAt: tenseFromTags(doc) ?? tenseFromWords(doc.text),
  });
}

/** Contract-v1 `times` entries (ids t1, t2, ...), keeping what the text stated apart from what was inferred. */
export function toTimeJson(times: TimeExpression[]): TimeJson[] {
  // every field always there, in the order written out (JSON leaves out the undefined ones): one
  // hidden class for the code reading times, not one per set of fields
  return mapList(times, (t, i): TimeJson => ({
    id: `t${i + 1}`,
    start: t.start,
    end: t.end,
    text: t.text,
    type: t.type,
    value: t.value,
    mod: t.mod || undefined,
    stated: t.stated,
    inferred: t.inferred || undefined,
    range: t.range || undefined,
  }));
}

/** The pipeline component that fills `doc.layers.times`. */
export const timeComponent: Component = {
  name: 'times',
  requires: ['tokens'],
  assigns: ['times'],
  apply(doc) {
    doc.layers.times = filledKind(toTimeJson(outsideNames(doc, predictTimes(doc))));
  },
};

/** Entity types whose names hold words that are no time there ("Jamie Noon", "Radio 4's Today", "China Daily"). */
const NAMING_TYPES = new Set(['PERSON', 'ORG']);
/** Lower-case words a name may hold ("Mail on Sunday", "Forum for the Future"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'on', 'for', 'de', 'la', 'le', 'du', 'von', 'van', '&']);
/** A preposition before a time: the recognizer ran its name on into a time phrase ("Geneva Motor Show on Thursday"). */
const TIME_PREPOSITION = /\b(?:on|in|at|since|until|by|during|for|from)\s+$/i;

/**
 * Whether a time lies inside a person or organization name as a word of it ("Sheffield Wednesday",
 * "Twentieth Century Fox"): a capitalised time without digits (a year stays: "the 2003 Golden
 * Lion"), no preposition before it in the name (a name the recognizer ran on into "… on Thursday"
 * keeps its time), and the name's words outside its times capitalised or connectors, one at least
 * ("Christmas Day and New Year's Day" is times only).
 */
function wordOfName(
  text: string,
  times: TimeExpression[],
  t: TimeExpression,
  m: { start: number; end: number },
): boolean {
  if (m.start > t.start || t.end > m.end || m.end - m.start <= t.end - t.start) return false;
  if (/\d/.test(t.text) || !/^\p{Lu}/u.test(t.text) || TIME_PREPOSITION.test(text.slice(m.start, t.start)))
    return false;
  let rest = '';
  let at = m.start;
  for (const u of times) {
    if (u.start < m.start || u.end > m.end) continue;
    rest += text.slice(at, u.start) + ' ';
    at = u.end;
  }
  rest += text.slice(at, m.end);
  let named = false;
  for (const word of rest.split(/\s+/)) {
    if (word === '') continue;
    if (/^\p{Lu}|^\d/u.test(word)) named = true;
    else if (!NAME_CONNECTORS.has(word) && !/^['’]s$/.test(word)) return false;
  }
  return named;
}

/**
 * The times that are no word of a person or organization name, where the entities are known ("Mike
 * Friday", "Us Weekly"); an event's year ("Euro 2004", MISC) stays.
 */
function outsideNames(doc: Doc, times: TimeExpression[]): TimeExpression[] {
  const names = listOf<EntityJson>(doc.layers.entities).filter((e) => NAMING_TYPES.has(e.type));
  if (names.length === 0) return times;
  return times.filter((t) => !names.some((e) => e.mentions.some((m) => wordOfName(doc.text, times, t, m))));
}

/**
 * The date or time expression nearest to token i (same sentence preferred, then by character
 * distance), or null. A duration or a set ("a one day strike", "each year") says how long or how
 * often, not when, so it is no event's time.
 */
export function nearestTime(doc: Doc, i: number): TimeJson | null {
  const times = listOf<TimeJson>(doc.layers.times);
  if (i < 0 || i >= doc.length || times.length === 0) return null;
  const sentence = doc.sentence(doc.sentenceOf(i));
  const from = doc.start[i];
  const to = doc.end[i];
  let best: TimeJson | null = null;
  let bestScore = Infinity;
  for (const t of times) {
    if (t.type === 'DURATION' || t.type === 'SET') continue;
    const distance = t.end <= from ? from - t.end : t.start >= to ? t.start - to : 0;
    const inSentence = t.start >= sentence.startChar && t.end <= sentence.endChar;
    const score = distance + (inSentence ? 0 : 1e6);
    if (score < bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return best;
}
