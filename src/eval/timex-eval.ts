import { countTimexes, emptyCounts, goldSpans, scoreTimexes, type TimexScores } from './timex-score.js';
import { listTimemlFiles, predictTimemlDoc } from './timex-predict.js';
import { parseTimeml } from './timeml.js';
import { readDataFile } from '../read/decode-text.js';

/** Which files of a folder to score: all, or every other file in sorted order (the fixed tune/held-out halves). */
export type Half = 'all' | 'even' | 'odd';

/** One gold/system difference, for error analysis. */
export interface TimexError {
  file: string;
  kind: 'missed' | 'spurious' | 'extent' | 'value' | 'type';
  gold?: string;
  system?: string;
}

/** The result of scoring a folder. */
export interface TimexEvalResult {
  files: number;
  gold: number;
  system: number;
  scores: TimexScores;
  errors: TimexError[];
}

/** Runs prediction on the gold files' text (never their tags) and scores it the TempEval-3 way. */
export function evalTimexDir(dir: string, half: Half = 'all'): TimexEvalResult {
  const files = listTimemlFiles(dir).filter((_, i) => half === 'all' || i % 2 === (half === 'even' ? 0 : 1));
  const counts = emptyCounts();
  const errors: TimexError[] = [];
  for (const file of files) {
    const doc = parseTimeml(readDataFile(file, 'TimeML file'), file);
    const gold = goldSpans(doc.gold);
    const system = predictTimemlDoc(doc);
    countTimexes(counts, gold, system);
    const show = (t: { start: number; end: number; type: string; value: string }): string =>
      `${JSON.stringify(doc.text.slice(t.start, t.end))} ${t.type} ${t.value}`;
    for (const g of gold) {
      const s = system.find((x) => x.start < g.end && g.start < x.end);
      if (!s) errors.push({ file, kind: 'missed', gold: show(g) });
      else if (s.value !== g.value) errors.push({ file, kind: 'value', gold: show(g), system: show(s) });
      else if (s.start !== g.start || s.end !== g.end)
        errors.push({ file, kind: 'extent', gold: show(g), system: show(s) });
      else if (s.type !== g.type) errors.push({ file, kind: 'type', gold: show(g), system: show(s) });
    }
    for (const s of system)
      if (!gold.some((g) => s.start < g.end && g.start < s.end))
        errors.push({ file, kind: 'spurious', system: show(s) });
  }
  return {
    files: files.length,
    gold: counts.gold,
    system: counts.system,
    scores: scoreTimexes(counts),
    errors,
  };
}

const f = (n: number): string => n.toFixed(2);

/** The report printed by `dossier eval timex`, ending with the headline line. */
export function formatTimexReport(result: TimexEvalResult, label: string): string {
  const { strict, relaxed, typeAccuracy, valueAccuracy, valueF1, typeF1 } = result.scores;
  return [
    `TempEval-3 timex scores: ${label} (${result.files} files, ${result.gold} gold, ${result.system} system)`,
    `  strict   P ${f(strict.p)}  R ${f(strict.r)}  F1 ${f(strict.f1)}`,
    `  relaxed  P ${f(relaxed.p)}  R ${f(relaxed.r)}  F1 ${f(relaxed.f1)}`,
    `  type  accuracy ${f(typeAccuracy)}  F1 ${f(typeF1)}`,
    `  value accuracy ${f(valueAccuracy)}  F1 ${f(valueF1)}`,
    `timex: relaxed F1 ${f(relaxed.f1)}  strict F1 ${f(strict.f1)}  value F1 ${f(valueF1)}`,
    '',
  ].join('\n');
}
