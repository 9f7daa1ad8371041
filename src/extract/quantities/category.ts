import type { TextSpan } from '../../doc/contract.js';

/** Conflict-analysis categories of a count (GDELT's count types, extended), and the words that signal each. */
const CATEGORIES: [string, RegExp][] = [
  [
    'killed',
    /\b(?:killed|killing|kills|dead|deaths?|death\s+toll|died|die|slain|fatalities|lives|massacred|executed|bodies)\b/giu,
  ],
  ['wounded', /\b(?:wounded|injured|injuries|injuring|hurt|maimed)\b/giu],
  ['displaced', /\b(?:displaced|refugees|fled|fleeing|evacuated|homeless|uprooted|asylum\s+seekers)\b/giu],
  ['arrested', /\b(?:arrested|arrests|arresting|rounded\s+up)\b/giu],
  ['detained', /\b(?:detained|detainees|detention|in\s+custody|imprisoned|jailed|prisoners)\b/giu],
  ['abducted', /\b(?:abducted|kidnapped|hostages|captives)\b/giu],
  ['missing', /\b(?:missing|unaccounted\s+for)\b/giu],
  [
    'aid deliveries',
    /\b(?:(?:aid|food|relief|humanitarian)\s+(?:trucks|lorries|convoys|deliveries|shipments|parcels|packages)|trucks\s+(?:of|carrying)\s+(?:aid|food)|(?:aid|food)\s+deliveries)\b/giu,
  ],
];

/** A category and the words in the text that give it. */
export interface CountCategory {
  category: string;
  cue: TextSpan;
}

/**
 * The category of a count from the words near it: the counted phrase first ("death toll"), then the
 * nearest cue in the window [from, to) ("dozens of Palestinians being killed").
 */
export function findCategory(
  text: string,
  counts: TextSpan | null,
  from: number,
  to: number,
  at: number,
): CountCategory | null {
  if (counts) {
    for (const [category, regex] of CATEGORIES) {
      regex.lastIndex = 0;
      const m = regex.exec(counts.text);
      if (m) return { category, cue: span(text, counts.start + m.index, m[0].length) };
    }
  }
  const window = text.slice(from, to);
  let best: CountCategory | null = null;
  let bestDistance = Infinity;
  for (const [category, regex] of CATEGORIES) {
    regex.lastIndex = 0;
    for (let m = regex.exec(window); m; m = regex.exec(window)) {
      const distance = Math.abs(from + m.index - at);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { category, cue: span(text, from + m.index, m[0].length) };
      }
    }
  }
  return best;
}

function span(text: string, start: number, length: number): TextSpan {
  return { start, end: start + length, text: text.slice(start, start + length) };
}
