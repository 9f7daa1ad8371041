import { makeArticle } from '../doc/article.js';
import type { EntityJson } from '../doc/contract.js';
import { analyse, defaultComponents } from '../pipeline/pipeline.js';
import type { ConlluSentence } from './conllu.js';
import { readCorefDocuments, type CorefDocument, type GoldMention } from './coref-gold.js';
import { CorefScorer, prf } from './coref-score.js';

/** The gold entity types scored (GUM's), and our types that stand for them. */
export const GOLD_TYPES = new Set(['person', 'organization', 'place']);
const SYSTEM_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
/** The pipeline steps entity clusters need. */
const STEPS = new Set(['tagger', 'parser', 'ner', 'entities']);

/** A system mention: its span and its entity. */
export interface SystemMention {
  start: number;
  end: number;
  entity: string;
}

/** Scores with and without singleton entities (the CoNLL-2012 setting has none). */
export interface CorefReport {
  documents: number;
  goldMentions: number;
  systemMentions: number;
  matched: number;
  withoutSingletons: CorefScorer;
  withSingletons: CorefScorer;
}

/** The system's person, organization and place mentions of an article's text. */
export function systemMentions(text: string): SystemMention[] {
  const steps = defaultComponents().filter((c) => STEPS.has(c.name));
  const doc = analyse(makeArticle(text), steps);
  const entities = (doc.layers.entities ?? []) as EntityJson[];
  return entities
    .filter((e) => SYSTEM_TYPES.has(e.type))
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id })));
}

/**
 * The gold mention a system mention stands for: the smallest gold mention that contains it and
 * whose minimal span (head) it overlaps ("Trump" in "U.S. President Donald Trump"); -1 when none.
 */
export function alignMention(mention: SystemMention, gold: GoldMention[], taken: Uint8Array): number {
  let best = -1;
  for (let g = 0; g < gold.length; g++) {
    const m = gold[g];
    if (taken[g] || m.start > mention.start || m.end < mention.end) continue;
    if (!m.heads.some(([s, e]) => s < mention.end && e > mention.start)) continue;
    if (best < 0 || m.end - m.start < gold[best].end - gold[best].start) best = g;
  }
  return best;
}

function group(ids: string[], clusterIds: string[]): string[][] {
  const byCluster = new Map<string, string[]>();
  ids.forEach((id, k) => {
    const list = byCluster.get(clusterIds[k]);
    if (list) list.push(id);
    else byCluster.set(clusterIds[k], [id]);
  });
  return [...byCluster.values()];
}

/** Scores one document: gold clusters of the scored types against the system's, mentions aligned by head. */
export function scoreDocument(document: CorefDocument, system: SystemMention[], report: CorefReport): void {
  // the whole gold document is kept for alignment, so a system mention of an unscored entity is not counted as matching a scored one
  const gold = document.mentions;
  const taken = new Uint8Array(gold.length);
  const responseIds: string[] = [];
  const responseClusters: string[] = [];
  system.forEach((mention, s) => {
    const g = alignMention(mention, gold, taken);
    if (g >= 0) taken[g] = 1;
    if (g >= 0 && GOLD_TYPES.has(gold[g].etype)) report.matched++;
    responseIds.push(g >= 0 ? `g${g}` : `s${s}`);
    responseClusters.push(mention.entity);
  });
  const keyIds: string[] = [];
  const keyClusters: string[] = [];
  gold.forEach((m, g) => {
    if (!GOLD_TYPES.has(m.etype)) return;
    keyIds.push(`g${g}`);
    keyClusters.push(m.entity);
  });
  report.goldMentions += keyIds.length;
  report.systemMentions += system.length;
  report.documents++;
  const key = group(keyIds, keyClusters);
  const response = group(responseIds, responseClusters);
  report.withSingletons.add(key, response);
  report.withoutSingletons.add(
    key.filter((c) => c.length > 1),
    response.filter((c) => c.length > 1),
  );
}

/** Runs the entity pipeline on each document of a GUM-style CoNLL-U file and scores its clusters. */
export function evaluateCoref(sentences: ConlluSentence[], file = '<conllu>'): CorefReport {
  const report: CorefReport = {
    documents: 0,
    goldMentions: 0,
    systemMentions: 0,
    matched: 0,
    withoutSingletons: new CorefScorer(),
    withSingletons: new CorefScorer(),
  };
  for (const document of readCorefDocuments(sentences, file))
    scoreDocument(document, systemMentions(document.text), report);
  return report;
}

/** The report printed by `dossier eval coref`, ending with the headline line. */
export function formatCorefReport(report: CorefReport, file: string): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const lines = [
    `${file}: ${report.documents} documents, ${report.goldMentions} gold person/organization/place mentions, ` +
      `${report.systemMentions} system mentions, ${report.matched} aligned by head`,
  ];
  for (const [label, scorer] of [
    ['with singletons', report.withSingletons],
    ['without singletons', report.withoutSingletons],
  ] as const) {
    lines.push(`${label}:`);
    for (const [metric, counts] of [
      ['MUC', scorer.muc],
      ['B3', scorer.bcubed],
      ['CEAF-e', scorer.ceafe],
    ] as const) {
      const s = prf(counts);
      lines.push(`  ${metric.padEnd(7)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`);
    }
    lines.push(`  CoNLL-2012 F1 ${pct(scorer.conll())}`);
  }
  lines.push(
    `coref CoNLL-2012 F1 (person, organization, place; no singletons) ${(100 * report.withoutSingletons.conll()).toFixed(2)}`,
  );
  return lines.join('\n') + '\n';
}
