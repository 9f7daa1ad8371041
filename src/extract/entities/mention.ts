import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { isNotAName, keepsPossessive, POSSESSIVE_TOKEN, productType } from '../../models/ner/entity-types.js';
import { GAZ, phraseCategories } from '../../models/ner/gazetteers.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './title-words.js';

/** How a mention names its entity: a proper name, a pronoun, or a description ("the Turkish government"). */
export type MentionKind = 'name' | 'pronoun' | 'description';

/** One mention of an entity: a half-open run of tokens and its exact character span. */
export interface Mention {
  /** Tokens [start, end) of the doc. */
  start: number;
  end: number;
  /** Character span in doc.text, end exclusive (a possessive ending is left out). */
  charStart: number;
  charEnd: number;
  /** Product type (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, MISC). */
  type: string;
  kind: MentionKind;
  /** The token that carries the mention's grammatical role (the last word of a name). */
  head: number;
  sentence: number;
  /** Normalized name for matching ("kalin", "us"); '' for pronouns and descriptions. */
  key: string;
}

/** A possessive ending glued to a name token ("Hamas’", "Israel’s"): part of the token, not the name. */
const POSSESSIVE = /['’]s?$/;
/**
 * What a name without a possessive ending cuts: nothing. An empty match of a regular expression, so
 * that it has the hidden class of a match: no branch or shape is rare where it is read.
 */
const NO_POSSESSIVE = /(?:)/.exec('')!;

/** Keys computed so far (the same names recur from article to article); emptied when it grows past MEMO_SIZE. */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

/** The matching key of a name: NFC, lower case, diacritics folded, dots and possessives dropped, spaces single. */
export function nameKey(text: string): string {
  let key = memo.get(text);
  if (key === undefined) {
    key = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ı/g, 'i')
      .toLowerCase()
      .replace(/['’]s?$/, '')
      .replace(/\./g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, key);
  }
  return key;
}

/** Builds a mention over tokens [start, end) of the doc. */
export function makeMention(doc: Doc, start: number, end: number, type: string, kind: MentionKind): Mention {
  const charStart = doc.start[start];
  let charEnd = doc.end[end - 1];
  if (kind === 'name') {
    const last = doc.text.slice(doc.start[end - 1], charEnd);
    // the same steps with a possessive or without: a branch first taken after compiling threw the caller away
    const possessive = (last.length > 2 ? POSSESSIVE.exec(last) : null) ?? NO_POSSESSIVE;
    charEnd -= possessive[0].length;
  }
  const text = doc.text.slice(charStart, charEnd);
  return {
    start,
    end,
    charStart,
    charEnd,
    type,
    kind,
    head: end - 1,
    sentence: doc.sentenceOf(start),
    key: kind === 'name' ? nameKey(text) : '',
  };
}

/**
 * Where a name tagged over tokens [start, end) ends: before a possessive ending tagged with it
 * ("BBC" + "'s"), unless the ending is the name's own ("Standard & Poor's", "St Mary's").
 */
export function nameTokenEnd(doc: Doc, start: number, end: number): number {
  if (end - start < 2 || !POSSESSIVE_TOKEN.test(doc.tokenText(end - 1))) return end;
  return keepsPossessive(doc.text.slice(doc.start[start], doc.end[end - 1]).split(/\s+/)) ? end : end - 1;
}

/** Title words that are adjectives or common nouns when capitalised in a name ("Official UK Singles Chart"). */
const NOT_OFFICES = new Set(['official', 'member', 'owner', 'partner', 'principal']);
/** Gazetteer words that make the words after a title no person's name: organization words and places. */
const PLACE_BITS = (1 << GAZ.COUNTRY) | (1 << GAZ.CITY) | (1 << GAZ.STATE);
const NOT_NAME_BITS = (1 << GAZ.ORG_WORD) | PLACE_BITS;
/** Most words of a person's name after a title inside a tagged name ("Trade Secretary Patricia Hewitt"). */
const MAX_NAME_WORDS = 4;

/**
 * Where a person's name starts inside a name tagged with its office ("Foreign Secretary Jack
 * Straw", "US Attorney Scott Christie", tagged ORG as one name): just past the last title word
 * (TITLE_HEADS) followed by two to four capitalised words, none an organization word or a place
 * ("Transport and General Workers Union" stays whole). `start` when there is none.
 */
function titledPersonStart(doc: Doc, start: number, end: number): number {
  for (let k = end - 3; k >= start; k--) {
    const word = doc.tokenText(k);
    const lower = word.toLowerCase();
    if (!/^\p{Lu}/u.test(word) || !TITLE_HEADS.has(lower) || NOT_OFFICES.has(lower)) continue;
    if (end - (k + 1) > MAX_NAME_WORDS) return start;
    for (let t = k + 1; t < end; t++) {
      const w = doc.tokenText(t);
      if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w) || TITLE_HEADS.has(w.toLowerCase())) return start;
      if (phraseCategories([w]) & NOT_NAME_BITS) return start;
    }
    return k + 1;
  }
  return start;
}

