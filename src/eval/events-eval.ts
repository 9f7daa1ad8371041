import { DossierError } from '../errors/dossier-error.js';

/** One PLOVER gold record: the input side (id, text, date) and the coding to score against. */
export interface PloverRecord {
  id: string;
  text: string;
  date?: string;
  type: string;
  source: string[];
  target: string[];
}

/** One predicted event of a record, actors as text (the `predict events --plover` output). */
export interface PloverEvent {
  type: string;
  mode?: string;
  source: string;
  target: string;
}

/** The older PLOVER types that the 2021 codebook folds into others. */
const OLDER_TYPES: Record<string, string> = { FIGHT: 'ASSAULT', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE' };

/** A type under the 2021 codebook (FIGHT → ASSAULT; DISAPPROVE, INVESTIGATE → ACCUSE). */
export const currentType = (type: string): string => OLDER_TYPES[type] ?? type;

function actorTexts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((a) => (a && typeof a === 'object' ? (a as { actorText?: unknown }).actorText : null))
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}

/** Reads a PLOVER gold-standard JSON array (the DOCUMENT header record is skipped). */
export function readPloverRecords(content: string, file: string): PloverRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (cause) {
    throw new DossierError('JSON_MALFORMED', 'the PLOVER file is not JSON', { file, cause });
  }
  if (!Array.isArray(data)) {
    throw new DossierError('RECORD_INVALID', 'a PLOVER file is one JSON array of records', {
      file,
      found: typeof data,
    });
  }
  const out: PloverRecord[] = [];
  for (const r of data as Record<string, unknown>[]) {
    if (!r || typeof r.text !== 'string' || typeof r.id !== 'string' || r.event === 'DOCUMENT') continue;
    out.push({
      id: r.id,
      text: r.text,
      ...(typeof r.date === 'string' ? { date: r.date } : {}),
      type: typeof r.event === 'string' ? r.event : '',
      source: actorTexts(r.source),
      target: actorTexts(r.target),
    });
  }
  return out;
}

/** The fixed split of the one PLOVER gold file: even positions tune the rules, odd ones are held out. */
export function splitRecords<T>(records: T[], half: 'tune' | 'held-out' | 'all'): T[] {
  if (half === 'all') return records;
  return records.filter((_, k) => (k % 2 === 0) === (half === 'tune'));
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}.'-]+/u)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter((w) => w && w !== 'the');

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    let k = 0;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/**
 * Whether a predicted actor phrase names the gold actors: every gold actor (each part of a
 * "X ... Y" gap) appears in it and it is at most 6 words longer than they are together, or it
 * is a part of one gold actor that holds at least half of that actor's words.
 */
export function actorMatches(predicted: string, gold: string[]): boolean {
  const p = words(predicted);
  if (p.length === 0 || gold.length === 0) return false;
  const parts = gold.map((g) => g.split('...').map(words));
  const goldLength = parts.flat(2).length;
  if (parts.every((pieces) => pieces.every((piece) => containsRun(p, piece))) && p.length <= goldLength + 6)
    return true;
  return parts.some((pieces) => {
    const g = pieces.flat();
    return containsRun(g, p) && p.length * 2 >= g.length;
  });
}

/** Type precision/recall/F1 and actor accuracy over a set of records. */
export interface EventScores {
  records: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  /** Records whose gold type was found and that have gold source (target) actors, and how many matched. */
  sourceScored: number;
  sourceCorrect: number;
  targetScored: number;
  targetCorrect: number;
  perType: Map<string, { gold: number; predicted: number; correct: number }>;
  errors: string[];
}

/** Scores predicted events against the gold records (types under the 2021 codebook). */
export function scoreEvents(gold: PloverRecord[], predicted: Map<string, PloverEvent[]>): EventScores {
  const s: EventScores = {
    records: gold.length,
    predicted: 0,
    correct: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    sourceScored: 0,
    sourceCorrect: 0,
    targetScored: 0,
    targetCorrect: 0,
    perType: new Map(),
    errors: [],
  };
  const row = (t: string) => {
    let r = s.perType.get(t);
    if (!r) s.perType.set(t, (r = { gold: 0, predicted: 0, correct: 0 }));
    return r;
  };
  for (const record of gold) {
    const type = currentType(record.type);
    row(type).gold++;
    const events = predicted.get(record.id) ?? [];
    for (const e of events) row(currentType(e.type)).predicted++;
    s.predicted += events.length;
    const hit = events.find((e) => currentType(e.type) === type);
    if (!hit) {
      s.errors.push(`${record.id}\ttype\t${events.map((e) => e.type).join(',') || '-'}\t${record.text}`);
      continue;
    }
    s.correct++;
    row(type).correct++;
    if (record.source.length) {
      s.sourceScored++;
      if (actorMatches(hit.source, record.source)) s.sourceCorrect++;
      else s.errors.push(`${record.id}\tsource\t${hit.source || '-'} ≠ ${record.source.join(' | ')}`);
    }
    if (record.target.length) {
      s.targetScored++;
      if (actorMatches(hit.target, record.target)) s.targetCorrect++;
      else s.errors.push(`${record.id}\ttarget\t${hit.target || '-'} ≠ ${record.target.join(' | ')}`);
    }
  }
  s.precision = s.predicted ? s.correct / s.predicted : 0;
  s.recall = s.records ? s.correct / s.records : 0;
  s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  return s;
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** The report: per-type counts, overall type P/R/F1, actor accuracy, and one headline line. */
export function formatEventScores(scores: EventScores, label: string, errors = 0): string {
  const lines: string[] = [`PLOVER events: ${label} (${scores.records} records)`];
  lines.push('type          gold  pred  correct');
  for (const [type, r] of [...scores.perType].sort()) {
    lines.push(
      `${type.padEnd(12)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)} ${String(r.correct).padStart(8)}`,
    );
  }
  const src = scores.sourceScored ? scores.sourceCorrect / scores.sourceScored : 0;
  const tgt = scores.targetScored ? scores.targetCorrect / scores.targetScored : 0;
  lines.push(`type  P ${pct(scores.precision)}  R ${pct(scores.recall)}  F1 ${pct(scores.f1)}`);
  lines.push(`source accuracy ${pct(src)} (${scores.sourceCorrect}/${scores.sourceScored})`);
  lines.push(`target accuracy ${pct(tgt)} (${scores.targetCorrect}/${scores.targetScored})`);
  for (const e of scores.errors.slice(0, errors)) lines.push(`  ${e}`);
  lines.push(`events ${label}: type F1 ${pct(scores.f1)} source ${pct(src)} target ${pct(tgt)}`);
  return lines.join('\n') + '\n';
}
