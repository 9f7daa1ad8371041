import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DossierError } from '../errors/dossier-error.js';
import type { BratAttribution, Fragments } from './brat.js';
import { readBratAttributions } from './brat.js';

/** Precision, recall and F1 (percentages) with the counts they come from. */
export interface Prf {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

/** Scores of attribution extraction: per role exact and overlap, and whole linked attributions. */
export interface QuoteScores {
  documents: number;
  roles: Record<'source' | 'cue' | 'content', { exact: Prf; overlap: Prf }>;
  linked: Prf;
}

const ROLES = ['source', 'cue', 'content'] as const;

function key(f: Fragments): string {
  return f.map((x) => `${x[0]}-${x[1]}`).join(';');
}

function overlap(a: Fragments, b: Fragments): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
  return n;
}

/** One-to-one matches between two lists, greedily by the largest score first (score 0 = no match). */
function matchCount<A, B>(as: A[], bs: B[], score: (a: A, b: B) => number): number {
  const pairs: [number, number, number][] = [];
  as.forEach((a, i) =>
    bs.forEach((b, j) => {
      const s = score(a, b);
      if (s > 0) pairs.push([s, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
  }
  return usedA.size;
}

function uniqueSpans(list: BratAttribution[], role: (typeof ROLES)[number]): Fragments[] {
  const seen = new Map<string, Fragments>();
  for (const a of list) {
    const f = a[role];
    if (f) seen.set(key(f), f);
  }
  return [...seen.values()];
}

/** Counts for one document, added into `acc` (tp, pred, gold per measure). */
function countDocument(
  gold: BratAttribution[],
  pred: BratAttribution[],
  acc: Map<string, [number, number, number]>,
): void {
  const add = (name: string, tp: number, p: number, g: number): void => {
    const c = acc.get(name) ?? [0, 0, 0];
    acc.set(name, [c[0] + tp, c[1] + p, c[2] + g]);
  };
  for (const role of ROLES) {
    const g = uniqueSpans(gold, role);
    const p = uniqueSpans(pred, role);
    const gKeys = new Set(g.map(key));
    add(`${role}.exact`, p.filter((f) => gKeys.has(key(f))).length, p.length, g.length);
    add(`${role}.overlap`, matchCount(p, g, overlap), p.length, g.length);
  }
  const linked = (p: BratAttribution, g: BratAttribution): number => {
    let s = 0;
    for (const role of ROLES) {
      const a = p[role];
      const b = g[role];
      if (!a && !b) continue;
      if (!a || !b) return 0;
      const o = overlap(a, b);
      if (o === 0) return 0;
      s += o;
    }
    return s;
  };
  add('linked', matchCount(pred, gold, linked), pred.length, gold.length);
}

function prf([tp, pred, gold]: [number, number, number]): Prf {
  const p = pred > 0 ? (100 * tp) / pred : 0;
  const r = gold > 0 ? (100 * tp) / gold : 0;
  return { tp, pred, gold, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Scores predicted attributions against gold, document by document (lists aligned by index).
 * Spans are compared per role after removing duplicates (a source shared by two attributions
 * counts once). Exact: the same fragments. Overlap: one-to-one matching of spans sharing at least
 * one character. Linked: one-to-one matching of attributions whose source, cue and content each
 * overlap (a role absent on both sides agrees).
 */
export function scoreAttributions(gold: BratAttribution[][], pred: BratAttribution[][]): QuoteScores {
  const acc = new Map<string, [number, number, number]>();
  gold.forEach((g, i) => countDocument(g, pred[i] ?? [], acc));
  const get = (name: string): Prf => prf(acc.get(name) ?? [0, 0, 0]);
  const roles = {} as QuoteScores['roles'];
  for (const role of ROLES) roles[role] = { exact: get(`${role}.exact`), overlap: get(`${role}.overlap`) };
  return { documents: gold.length, roles, linked: get('linked') };
}

/** One gold document of a PolNeAR-style folder: its text and attributions. */
export interface GoldDocument {
  name: string;
  text: string;
  attributions: BratAttribution[];
}

/**
 * Reads DIR/text/*.txt and, for each, its gold annotation in DIR/attributions: `NAME.ann`, or
 * when several annotators did it (`NAME_<annotator>.ann`), the first in name order.
 */
export function readGoldFolder(dir: string): GoldDocument[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new DossierError('DATA_MISSING', 'not an attribution gold folder', {
      file: dir,
      expected: 'text/*.txt and attributions/*.ann',
    });
  }
  const anns = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const out: GoldDocument[] = [];
  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const name = basename(file, '.txt');
    const ann =
      anns.find((a) => a === `${name}.ann`) ??
      anns.find((a) => /^_[^_]+\.ann$/.test(a.slice(name.length)) && a.startsWith(name));
    if (!ann) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    out.push({
      name,
      text,
      attributions: readBratAttributions(readFileSync(join(annDir, ann), 'utf8'), text),
    });
  }
  return out;
}

const fmt = (x: number): string => x.toFixed(1).padStart(5);

/** The score table as text, ending with one headline line. */
export function formatQuoteScores(s: QuoteScores): string {
  const lines = [`documents: ${s.documents}`, 'role     match     P      R      F1     (tp/pred/gold)'];
  for (const role of ROLES) {
    for (const m of ['exact', 'overlap'] as const) {
      const x = s.roles[role][m];
      lines.push(
        `${role.padEnd(8)} ${m.padEnd(8)} ${fmt(x.p)}  ${fmt(x.r)}  ${fmt(x.f1)}   (${x.tp}/${x.pred}/${x.gold})`,
      );
    }
  }
  const l = s.linked;
  lines.push(`linked   overlap  ${fmt(l.p)}  ${fmt(l.r)}  ${fmt(l.f1)}   (${l.tp}/${l.pred}/${l.gold})`);
  lines.push(
    `quotes: source exact F1 ${s.roles.source.exact.f1.toFixed(1)}, cue exact F1 ${s.roles.cue.exact.f1.toFixed(1)}, ` +
      `content overlap F1 ${s.roles.content.overlap.f1.toFixed(1)}, linked F1 ${l.f1.toFixed(1)}`,
  );
  return lines.join('\n') + '\n';
}
