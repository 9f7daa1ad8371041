import type { EntityJson } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import { labels as labelStore } from '../doc/string-store.js';
import { nameTokenEnd } from '../extract/entities/mention.js';
import { isNotAName, productType } from '../models/ner/entity-types.js';
import type { TokenSpan } from '../models/ner/labels.js';
import type { CaseLexicon } from '../models/ner/case-lexicon.js';
import { loadNerModel } from '../models/ner/ner-model.js';
import { hashLower } from '../models/ner/word-shape.js';
import type { Component } from './component.js';

/** A possessive ending that belongs to the word, not the name ("Israel’s" names Israel). */
const POSSESSIVE = /['’]s?$/;
/**
 * What a name without a possessive ending cuts: nothing. An empty match of a regular expression, so
 * that it has the hidden class of a match: no branch or shape is rare where it is read.
 */
const NO_POSSESSIVE = /(?:)/.exec('')!;

const tagIds = new Map<string, number>();

/** The label-store id of an IOB2 tag, cached. */
function tagId(tag: string): number {
  let id = tagIds.get(tag);
  if (id === undefined) tagIds.set(tag, (id = labelStore.intern(tag)));
  return id;
}

/** The named entities of a doc as typed token spans (pure: the doc is not changed). */
export function predictEntities(doc: Doc): TokenSpan[] {
  if (doc.length === 0) return [];
  const model = loadNerModel();
  const spans = model.predictSpans({
    text: doc.text,
    starts: doc.start,
    ends: doc.end,
    sentStarts: doc.sentStart,
  });
  for (const span of spans) {
    while (span.end - span.start > 1 && isShoutedWord(doc, span.start, model.lexicon)) span.start++;
  }
  return spans;
}

/** A word in capitals: two letters or more, no lower-case letter. */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
/** A capitalised word with lower-case letters ("Apple", "Katie"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * True when token i, opening a name the recognizer found, is a word of a heading or caption in
 * capitals run into the name after it ("APPLE TO REPLACE OLD BATTERIES Apple may …", "GETTY
 * Bitcoin" aside, "KATIE Katie Price"): a word in capitals before a capitalised word that is
 * the same word, or a word the case lexicon says is usually written in lower case.
 */
function isShoutedWord(doc: Doc, i: number, lexicon: CaseLexicon): boolean {
  const word = doc.tokenText(i);
  if (!CAPITALS.test(word) || !TITLE_CASE.test(doc.tokenText(i + 1))) return false;
  // a caption's name before the name itself ("KATIE Katie Price", "MICHAEL Sheen")
  if (word.toLowerCase() === doc.tokenText(i + 1).toLowerCase()) return true;
  // a common word, usually written in lower case, of four letters or more ("BATTERIES", "WATCH");
  // not an acronym or initials that spell a short word ("LA Times", "BET Awards", "JR Smith"), nor
  // one the house style writes as a name ("FIFA World Cup": "Fifa")
  if (word.length < 4) return false;
  return lexicon.classOf(hashLower(doc.text, doc.start[i], doc.end[i])) === 1;
}

/** Writes IOB2 tags into doc.ent and one contract entity per distinct name into doc.layers.entities. */
export function writeEntities(doc: Doc, spans: TokenSpan[]): void {
  const outside = tagId('O');
  doc.ent.fill(outside);
  const byName = new Map<string, EntityJson>();
  const entities: EntityJson[] = [];
  for (const span of spans) {
    doc.ent[span.start] = tagId(`B-${span.type}`);
    for (let i = span.start + 1; i < span.end; i++) doc.ent[i] = tagId(`I-${span.type}`);
    const start = doc.start[span.start];
    const lastToken = nameTokenEnd(doc, span.start, span.end) - 1;
    let end = doc.end[lastToken];
    const last = doc.text.slice(doc.start[lastToken], end);
    // the same steps with a possessive or without: a branch first taken after compiling threw the caller away
    const possessive = (last.length > 2 ? POSSESSIVE.exec(last) : null) ?? NO_POSSESSIVE;
    end -= possessive[0].length;
    const text = doc.text.slice(start, end);
    const words = text.split(/\s+/);
    if (isNotAName(span.type, words)) continue;
    const name = words.join(' ').normalize('NFC');
    // One entity per distinct name for now; clustering aliases and pronouns comes later.
    const key = `${span.type}:${name.toLowerCase()}`;
    let entity = byName.get(key);
    if (!entity) {
      entity = {
        id: `e${entities.length + 1}`,
        name,
        type: productType(span.type, words),
        mentions: [],
        roles: [],
      };
      byName.set(key, entity);
      entities.push(entity);
    }
    entity.mentions.push({ start, end, text });
  }
  doc.layers.entities = entities;
}

/** The named-entity recognizer as a pipeline component. */
export function nerComponent(): Component {
  return {
    name: 'ner',
    requires: [],
    assigns: ['ent', 'entities'],
    apply: (doc) => writeEntities(doc, predictEntities(doc)),
  };
}
