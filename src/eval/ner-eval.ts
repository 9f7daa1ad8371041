/**
 * NER scoring with the conlleval definition: a predicted name counts only when its span and type
 * both match a gold name exactly; precision, recall and F1 are micro-averaged over names, and
 * also given per type. Gold and predicted tags may be IOB1 or IOB2.
 */
import { iobToSpans, type TokenSpan } from '../models/ner/labels.js';

/** Counts and scores for one type (or all types). */
export interface NerScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The scores of a whole evaluation: overall, per type, and token accuracy. */
export interface NerReport {
  overall: NerScore;
  types: Record<string, NerScore>;
  tokens: number;
  tokenAccuracy: number;
}

/** Accumulates conlleval counts sentence by sentence. */
export class NerScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  private tokens = 0;
  private tokensCorrect = 0;

  /** Adds one sentence's gold and predicted tags (IOB1 or IOB2, same length). */
  addTags(gold: readonly string[], predicted: readonly string[]): void {
    this.tokens += gold.length;
    for (let i = 0; i < gold.length; i++) if (sameType(gold[i], predicted[i])) this.tokensCorrect++;
    this.addSpans(iobToSpans(gold), iobToSpans(predicted));
  }

  /** Adds one sentence's gold and predicted spans. */
  addSpans(gold: TokenSpan[], predicted: TokenSpan[]): void {
    const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const s of gold) this.count(s.type).gold++;
    for (const s of predicted) {
      const c = this.count(s.type);
      c.predicted++;
      if (goldKeys.has(key(s))) c.correct++;
    }
  }

  private count(type: string): { gold: number; predicted: number; correct: number } {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  }

  /** The scores so far (percentages, 0–100). */
  report(): NerReport {
    const types: Record<string, NerScore> = {};
    let gold = 0;
    let predicted = 0;
    let correct = 0;
    for (const type of [...this.counts.keys()].sort()) {
      const c = this.counts.get(type)!;
      types[type] = score(c.gold, c.predicted, c.correct);
      gold += c.gold;
      predicted += c.predicted;
      correct += c.correct;
    }
    return {
      overall: score(gold, predicted, correct),
      types,
      tokens: this.tokens,
      tokenAccuracy: this.tokens ? (100 * this.tokensCorrect) / this.tokens : 0,
    };
  }
}

/** conlleval's token accuracy compares whole tags after IOB normalisation of the type only. */
function sameType(a: string, b: string): boolean {
  const ta = a === 'O' ? 'O' : a.slice(a.indexOf('-') + 1);
  const tb = b === 'O' ? 'O' : b.slice(b.indexOf('-') + 1);
  return ta === tb;
}

function score(gold: number, predicted: number, correct: number): NerScore {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

/** The report as conlleval-like text, ending with the headline line. */
export function formatNerReport(report: NerReport, file: string): string {
  const pct = (x: number) => x.toFixed(2).padStart(6);
  const lines = [
    `processed ${report.tokens} tokens with ${report.overall.gold} names; found: ${report.overall.predicted}; correct: ${report.overall.correct}.`,
  ];
  lines.push(`accuracy: ${pct(report.tokenAccuracy)}%`);
  lines.push('type        precision  recall      F1   gold  found');
  for (const [type, s] of Object.entries(report.types)) {
    lines.push(
      `${type.padEnd(10)} ${pct(s.precision)}%  ${pct(s.recall)}%  ${pct(s.f1)}  ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(5)}`,
    );
  }
  const o = report.overall;
  lines.push(
    `${'overall'.padEnd(10)} ${pct(o.precision)}%  ${pct(o.recall)}%  ${pct(o.f1)}  ${String(o.gold).padStart(5)}  ${String(o.predicted).padStart(5)}`,
  );
  lines.push(`NER F1 ${o.f1.toFixed(2)} (P ${o.precision.toFixed(2)}, R ${o.recall.toFixed(2)}) on ${file}`);
  return lines.join('\n') + '\n';
}
