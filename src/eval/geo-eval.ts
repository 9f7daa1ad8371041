import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../geo/load-gazetteer.js';
import { outletCountry } from '../geo/outlet-country.js';
import { placeKey } from '../geo/place-key.js';
import { resolvePlaces } from '../geo/resolve-places.js';
import { distanceKm } from '../geo/distance.js';
import { readGeoCorpus, type GeoCorpusName } from './geo-corpus.js';
import type { ToponymConvention } from './geo-convention.js';
import { geoComponents, predictPlaces } from './geo-predict.js';
import { errorStats, GeoScores, MAX_ERROR_KM, prf } from './geo-score.js';

/** The corpus files under the geoparsing folder. */
export const GEO_CORPORA: Record<GeoCorpusName, string> = {
  lgl: 'lgl.xml',
  geovirus: 'GeoVirus.xml',
  trnews: 'TR-News.xml',
};

/**
 * What each gold set counts as a toponym beyond GPE/LOC names: LGL's guidelines also annotate places
 * inside organization names and nationality adjectives (see geo-convention.ts).
 */
export const CONVENTIONS: Record<GeoCorpusName, ToponymConvention> = {
  lgl: { nested: true, demonyms: true, streets: true },
  geovirus: { nested: false, demonyms: false, streets: false },
  trnews: { nested: false, demonyms: false, streets: false },
};

/** Half of a corpus's articles in file order: `first` (where the rules were tuned) or `second` (held out). */
export type GeoHalf = 'first' | 'second';

/** Scores of one corpus: the pipeline's recognition and resolution, and resolution alone on the gold spans. */
export interface GeoCorpusResult {
  corpus: GeoCorpusName;
  articles: number;
  dropped: number;
  pipeline: GeoScores;
  /** Distance errors when the gold toponyms are given (the resolver alone). */
  oracleErrors: number[];
}

/** Runs the geoparser over one corpus file and scores it. */
export function evaluateGeoCorpus(
  file: string,
  corpus: GeoCorpusName,
  limit = Infinity,
  convention: ToponymConvention = CONVENTIONS[corpus],
  half?: GeoHalf,
): GeoCorpusResult {
  const { articles, dropped } = readGeoCorpus(file, corpus);
  const { components } = geoComponents();
  const gazetteer = loadGazetteer();
  const pipeline = new GeoScores();
  const oracleErrors: number[] = [];
  // the first half (in file order) is where the rules were tuned; the second is held out
  const middle = Math.floor(articles.length / 2);
  const part =
    half === 'first' ? articles.slice(0, middle) : half === 'second' ? articles.slice(middle) : articles;
  const used = part.slice(0, limit);
  for (const article of used) {
    pipeline.add(article.toponyms, predictPlaces(article.text, components, article.url, convention));
    const chosen = resolvePlaces(
      gazetteer,
      article.toponyms.map((t) => t.text),
      { outlet: outletCountry(article.url) },
    );
    for (const t of article.toponyms) {
      if (t.lat === null || t.lon === null) continue;
      const i = chosen.get(placeKey(t.text));
      oracleErrors.push(
        i === undefined || i === null
          ? MAX_ERROR_KM
          : distanceKm(t.lat, t.lon, gazetteer.lat(i), gazetteer.lon(i)),
      );
    }
  }
  return { corpus, articles: used.length, dropped, pipeline, oracleErrors };
}

/** Evaluates every corpus present in `dir` (or the named ones). */
export function evaluateGeoFolder(
  dir: string,
  corpora: GeoCorpusName[],
  limit?: number,
  half?: GeoHalf,
): GeoCorpusResult[] {
  return corpora
    .filter((c) => existsSync(join(dir, GEO_CORPORA[c])))
    .map((c) => evaluateGeoCorpus(join(dir, GEO_CORPORA[c]), c, limit, CONVENTIONS[c], half));
}

const f1 = (n: number): string => n.toFixed(1);

/** The report: recognition P/R/F1 (exact and overlap), accuracy@161 km, mean/median error and AUC; one headline line last. */
export function formatGeoScores(results: GeoCorpusResult[], recognizer: string): string {
  const lines: string[] = [
    `toponym recognizer: ${recognizer === 'ner' ? 'NER (models/ner.bin), GPE+LOC mentions' : 'gazetteer fallback (no models/ner.bin)'}`,
  ];
  const headline: string[] = [];
  for (const r of results) {
    const s = r.pipeline;
    const exact = prf(s.exact, s.predicted, s.exact, s.gold);
    const overlap = prf(s.overlapPredicted, s.predicted, s.overlapGold, s.gold);
    const resolved = errorStats(s.errors);
    const oracle = errorStats(r.oracleErrors);
    lines.push(
      '',
      `${r.corpus}: ${r.articles} articles, ${s.gold} gold toponyms${r.dropped ? ` (${r.dropped} unplaceable, dropped)` : ''}, ${s.predicted} predicted` +
        (CONVENTIONS[r.corpus].nested
          ? ' (counting places inside organization names and nationality adjectives)'
          : ''),
      `  recognition exact    P ${f1(exact.p)}  R ${f1(exact.r)}  F1 ${f1(exact.f)}`,
      `  recognition overlap  P ${f1(overlap.p)}  R ${f1(overlap.r)}  F1 ${f1(overlap.f)}`,
      `  resolution (recognized, n=${resolved.n})  acc@161km ${f1(resolved.acc161)}%  mean ${Math.round(resolved.mean)} km  median ${Math.round(resolved.median)} km  AUC ${resolved.auc.toFixed(3)}`,
      `  resolution (gold spans, n=${oracle.n})  acc@161km ${f1(oracle.acc161)}%  mean ${Math.round(oracle.mean)} km  median ${Math.round(oracle.median)} km  AUC ${oracle.auc.toFixed(3)}`,
    );
    headline.push(`${r.corpus} F1 ${f1(exact.f)}/${f1(overlap.f)} acc@161 ${f1(resolved.acc161)}%`);
  }
  lines.push('', `geo: ${headline.join('; ')}  (F1 exact/overlap; accuracy over recognized toponyms)`);
  return lines.join('\n') + '\n';
}
