import { findModifier } from './modifiers.js';
import { TIME_PATTERNS } from './patterns/index.js';
import type { Candidate, TimePattern } from './time-expression.js';

const OR_SO = /^\s+or\s+so\b/;
const OPEN_QUOTE = /(?:["“]|''|``)$/;
const CLOSE_QUOTE = /^[.,!?]?(?:["”]|'')/;

/** A capitalized expression that fills a pair of quotes is a title ("60 Minutes", "This Week"), not a time. */
function isQuotedTitle(text: string, start: number, end: number): boolean {
  return (
    /^[A-Z0-9]/.test(text[start] ?? '') &&
    /[A-Z]/.test(text.slice(start, end)) &&
    OPEN_QUOTE.test(text.slice(Math.max(0, start - 2), start)) &&
    CLOSE_QUOTE.test(text.slice(end, end + 3))
  );
}

/** The candidate with another extent and modifier: one literal, the fields in the order of `candidate`. */
export function withExtent(c: Candidate, start: number, end: number, mod: string | undefined): Candidate {
  return { start, end, type: c.type, stated: c.stated, resolve: c.resolve, pattern: c.pattern, mod };
}

/** Runs every pattern over the text and keeps the best non-overlapping matches, in text order, modifiers attached. */
export function recognize(
  text: string,
  patterns: TimePattern[] = TIME_PATTERNS,
): (Candidate & { mod?: string })[] {
  const found: { c: Candidate; rank: number }[] = [];
  let lower: string | undefined;
  patterns.forEach((pattern, rank) => {
    if (pattern.hint) {
      lower ??= text.toLowerCase();
      if (!pattern.hint.some((word) => lower!.includes(word))) return;
    }
    const re = pattern.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const result = pattern.match(m, text);
      if (!result) continue;
      for (const c of Array.isArray(result) ? result : [result])
        if (c.end > c.start && !isQuotedTitle(text, c.start, c.end)) found.push({ c, rank });
    }
  });
  // Longest first, then the earlier pattern in the list, then the earlier position: a greedy choice.
  found.sort(
    (a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.rank - b.rank || a.c.start - b.c.start,
  );
  const chosen: Candidate[] = [];
  for (const { c } of found) {
    if (!chosen.some((o) => o.start < c.end && c.start < o.end)) chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  const out: (Candidate & { mod?: string })[] = [];
  let floor = 0;
  for (const c of chosen) {
    const modifier = findModifier(text, c, floor);
    let next: Candidate & { mod?: string } = c;
    if (modifier) next = withExtent(c, modifier.outside ? c.start : modifier.start, c.end, modifier.mod);
    // "the next year or so", "the next two years or so": an approximate stretch, the "or so" inside the extent.
    const orSo = c.type !== 'SET' ? OR_SO.exec(text.slice(c.end, c.end + 8)) : null;
    if (orSo) next = withExtent(next, next.start, c.end + orSo[0].length, next.mod ?? 'APPROX');
    out.push(next);
    floor = next.end;
  }
  return out;
}
