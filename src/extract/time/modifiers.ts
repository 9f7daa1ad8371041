import type { Candidate, TimexMod } from './time-expression.js';

// Quantity modifiers of a duration (or of the distance in "over two months ago").
// The bounds with "no"/"not" come first: "no more than sixty days" is at most sixty days, not more than them.
const AMOUNT: [RegExp, TimexMod][] = [
  [/(?:nearly|almost|up to|no more than|not more than|no longer than)$/i, 'EQUAL_OR_LESS'],
  [/(?:at least|no less than|not less than|no fewer than)$/i, 'EQUAL_OR_MORE'],
  [/(?:more than|over|well over|just over|longer than|upwards of)$/i, 'MORE_THAN'],
  [/(?:less than|under|fewer than|just under|shorter than)$/i, 'LESS_THAN'],
  [/(?:about|around|approximately|roughly|some|an estimated)$/i, 'APPROX'],
];
// Point modifiers of a date: which part of the period.
const POINT: [RegExp, TimexMod][] = [
  [/(?:(?:the\s+)?early|(?:the\s+)?beginning of|(?:the\s+)?start of|earlier|(?:the\s+)?dawn of)$/i, 'START'],
  [/(?:(?:the\s+)?mid|(?:the\s+)?middle of)$/i, 'MID'],
  [/(?:(?:the\s+)?late|(?:the\s+)?end of|later|(?:the\s+)?close of)$/i, 'END'],
  [/(?:about|around|circa|approximately)$/i, 'APPROX'],
];
// Modifiers that TimeML leaves outside the extent ("early [March]", "about [five hours]", "over [the past year]"),
// though they still set the mod; a distance counted back keeps them ("over two months ago").
const OUTSIDE = /^(?:early|late|earlier|later|about|around|approximately|roughly|nearly|almost|over|under)$/i;

/** Anchors each modifier pattern at a word start at the end of the text before the expression. */
function compile(table: [RegExp, TimexMod][]): [RegExp, TimexMod][] {
  return table.map(([re, mod]) => [new RegExp(`(?:^|[^\\w])(${re.source.slice(0, -1)})$`, 'i'), mod]);
}
const AMOUNT_RE = compile(AMOUNT);
const POINT_RE = compile(POINT);

// On a date counted back ("over two months ago"), a bound on the distance becomes a bound on the date.
const AGO: Partial<Record<TimexMod, TimexMod>> = {
  MORE_THAN: 'BEFORE',
  LESS_THAN: 'AFTER',
  EQUAL_OR_LESS: 'ON_OR_AFTER',
  EQUAL_OR_MORE: 'ON_OR_BEFORE',
};

/** A modifier written just before an expression ("over", "early", "the end of"): its start and TIMEX3 mod. */
export function findModifier(
  text: string,
  c: Candidate,
  floor: number,
): { start: number; mod: TimexMod; outside: boolean } | null {
  const before = text.slice(Math.max(floor, c.start - 24), c.start);
  const gap = /[\s-]+$/.exec(before);
  if (!gap) return null;
  const head = before.slice(0, gap.index);
  const isAgo = c.stated.direction === 'ago' || c.stated.direction === 'ahead';
  const table = c.type === 'DURATION' || isAgo ? AMOUNT_RE : c.type === 'SET' ? [] : POINT_RE;
  for (const [re, mod] of table) {
    const m = re.exec(head);
    if (!m) continue;
    const start = Math.max(floor, c.start - before.length) + head.length - m[1].length;
    // "over the past four months" is a stretch of time, not more than it.
    if (/^over$/i.test(m[1]) && /^the\s/i.test(text.slice(c.start, c.end))) return null;
    // "early next year", "the early 1990s" keep "early" inside; "early [March]" does not.
    // "early November", "late 1990", "early next year" keep "early" inside (TimeBank marks them so about two times in
    // three); "nearly five months" keeps "nearly" (four times in five); weekdays leave them out ("Earlier Friday").
    const keeps =
      (/^(?:early|late)$/i.test(m[1]) &&
        ['relative-unit', 'decade', 'month-name', 'year', 'season'].includes(c.pattern)) ||
      (/^nearly$/i.test(m[1]) && c.type === 'DURATION');
    return { start, mod: isAgo ? (AGO[mod] ?? mod) : mod, outside: !isAgo && !keeps && OUTSIDE.test(m[1]) };
  }
  return null;
}
