/**
 * The NER label sets: BILOU internally (B/I/L = begin/inside/last of a multi-token name, U = a
 * one-token name), IOB2 at the boundary (Doc.ent, `predict ner`), and typed spans in between.
 *
 * BILOU label ids: 0 = O, then for type t (index into ENTITY_TYPES) 1 + 4t + {0: B, 1: I, 2: L, 3: U}.
 */

/** The CoNLL-2003 entity types, in label-id order. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** One CoNLL-2003 entity type. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Number of BILOU labels: O plus four per type. */
export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;

const B = 0;
const I = 1;
const L = 2;
const U = 3;

/** A typed entity span over tokens, end exclusive. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/** The BILOU label names in id order ("O", "B-PER", "I-PER", "L-PER", "U-PER", ...). */
export const BILOU_NAMES: readonly string[] = [
  'O',
  ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];

/** Type index of a BILOU label (-1 for O). */
export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}

/** Position of a BILOU label within its name: 0 B, 1 I, 2 L, 3 U (-1 for O). */
export function labelPart(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/** True when a name may not continue after `prev` into `next` (BILOU well-formedness). */
export function allowedAfter(prev: number, next: number): boolean {
  const prevOpen = prev !== 0 && (labelPart(prev) === B || labelPart(prev) === I);
  const nextPart = labelPart(next);
  const continues = nextPart === I || nextPart === L;
  if (prevOpen) return continues && labelType(next) === labelType(prev);
  return !continues;
}

/** True when `label` may end a sentence (no name left open). */
export function allowedAtEnd(label: number): boolean {
  const part = labelPart(label);
  return part !== B && part !== I;
}

/** BILOU labels for typed spans over `length` tokens. */
export function spansToBilou(spans: TokenSpan[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const span of spans) {
    const t = ENTITY_TYPES.indexOf(span.type as EntityType);
    if (t < 0) continue;
    const base = 1 + 4 * t;
    if (span.end - span.start === 1) out[span.start] = base + U;
    else {
      out[span.start] = base + B;
      for (let i = span.start + 1; i < span.end - 1; i++) out[i] = base + I;
      out[span.end - 1] = base + L;
    }
  }
  return out;
}

/** Typed spans read from BILOU labels (tolerant: an unclosed name ends where the next begins). */
export function bilouToSpans(labels: ArrayLike<number>, from = 0, to = labels.length): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  let openType = -1;
  const close = (end: number) => {
    if (open >= 0) spans.push({ start: open, end, type: ENTITY_TYPES[openType] });
    open = -1;
  };
  for (let i = from; i < to; i++) {
    const label = labels[i];
    const type = labelType(label);
    const part = labelPart(label);
    if (label === 0) close(i);
    else if (part === U) {
      close(i);
      spans.push({ start: i, end: i + 1, type: ENTITY_TYPES[type] });
    } else if (part === B || open < 0 || type !== openType) {
      close(i);
      open = i;
      openType = type;
      if (part === L) close(i + 1);
    } else if (part === L) close(i + 1);
  }
  close(to);
  return spans;
}

/** IOB2 tags ("B-PER", "I-PER", "O") for typed spans over `length` tokens. */
export function spansToIob2(spans: TokenSpan[], length: number): string[] {
  const out = new Array<string>(length).fill('O');
  for (const span of spans) {
    out[span.start] = `B-${span.type}`;
    for (let i = span.start + 1; i < span.end; i++) out[i] = `I-${span.type}`;
  }
  return out;
}

/**
 * Typed spans read from IOB tags, IOB1 or IOB2 alike: a name begins at B-X, or at I-X when the
 * previous tag is not of type X (IOB1 uses B- only between two adjacent names of one type).
 */
export function iobToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  let openType = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const dash = tag.indexOf('-');
    const prefix = dash < 0 ? tag : tag.slice(0, dash);
    const type = dash < 0 ? '' : tag.slice(dash + 1);
    const begins = prefix === 'B' || prefix === 'S' || prefix === 'U' || type !== openType;
    if (open >= 0 && (prefix === 'O' || begins)) {
      spans.push({ start: open, end: i, type: openType });
      open = -1;
      openType = '';
    }
    if (prefix !== 'O' && type && open < 0) {
      open = i;
      openType = type;
    }
    if ((prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') && open >= 0) {
      spans.push({ start: open, end: i + 1, type: openType });
      open = -1;
      openType = '';
    }
  }
  return spans;
}
