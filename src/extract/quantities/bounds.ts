import type { QuantityMod } from './quantity.js';

/** The bound a phrase before a number states. */
const BEFORE: [RegExp, QuantityMod][] = [
  [
    /\b(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s)?)\s+$/i,
    'MORE_THAN',
  ],
  [/\b(?:at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than)\s+$/i, 'EQUAL_OR_MORE'],
  [
    /\b(?:up\s+to|at\s+most|no\s+more\s+than|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of|not\s+more\s+than)\s+$/i,
    'EQUAL_OR_LESS',
  ],
  [/\b(?:less\s+than|fewer\s+than|under|below|nearly|almost|just\s+short\s+of|close\s+to)\s+$/i, 'LESS_THAN'],
  [
    /\b(?:about|around|approximately|roughly|some|an\s+estimated|estimated|an\s+approximate|or\s+so)\s+$/i,
    'APPROX',
  ],
];
/** The bound a phrase after a number states ("56,000 or more", "300-plus"). */
const AFTER: [RegExp, QuantityMod][] = [
  [/^(?:\s+or\s+more|\s*-?plus\b|\+)/i, 'EQUAL_OR_MORE'],
  [/^(?:\s+or\s+(?:fewer|less))/i, 'EQUAL_OR_LESS'],
  [/^\s+or\s+so\b/i, 'APPROX'],
];

/** A bound and the words that state it. */
export interface Bound {
  mod: QuantityMod;
  start: number;
  end: number;
}

/** The bound stated right before [start, end) or right after it, if any. */
export function findBound(text: string, start: number, end: number): Bound | null {
  const from = Math.max(0, start - 32);
  const before = text.slice(from, start);
  for (const [regex, mod] of BEFORE) {
    const m = regex.exec(before);
    if (m) return { mod, start: from + m.index, end: from + m.index + m[0].trimEnd().length };
  }
  const after = text.slice(end, end + 16);
  for (const [regex, mod] of AFTER) {
    const m = regex.exec(after);
    if (m) return { mod, start: end + (m[0].length - m[0].trimStart().length), end: end + m[0].length };
  }
  return null;
}

/**
 * The low and high a bound gives a stated value. "more than 56,000" is low 56000 with mod MORE_THAN:
 * `low` is exclusive under MORE_THAN and `high` under LESS_THAN, inclusive otherwise; APPROX sets neither.
 */
export function boundsOf(mod: QuantityMod, value: number): { low?: number; high?: number } {
  if (mod === 'MORE_THAN' || mod === 'EQUAL_OR_MORE') return { low: value };
  if (mod === 'LESS_THAN' || mod === 'EQUAL_OR_LESS') return { high: value };
  return {};
}
