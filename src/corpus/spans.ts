import type { EntityJson, TextSpan } from '../doc/contract.js';
import { ByteReader, ByteWriter } from './byte-buffer.js';
import { unpackText } from './pack-extraction.js';

/** Capitalised pronouns are mentions, not names. */
const PRONOUNS = new Set([
  'he',
  'she',
  'it',
  'they',
  'him',
  'her',
  'his',
  'its',
  'their',
  'them',
  'we',
  'i',
  'you',
]);

/** Whether a mention's text can name its entity (the dossier's aliases): capitalised, not a pronoun. */
export function isName(text: string): boolean {
  return /^[A-Z]/.test(text) && !PRONOUNS.has(text.toLowerCase());
}

/** An entity's mentions with one per span (the first of a repeated span), as the store keeps them. */
export function distinctMentions(entity: Pick<EntityJson, 'mentions'>): TextSpan[] {
  const seen = new Set<string>();
  return entity.mentions.filter((m) => {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Packs spans (start, end) as varints, ordered by start then end, each start as the difference
 * from the previous one, then the length; null for none.
 */
export function packSpans(spans: { start: number; end: number }[]): Buffer | null {
  if (spans.length === 0) return null;
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out = new ByteWriter();
  let last = 0;
  for (const s of sorted) {
    out.uint(s.start - last);
    out.uint(s.end - s.start);
    last = s.start;
  }
  return Buffer.from(out.finish());
}

/** Whether one of the packed spans lies within [from, to) (SQL: spans_within). */
export function spansWithin(packed: Uint8Array | null, from: number | null, to: number | null): boolean {
  if (!packed || from === null || to === null) return false;
  const input = new ByteReader(packed);
  let start = 0;
  while (input.offset < packed.length) {
    start += input.uint();
    const end = start + input.uint();
    if (start > to) return false;
    if (start >= from && end <= to) return true;
  }
  return false;
}

/**
 * The text a stored span stands for (SQL: span_text(body, start, end, stored)): `stored` when
 * the store kept it (it differed from the article), else (NULL or '') the slice of the packed
 * article text; null without offsets. The last article unpacked is kept: rows of one article come together.
 */
export function spanTextReader(): (
  body: unknown,
  start: unknown,
  end: unknown,
  stored: unknown,
) => string | null {
  let lastBody: Buffer | undefined;
  let lastText = '';
  return (body, start, end, stored) => {
    if (typeof stored === 'string' && stored !== '') return stored;
    if (!(body instanceof Uint8Array) || typeof start !== 'number' || typeof end !== 'number') return null;
    const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    if (!lastBody || !lastBody.equals(buffer)) {
      lastText = unpackText(buffer);
      lastBody = Buffer.from(buffer);
    }
    return lastText.slice(start, end);
  };
}

/** The text to store for a span: null when it is the slice of the article it points at. */
export function storedText(text: string, span: TextSpan | null): string | null {
  return span && span.text !== text.slice(span.start, span.end) ? span.text : null;
}
