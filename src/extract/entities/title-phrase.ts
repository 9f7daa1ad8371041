import type { Doc } from '../../doc/doc.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './title-words.js';

/** Tokens that close an appositive or predicate phrase when outside parentheses. */
const CLOSERS = new Set([',', '.', ';', ':', '"', '“', '”', '?', '!', '—', '–']);
const VERB = /^(VBD|VBZ|VBP|MD)$/;
const MAX_PHRASE = 25;

/** True when token i is a title head word ("head", "President"). */
export function isTitleHead(doc: Doc, i: number): boolean {
  return doc.end[i] - doc.start[i] <= 18 && TITLE_HEADS.has(doc.tokenText(i).toLowerCase());
}

/** True when token i may stand before a title head ("former", "Foreign"). */
export function isTitleModifier(doc: Doc, i: number): boolean {
  return doc.end[i] - doc.start[i] <= 12 && TITLE_MODIFIERS.has(doc.tokenText(i).toLowerCase());
}

/**
 * The title phrase that starts at token `from` ("head of Hamas’ political council", "the head
 * of…"), as tokens [start, end): an optional article, modifiers, a title head within its first
 * words, and what follows up to a comma, a full stop or a finite verb outside parentheses.
 * Undefined when no title head opens it.
 */
export function titlePhraseAt(
  doc: Doc,
  from: number,
  limit: number,
): { start: number; end: number } | undefined {
  let i = from;
  if (i < limit && /^(the|a|an)$/i.test(doc.tokenText(i))) i++;
  const start = i;
  while (
    i < limit &&
    i - start < 4 &&
    !isTitleHead(doc, i) &&
    (isTitleModifier(doc, i) || doc.label('xpos', i) === 'JJ')
  )
    i++;
  if (i >= limit || !isTitleHead(doc, i)) return undefined;
  let depth = 0;
  let end = i + 1;
  for (; end < limit && end - start < MAX_PHRASE; end++) {
    const text = doc.tokenText(end);
    if (text === '(') depth++;
    else if (text === ')') {
      if (depth === 0) break;
      depth--;
    } else if (
      depth === 0 &&
      (CLOSERS.has(text) || VERB.test(doc.label('xpos', end)) || /^(who|which|that)$/i.test(text))
    )
      break;
  }
  return { start, end };
}
