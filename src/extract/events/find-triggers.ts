import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { TRIGGERS, type TriggerEntry } from './trigger-lexicon.js';
import { wordHashes } from './word-hash.js';

/** One trigger found in the text: its token range, the word that heads it, and its lexicon entry. */
export interface TriggerMention {
  start: number;
  end: number;
  /** The verb or noun that carries the event (first word of a verb phrase, last word of a noun phrase). */
  head: number;
  entry: TriggerEntry;
}

const VERB = labels.intern('VERB');
const NOUN = labels.intern('NOUN');
const PROPN = labels.intern('PROPN');
const GAP = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV', 'NOUN'].map((t) => labels.intern(t)));
const TO = labels.intern('TO');
const DET = labels.intern('DET');
const ADP = labels.intern('ADP');
const SUBJECT_END = new Set(['NNS', 'NNPS', 'PRP'].map((t) => labels.intern(t)));
const OBJECT_START = new Set(['DT', 'JJ', 'VBN', 'PRP$', 'NNP', 'CD'].map((t) => labels.intern(t)));
/** Words a verb phrase may skip before its next word ("halted all trade", "declared a unilateral ceasefire"). */
const MAX_GAP = 3;

/** A noun, or a capitalized word at the start of a sentence (names like "Ceasefire Committee" are not events). */
function isEventNoun(doc: Doc, i: number, from: number): boolean {
  if (doc.upos[i] !== NOUN && !(doc.upos[i] === PROPN && i === from)) return false;
  // a capitalized noun before another capitalized word is part of a name
  return !(capitalized(doc, i) && i + 1 < doc.length && capitalized(doc, i + 1));
}

function capitalized(doc: Doc, i: number): boolean {
  const c = doc.text.charCodeAt(doc.start[i]);
  return c >= 65 && c <= 90;
}

/**
 * A verb the tagger took for a noun: after infinitival "to", or between a plural or named
 * subject and the start of an object ("The Palestinians reject proposed changes").
 */
function verbTaggedNoun(doc: Doc, i: number, from: number, to: number): boolean {
  if (doc.upos[i] !== NOUN || i === from) return false;
  if (doc.xpos[i - 1] === TO) return true;
  return SUBJECT_END.has(doc.xpos[i - 1]) && i + 1 < to && OBJECT_START.has(doc.xpos[i + 1]);
}

const VBN = labels.intern('VBN');
const VBD = labels.intern('VBD');
const ADV = labels.intern('ADV');
const PRP_POSS = labels.intern('PRP$');

/**
 * A past participle that modifies or stands for a noun rather than telling an act: after a
 * determiner ("the injured were treated", "the coordinated series of attacks", "the evacuated",
 * "their newly elected leader") or opening its sentence before a noun ("Jailed tycoon Mikhail
 * Khodorkovsky has transferred ...").
 */
function participleModifier(doc: Doc, i: number, from: number): boolean {
  // a verb opening its sentence has no subject before it: tagged past tense, it is a participle
  if (i === from && (doc.xpos[i] === VBN || doc.xpos[i] === VBD))
    return i + 1 < doc.length && (doc.upos[i + 1] === NOUN || doc.upos[i + 1] === PROPN);
  if (doc.xpos[i] !== VBN) return false;
  let j = i - 1;
  while (j >= from && doc.upos[j] === ADV) j--;
  return j >= from && (doc.upos[j] === DET || doc.xpos[j] === PRP_POSS);
}

/** A word a multi-word entry may skip: modifiers inside a verb phrase, one determiner inside a noun phrase ("resumption of some food deliveries"). */
function skippable(doc: Doc, j: number, entry: TriggerEntry): boolean {
  return entry.pos === 'v' ? GAP.has(doc.upos[j]) : doc.upos[j] === DET && doc.upos[j - 1] === ADP;
}

/** Where the entry's later words match from token i+1, or -1 (verb phrases may skip a few modifiers). */
function matchRest(doc: Doc, i: number, limit: number, entry: TriggerEntry): number {
  const hashes = wordHashes(doc);
  let j = i + 1;
  for (const forms of entry.rest) {
    let gap = 0;
    while (j < limit && !forms.has(hashes[j]) && gap < MAX_GAP && skippable(doc, j, entry)) {
      j++;
      gap++;
    }
    if (j >= limit || !forms.has(hashes[j])) return -1;
    j++;
  }
  return j;
}

/** The event triggers of tokens [from, to): verbs the tagger calls verbs, event nouns it calls nouns. */
export function findTriggers(doc: Doc, from: number, to: number): TriggerMention[] {
  const hashes = wordHashes(doc);
  const out: TriggerMention[] = [];
  for (let i = from; i < to; i++) {
    const entries = TRIGGERS.get(hashes[i]);
    if (!entries) continue;
    const upos = doc.upos[i];
    const tagged = upos !== 0;
    for (const entry of entries) {
      const pos =
        entry.pos === 'v'
          ? (upos === VERB && !participleModifier(doc, i, from)) || verbTaggedNoun(doc, i, from, to)
          : isEventNoun(doc, i, from);
      // without tags every entry is a candidate: verbs and nouns alike
      if (tagged && !pos && !(entry.pos === 'n' && entry.rest.length > 0)) continue;
      const end = matchRest(doc, i, to, entry);
      if (end < 0) continue;
      const head = entry.pos === 'v' ? i : end - 1;
      if (entry.pos === 'n' && tagged && !isEventNoun(doc, head, from)) continue;
      out.push({ start: i, end, head, entry });
      i = end - 1;
      break;
    }
  }
  return out;
}
