import type { TimemlTimex } from './timeml.js';

/** A span with the attributes the TempEval-3 scorer compares. */
export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** Counts for TempEval-3 timex scoring, summed over documents. */
export interface TimexCounts {
  gold: number;
  system: number;
  strictGold: number;
  strictSystem: number;
  relaxedGold: number;
  relaxedSystem: number;
  /** Gold timexes with an overlapping system timex (the denominator of the attribute accuracies). */
  matched: number;
  typeCorrect: number;
  valueCorrect: number;
}

/** Empty counts. */
export function emptyCounts(): TimexCounts {
  return {
    gold: 0,
    system: 0,
    strictGold: 0,
    strictSystem: 0,
    relaxedGold: 0,
    relaxedSystem: 0,
    matched: 0,
    typeCorrect: 0,
    valueCorrect: 0,
  };
}

const overlap = (a: ScoredTimex, b: ScoredTimex): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Adds one document's comparison to the counts: strict = same span, relaxed = overlapping spans. */
export function countTimexes(counts: TimexCounts, gold: ScoredTimex[], system: ScoredTimex[]): void {
  counts.gold += gold.length;
  counts.system += system.length;
  for (const g of gold) {
    if (system.some((s) => s.start === g.start && s.end === g.end)) counts.strictGold++;
    let best: ScoredTimex | null = null;
    for (const s of system) if (overlap(g, s) > 0 && (!best || overlap(g, s) > overlap(g, best))) best = s;
    if (!best) continue;
    counts.relaxedGold++;
    counts.matched++;
    if (best.type === g.type) counts.typeCorrect++;
    if (best.value === g.value) counts.valueCorrect++;
  }
  for (const s of system) {
    if (gold.some((g) => g.start === s.start && g.end === s.end)) counts.strictSystem++;
    if (gold.some((g) => overlap(g, s) > 0)) counts.relaxedSystem++;
  }
}

/** Precision, recall and F1 (percentages). */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

function prf(hitSystem: number, system: number, hitGold: number, gold: number): Prf {
  const p = system ? (100 * hitSystem) / system : 0;
  const r = gold ? (100 * hitGold) / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The TempEval-3 figures: strict and relaxed extent P/R/F1, type and value accuracy, value F1 = value accuracy x relaxed F1. */
export interface TimexScores {
  strict: Prf;
  relaxed: Prf;
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
}

/** Turns counts into scores. */
export function scoreTimexes(c: TimexCounts): TimexScores {
  const strict = prf(c.strictSystem, c.system, c.strictGold, c.gold);
  const relaxed = prf(c.relaxedSystem, c.system, c.relaxedGold, c.gold);
  const typeAccuracy = c.matched ? (100 * c.typeCorrect) / c.matched : 0;
  const valueAccuracy = c.matched ? (100 * c.valueCorrect) / c.matched : 0;
  return {
    strict,
    relaxed,
    typeAccuracy,
    valueAccuracy,
    typeF1: (typeAccuracy * relaxed.f1) / 100,
    valueF1: (valueAccuracy * relaxed.f1) / 100,
  };
}

/** Gold TIMEX3s as scored spans. */
export function goldSpans(gold: TimemlTimex[]): ScoredTimex[] {
  return gold.map((g) => ({
    start: g.start,
    end: g.end,
    type: g.attrs.type ?? '',
    value: g.attrs.value ?? '',
  }));
}
