import { distanceKm } from '../geo/distance.js';
import type { GoldToponym } from './geo-corpus.js';

/** Half the Earth's circumference: the error counted for a toponym left without coordinates. */
export const MAX_ERROR_KM = 20039;

/** A predicted place mention, with coordinates when it was geocoded. */
export interface PredictedToponym {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
}

/** Running counts for recognition (exact and overlap) and resolution errors. */
export class GeoScores {
  gold = 0;
  predicted = 0;
  exact = 0;
  overlapPredicted = 0;
  overlapGold = 0;
  /** Distance errors (km) of the gold toponyms that were recognized (overlap) and have gold coordinates. */
  errors: number[] = [];

  /** Adds one article's gold and predicted toponyms. */
  add(gold: GoldToponym[], predicted: PredictedToponym[]): void {
    this.gold += gold.length;
    this.predicted += predicted.length;
    const exactKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
    for (const p of predicted) {
      if (exactKeys.has(`${p.start}:${p.end}`)) this.exact++;
      if (gold.some((g) => g.start < p.end && p.start < g.end)) this.overlapPredicted++;
    }
    for (const g of gold) {
      const hits = predicted.filter((p) => g.start < p.end && p.start < g.end);
      if (hits.length === 0) continue;
      this.overlapGold++;
      if (g.lat === null || g.lon === null) continue;
      const p = hits.find((h) => h.lat !== null) ?? hits[0];
      this.errors.push(
        p.lat === null || p.lon === null ? MAX_ERROR_KM : distanceKm(g.lat, g.lon, p.lat, p.lon),
      );
    }
  }
}

/** Precision, recall and F1 in percent. */
export function prf(
  tpPredicted: number,
  predicted: number,
  tpGold: number,
  gold: number,
): { p: number; r: number; f: number } {
  const p = predicted ? (100 * tpPredicted) / predicted : 0;
  const r = gold ? (100 * tpGold) / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Resolution figures over distance errors: accuracy within 161 km (100 miles), mean and median error, and AUC of log errors (lower is better). */
export function errorStats(errors: number[]): {
  n: number;
  acc161: number;
  mean: number;
  median: number;
  auc: number;
} {
  const n = errors.length;
  if (n === 0) return { n, acc161: 0, mean: 0, median: 0, auc: 0 };
  const sorted = [...errors].sort((a, b) => a - b);
  const within = sorted.filter((e) => e <= 161).length;
  const mean = sorted.reduce((s, e) => s + e, 0) / n;
  const auc = sorted.reduce((s, e) => s + Math.log(1 + e), 0) / (n * Math.log(1 + MAX_ERROR_KM));
  return { n, acc161: (100 * within) / n, mean, median: sorted[n >> 1], auc };
}