/** Where the words before the office in tokens [start, end) end: at its first title or title modifier word. */
function officeHolderEnd(doc: Doc, start: number, end: number): number {
  let p = start;
  while (p < end) {
    const lower = doc.tokenText(p).toLowerCase();
    if (TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower)) break;
    p++;
  }
  return p < end ? p : start;
}

/** Words that end the name of a division of a country ("Bibb County", "Orange Township"). */
const DIVISION_WORDS = new Set([
  'County',
  'City',
  'State',
  'Township',
  'Parish',
  'Borough',
  'District',
  'Province',
]);

/**
 * The type of the words before an office, where they name something: a place or division (GPE), a nationality
 * or party (NORP), a body with an organization word ("Refugee Council", "Metropolitan Police": ORG);
 * null for a portfolio ("Trade", "International Development", "Fiscal Policy").
 */
function holderType(doc: Doc, start: number, end: number): string | null {
  const words = doc.text.slice(doc.start[start], doc.end[end - 1]).split(/\s+/);
  const bits = phraseCategories(words);
  if (bits & PLACE_BITS) return 'GPE';
  if (bits & ((1 << GAZ.DEMONYM) | (1 << GAZ.RELIGIOUS_POLITICAL))) return 'NORP';
  const last = words[words.length - 1];
  // "Bibb County Commissioner …": a county or township named with its word
  if (words.length > 1 && DIVISION_WORDS.has(last)) return 'GPE';
  if (words.length > 1 && phraseCategories([last]) & (1 << GAZ.ORG_WORD)) return 'ORG';
  return null;
}

/** A token that is all punctuation or symbols (",", "“", "--"). */
const PUNCTUATION_TOKEN = /^[\p{P}\p{S}]+$/u;

/**
 * Tokens [start, end) without the punctuation the recognizer tagged at the name's edges ("Jane"
 * + "," in "his mother, Jane, after", an opening quote); a closing bracket whose opener is inside
 * ("Organisation of Islamic Cooperation (OIC)") and a "!" ("Yahoo!") stay.
 */
function withoutEdgePunctuation(doc: Doc, start: number, end: number): [number, number] {
  while (start < end && PUNCTUATION_TOKEN.test(doc.tokenText(start))) start++;
  while (end > start) {
    const last = doc.tokenText(end - 1);
    if (!PUNCTUATION_TOKEN.test(last) || last === '!') break;
    if (last === ')' && doc.text.slice(doc.start[start], doc.start[end - 1]).includes('(')) break;
    end--;
  }
  return [start, end];
}

/** The name mentions of the doc, read from its IOB2 entity column (doc.ent), in text order; tags that name no entity (isNotAName: "Christmas", "PC") left out. */
export function nameMentions(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < doc.length) {
    const tag = labels.get(doc.ent[i]);
    if (!tag.startsWith('B-') && !tag.startsWith('I-')) {
      i++;
      continue;
    }
    const conll = tag.slice(2);
    let j = i + 1;
    while (j < doc.length && labels.get(doc.ent[j]) === `I-${conll}`) j++;
    const [first, end] = withoutEdgePunctuation(doc, i, nameTokenEnd(doc, i, j));
    if (first >= end) {
      i = j;
      continue;
    }
    i = first;
    const words = doc.text.slice(doc.start[i], doc.end[end - 1]).split(/\s+/);
    const person = titledPersonStart(doc, i, end);
    if (person > i) {
      // the place, body or group before the office stays a name of its own ("US Attorney …",
      // "Refugee Council Chief Executive …", "Tory MP …"); a portfolio ("Trade Secretary") does not
      const body = officeHolderEnd(doc, i, person);
      const holder = body > i ? holderType(doc, i, body) : null;
      if (holder) mentions.push(makeMention(doc, i, body, holder, 'name'));
      mentions.push(makeMention(doc, person, end, 'PERSON', 'name'));
    } else if (!isNotAName(conll, words))
      mentions.push(makeMention(doc, i, end, productType(conll, words), 'name'));
    i = j;
  }
  return mentions;
}

/** The exact text of a mention. */
export function mentionText(doc: Doc, mention: Mention): string {
  return doc.text.slice(mention.charStart, mention.charEnd);
}
