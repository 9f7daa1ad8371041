import { DossierError } from '../errors/dossier-error.js';
import type { ConlluSentence } from './conllu.js';

/** Scores of a system CoNLL-U against gold over the same words, as percentages. */
export interface UdScores {
  words: number;
  upos: number;
  xpos: number;
  /** Unlabelled attachment: the head is right. */
  uas: number;
  /** Labelled attachment: the head and the universal relation (the DEPREL before any ":" subtype) are right. */
  las: number;
  /** False when the system left every HEAD empty (no parser ran), so UAS and LAS mean nothing. */
  parsed: boolean;
}

/**
 * Scores system sentences against gold ones word by word (gold words, as in the CoNLL 2018 shared
 * task with given segmentation): every word counts, punctuation included.
 */
export function scoreUd(gold: ConlluSentence[], system: ConlluSentence[], file = '<conllu>'): UdScores {
  if (gold.length !== system.length) {
    throw new DossierError(
      'CONLL_MALFORMED',
      'the system output has another number of sentences than the gold file',
      {
        file,
        expected: `${gold.length} sentences`,
        found: `${system.length}`,
      },
    );
  }
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let uas = 0;
  let las = 0;
  let parsed = false;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s].words;
    const p = system[s].words;
    if (g.length !== p.length) {
      throw new DossierError(
        'CONLL_MALFORMED',
        'a system sentence has another number of words than the gold one',
        {
          file,
          line: gold[s].line,
          expected: `${g.length} words`,
          found: `${p.length}`,
        },
      );
    }
    for (let i = 0; i < g.length; i++) {
      words++;
      if (g[i].upos === p[i].upos) upos++;
      if (g[i].xpos === p[i].xpos) xpos++;
      if (p[i].head >= 0) parsed = true;
      if (g[i].head === p[i].head) {
        uas++;
        if (universal(g[i].deprel) === universal(p[i].deprel)) las++;
      }
    }
  }
  const pct = (n: number): number => (words ? (100 * n) / words : 0);
  return { words, upos: pct(upos), xpos: pct(xpos), uas: pct(uas), las: pct(las), parsed };
}

/** The universal part of a relation ("obl:tmod" → "obl"). */
function universal(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}

/** The report printed by `dossier eval ud`, ending with one headline line. */
export function formatUdScores(scores: UdScores, file: string): string {
  const f = (x: number): string => x.toFixed(2).padStart(6);
  const lines = [
    `${file}: ${scores.words} words (gold segmentation)`,
    `UPOS ${f(scores.upos)}`,
    `XPOS ${f(scores.xpos)}`,
    `UAS  ${f(scores.uas)}${scores.parsed ? '' : '   (no parser: HEAD left as given)'}`,
    `LAS  ${f(scores.las)}${scores.parsed ? '' : '   (no parser: DEPREL left as given)'}`,
    `ud: UPOS ${scores.upos.toFixed(2)}, XPOS ${scores.xpos.toFixed(2)}, UAS ${scores.uas.toFixed(2)}, LAS ${scores.las.toFixed(2)}`,
  ];
  return lines.join('\n') + '\n';
}
