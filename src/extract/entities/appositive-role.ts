import type { Doc } from '../../doc/doc.js';
import type { FoundRole } from './role.js';
import { titlePhraseAt } from './title-phrase.js';

/** Verbs of a copula or of holding an office ("who is the head of…", "Kalın, who serves as…"). */
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained', 'been']);

/** The mention a title phrase belongs to: its first organization, else its first place, else none. */
export function roleOwner(
  start: number,
  end: number,
  mentionAt: Int32Array,
  typeOf: (m: number) => string,
): number {
  let place = -1;
  for (let i = start; i < end; i++) {
    const m = mentionAt[i];
    if (m < 0) continue;
    const type = typeOf(m);
    if (type === 'ORG') return m;
    if (place < 0 && (type === 'GPE' || type === 'LOC')) place = m;
  }
  return place;
}

/**
 * A title in apposition or after a copula: "Mohammad Darwish, head of Hamas’ political council",
 * "Kalın, who is the head of…", "Darwish was the head of…". The phrase must open with a title head.
 */
export function appositiveRole(
  doc: Doc,
  nameEnd: number,
  mentionAt: Int32Array,
  typeOf: (m: number) => string,
): FoundRole | undefined {
  const sentence = doc.sentenceOf(nameEnd - 1);
  const limit = sentence + 1 < doc.sentenceCount ? doc.sentStart[sentence + 1] : doc.length;
  let i = nameEnd;
  if (i < limit && /^['’]s?$/.test(doc.tokenText(i))) return undefined;
  if (i < limit && doc.tokenText(i) === ',') {
    i++;
    if (i < limit && /^who$/i.test(doc.tokenText(i))) i++;
    else if (i < limit && COPULAS.has(doc.tokenText(i).toLowerCase())) return undefined;
    else return phrase(doc, i, limit, mentionAt, typeOf);
  }
  if (i < limit && /^(has|had)$/i.test(doc.tokenText(i)) && doc.tokenText(i + 1) === 'been') i++;
  if (i < limit && COPULAS.has(doc.tokenText(i).toLowerCase()))
    return phrase(doc, i + 1, limit, mentionAt, typeOf);
  if (i + 1 < limit && /^(serves?|served)$/i.test(doc.tokenText(i)) && doc.tokenText(i + 1) === 'as') {
    return phrase(doc, i + 2, limit, mentionAt, typeOf);
  }
  return undefined;
}

function phrase(
  doc: Doc,
  from: number,
  limit: number,
  mentionAt: Int32Array,
  typeOf: (m: number) => string,
): FoundRole | undefined {
  const span = titlePhraseAt(doc, from, limit);
  if (!span) return undefined;
  return { start: span.start, end: span.end, of: roleOwner(span.start, span.end, mentionAt, typeOf) };
}
