import type { Doc } from '../../doc/doc.js';

/** Quote-mark role of a token: not a quote mark, an opening mark, or a closing mark. */
export const enum QuoteMark {
  None = 0,
  Open = 1,
  Close = 2,
}

/** Which tokens are quote marks and which lie between a pair of them. */
export interface QuoteState {
  /** `mark[i]`: QuoteMark of token i. */
  mark: Uint8Array;
  /** `inside[i]`: 1 when token i is a quote mark or lies between an opening and its closing mark. */
  inside: Uint8Array;
}

const OPENERS = new Set([0x201c, 0x00ab, 0x201e]); // “ « „
const CLOSERS = new Set([0x201d, 0x00bb]); // ” »
const STRAIGHT = 0x22; // "

function isSpaceOrOpenBracket(c: number): boolean {
  return (
    Number.isNaN(c) ||
    c === 0x20 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x28 ||
    c === 0x5b ||
    c === 0x2014
  );
}

/**
 * Pairs double quote marks over the document. A straight mark opens after a space, a line start
 * or a bracket and closes otherwise. A quote left open at a paragraph end continues only when the
 * next paragraph opens with a quote mark (the newspaper convention for quotes spanning paragraphs);
 * otherwise it is closed there, so one stray mark cannot swallow the rest of the article.
 */
export function findQuoteMarks(doc: Doc): QuoteState {
  const n = doc.length;
  const mark = new Uint8Array(n);
  const inside = new Uint8Array(n);
  const text = doc.text;
  let open = false;
  for (let i = 0; i < n; i++) {
    const s = doc.start[i];
    const single = doc.end[i] - s === 1;
    const c = text.charCodeAt(s);
    let kind = QuoteMark.None;
    if (single && OPENERS.has(c)) kind = QuoteMark.Open;
    else if (single && CLOSERS.has(c)) kind = QuoteMark.Close;
    else if (single && c === STRAIGHT)
      kind = isSpaceOrOpenBracket(text.charCodeAt(s - 1)) ? QuoteMark.Open : QuoteMark.Close;
    if (open && i > 0 && paragraphBreak(text, doc.end[i - 1], s) && kind !== QuoteMark.Open) open = false;
    mark[i] = kind;
    if (kind === QuoteMark.Open) {
      open = true;
      inside[i] = 1;
    } else if (kind === QuoteMark.Close) {
      inside[i] = open ? 1 : 0;
      open = false;
    } else inside[i] = open ? 1 : 0;
  }
  return { mark, inside };
}

/** True when the gap text[from, to) holds a line break (PolNeAR and most feeds put paragraphs on lines). */
export function paragraphBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}
