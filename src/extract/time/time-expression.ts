import type { CalendarDate } from './calendar.js';

/** The four TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 `mod` values that Dossier produces. */
export type TimexMod =
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'MORE_THAN'
  | 'LESS_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'APPROX'
  | 'START'
  | 'MID'
  | 'END';

/** The tense of the clause around an expression, which decides the direction of relative weekdays and months. */
export type Tense = 'past' | 'present' | 'future' | null;

/** What a relative expression resolves against. */
export interface ResolveContext {
  /** The publication (document creation) date, or null when unknown. */
  anchor: CalendarDate | null;
  /** The tense around the expression. */
  tense: Tense;
  /** The most recent full date mentioned before the expression (for "two days later"), or null. */
  previous: CalendarDate | null;
  /** Characters between the end of that previous date and this expression. */
  previousDistance?: number;
  /** The fiscal period (2025-Q2, 2025-H1) mentioned shortly before, if any: "a year ago" then means that period a year back. */
  recentPeriod?: string;
  /** A quarter named as fiscal earlier in the text ("the fiscal first quarter": 1989-Q1): "the quarter" is that one. */
  fiscalPeriod?: string;
  /** The year of the most recent dated expression ("in 1988 ... that year"), if any. */
  previousYear?: number;
  /** The month of the most recent expression that names one ("in March ... the following month"), if any. */
  previousMonth?: { y: number; m: number };
}

/** The first and last day a stretch of time covers ("within the next week" from 2025-06-29: 2025-06-29 to 2025-07-06). */
export interface TimeRange {
  start: string;
  end: string;
}

/** A normalized value: what the expression means once anchored. */
export interface Resolved {
  value: string;
  mod?: TimexMod;
  /** How the value was inferred (e.g. "anchor-past", "previous-date"); absent when the text states it all. */
  inferred?: string;
  /** The full date the value denotes, when it is one (becomes the reference for later "two days later"). */
  date?: CalendarDate;
  /** The days a stretch counted from the publication date covers, when known. */
  range?: TimeRange;
}

/** One match of a pattern, before anchoring: extent, type and what the text itself states. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** The parts the text states explicitly ({month: 3, day: 12}, {weekday: 5}, {unit: "M", amount: 20}). */
  stated: Record<string, string | number>;
  /** Anchors the expression. */
  resolve(context: ResolveContext): Resolved;
  /** The pattern that matched (for debugging and tests). */
  pattern: string;
  /** The modifier found around it ("about", "early"), once recognized. */
  mod?: string;
}

/** A recognized and normalized time expression (contract v1 `times` entry plus what was stated/inferred). */
export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  stated: Record<string, string | number>;
  inferred?: string;
  /** The days covered, for a stretch anchored to the publication date ("the next week"). */
  range?: TimeRange;
  pattern: string;
}

/** One recognizer: a global regex and a function that turns a match into a candidate (or nothing). */
export interface TimePattern {
  name: string;
  regex: RegExp;
  /** Words (lower case) of which every match contains one: texts with none skip the pattern's slower regex. */
  hint?: string[];
  match(m: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}

/** Builds a candidate covering a whole regex match (or the sub-range given). */
export function candidate(
  pattern: string,
  m: RegExpExecArray,
  type: TimexType,
  stated: Record<string, string | number>,
  resolve: (context: ResolveContext) => Resolved,
  range: { start: number; end: number } = { start: m.index, end: m.index + m[0].length },
): Candidate {
  // one literal with every field (a `{ ...range }` copy took the hidden class of each range's maker)
  return { start: range.start, end: range.end, type, stated, resolve, pattern, mod: undefined };
}

/** True when a word starts with a capital letter (month and weekday names must: "may" is a verb). */
export function isCapitalized(word: string | undefined): boolean {
  return word !== undefined && /^[A-Z]/.test(word);
}
