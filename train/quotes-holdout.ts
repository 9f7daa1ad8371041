import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeArticle } from '../src/doc/article.js';
import { Doc } from '../src/doc/doc.js';
import { labels } from '../src/doc/string-store.js';
import { readBratAttributions, type BratAttribution, type Fragments } from '../src/eval/brat.js';
import { analyseForQuotes } from '../src/eval/quotes-predict.js';
import {
  formatQuoteScores,
  readGoldFolder,
  scoreAttributions,
  type GoldDocument,
} from '../src/eval/quotes-eval.js';
import { findAttributions, toBratAttributions } from '../src/extract/quotes/find-attributions.js';
import { tagCues } from '../src/extract/quotes/quote-tagger.js';
import type { QuotesModel } from '../src/extract/quotes/quotes-model.js';
import { tokenContext } from '../src/extract/quotes/token-context.js';
import type { LinearModel } from '../src/models/linear-model.js';
import { decodeModelFile, encodeModelFile } from '../src/models/model-file.js';
import { sharedDataPath } from '../src/models/paths.js';
import { goldTags, type TaggedDocument } from './quotes-data.js';
import { trainCueLexicon, trainQuotesModels, type QuotesTrainOptions } from './quotes.js';

/** The Doc columns the quote taggers read, with labels as strings (ids are per process). */
interface StoredDoc {
  text: string;
  start: number[];
  end: number[];
  sentStart: number[];
  head: number[];
  upos: string[];
  xpos: string[];
  dep: string[];
  ent: string[];
}

function store(doc: Doc): StoredDoc {
  const names = (a: Uint16Array): string[] => Array.from(a, (id) => labels.get(id));
  return {
    text: doc.text,
    start: Array.from(doc.start),
    end: Array.from(doc.end),
    sentStart: Array.from(doc.sentStart),
    head: Array.from(doc.head),
    upos: names(doc.upos),
    xpos: names(doc.xpos),
    dep: names(doc.dep),
    ent: names(doc.ent),
  };
}

function restore(s: StoredDoc): Doc {
  const doc = new Doc(makeArticle(s.text), s.start, s.end, s.sentStart);
  const fill = (a: Uint16Array, v: string[]): void => v.forEach((x, i) => (a[i] = x ? labels.intern(x) : 0));
  fill(doc.upos, s.upos);
  fill(doc.xpos, s.xpos);
  fill(doc.dep, s.dep);
  fill(doc.ent, s.ent);
  s.head.forEach((h, i) => (doc.head[i] = h));
  return doc;
}

/**
 * The NLP core's analyses of gold documents, read from `cache` when it holds the same texts (a
 * held-out run then skips the NLP core), else computed and written there.
 */
export function analysedDocs(golds: GoldDocument[], cache?: string): Doc[] {
  if (cache && existsSync(cache)) {
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as StoredDoc[];
    if (stored.length === golds.length && stored.every((s, k) => s.text === golds[k].text))
      return stored.map(restore);
  }
  const docs = golds.map((g) => analyseForQuotes(g.text));
  if (cache) writeFileSync(cache, JSON.stringify(docs.map(store)));
  return docs;
}

/** Which quarter of the training articles is held out (by index in name order). */
const FOLDS = 4;
const HELD = 3;

function words(doc: Doc, f: Fragments): string {
  return f
    .map(([a, b]) => doc.text.slice(a, b))
    .join(' … ')
    .replace(/\s+/g, ' ');
}

function overlaps(a: Fragments, b: Fragments): boolean {
  return a.some((x) => b.some((y) => Math.min(x[1], y[1]) > Math.max(x[0], y[0])));
}

function same(a: Fragments, b: Fragments): boolean {
  return a.length === b.length && a.every((x, k) => x[0] === b[k][0] && x[1] === b[k][1]);
}

function top(counts: Map<string, number>, n: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v} ${k}`)
    .join(' | ');
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** Where the cues of the held-out articles go wrong: missed (by word and by stage), inexact (by boundary), spurious. */
function cueErrors(
  docs: TaggedDocument[],
  golds: GoldDocument[],
  preds: BratAttribution[][],
  model: QuotesModel,
  log: (line: string) => void,
): void {
  const missed = new Map<string, number>();
  const missedStage = new Map<string, number>();
  const inexact = new Map<string, number>();
  const spurious = new Map<string, number>();
  const lost: string[] = [];
  let goldCues = 0;
  docs.forEach((d, k) => {
    const doc = d.ctx.doc;
    const raw = tagCues(d.ctx, model.cue);
    const predCues = preds[k].map((a) => a.cue).filter((c): c is Fragments => c !== null);
    const goldList = golds[k].attributions.map((a) => a.cue).filter((c): c is Fragments => c !== null);
    goldCues += goldList.length;
    for (const g of goldList) {
      const text = words(doc, g).toLowerCase();
      if (predCues.some((p) => same(p, g))) continue;
      const o = predCues.find((p) => overlaps(p, g));
      if (o) {
        const [gs, ge] = [g[0][0], g[g.length - 1][1]];
        const [ps, pe] = [o[0][0], o[o.length - 1][1]];
        const left =
          ps < gs
            ? `+L'${doc.text.slice(ps, gs).trim()}'`
            : ps > gs
              ? `-L'${doc.text.slice(gs, ps).trim()}'`
              : '';
        const right =
          pe > ge
            ? `+R'${doc.text.slice(ge, pe).trim()}'`
            : pe < ge
              ? `-R'${doc.text.slice(pe, ge).trim()}'`
              : '';
        bump(inexact, `${left}${right}`.toLowerCase());
        continue;
      }
      bump(missed, text);
      let tagged = false;
      for (const [a, b] of g)
        for (let i = 0; i < doc.length; i++) if (doc.start[i] < b && doc.end[i] > a && raw[i]) tagged = true;
      const rate = [...g].some(([a, b]) => {
        for (let i = 0; i < doc.length; i++)
          if (doc.start[i] < b && doc.end[i] > a && d.ctx.cueRate[i] > 0) return true;
        return false;
      });
      bump(
        missedStage,
        `${tagged ? 'tagged, lost by rules' : 'tagger O'}${rate ? ', known cue word' : ', no cue rate'}`,
      );
      if (tagged && lost.length < 40) {
        const [a, b] = [g[0][0], g[g.length - 1][1]];
        lost.push(
          `${doc.text.slice(Math.max(0, a - 80), a)}[[${doc.text.slice(a, b)}]]${doc.text.slice(b, b + 60)}`.replace(
            /\s+/g,
            ' ',
          ),
        );
      }
    }
    for (const p of predCues)
      if (!goldList.some((g) => overlaps(p, g))) bump(spurious, words(doc, p).toLowerCase());
  });
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  log(`gold cues ${goldCues}; missed ${sum(missed)}; inexact ${sum(inexact)}; spurious ${sum(spurious)}`);
  log(`missed by stage: ${top(missedStage, 8)}`);
  log(`missed: ${top(missed, 60)}`);
  log(`inexact: ${top(inexact, 40)}`);
  log(`spurious: ${top(spurious, 40)}`);
  log(`tagged, lost by rules (first 40):\n${lost.join('\n')}`);
}

/**
 * `npm run train -- quotes --holdout [--errors] [--cache FILE] [--model FILE] [--bias B,…]`: trains on
 * three quarters of PolNeAR train and scores the held-out quarter (dev is not read), with where its
 * cues go wrong. `--cache` keeps the NLP core's analyses and `--model` the held-out taggers between
 * runs (read when the file exists), so that rules can be compared without retraining.
 */
export function quotesHoldout(
  options: Partial<QuotesTrainOptions> & {
    cache?: string;
    model?: string;
    errors?: boolean;
    biases?: number[];
  },
  log: (line: string) => void,
): void {
  const started = Date.now();
  const golds = readGoldFolder(sharedDataPath('polnear', 'train'));
  const all = analysedDocs(golds, options.cache).map((doc, k) => ({
    name: golds[k].name,
    ctx: tokenContext(doc),
    gold: goldTags(doc, golds[k].attributions),
  }));
  log(`train: ${all.length} documents analysed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const train = all.filter((_, k) => k % FOLDS !== HELD);
  const held = all.filter((_, k) => k % FOLDS === HELD);
  const heldGold = golds.filter((_, k) => k % FOLDS === HELD);
  const lexicon = trainCueLexicon(train);
  let cue: LinearModel;
  let role: LinearModel;
  if (options.model && existsSync(options.model)) {
    [cue, role] = decodeModelFile(new Uint8Array(readFileSync(options.model)), options.model).models;
  } else {
    ({ cue, role } = trainQuotesModels(train, {
      epochs: options.epochs ?? 8,
      seed: options.seed ?? 1,
      prune: options.prune ?? 0.8,
      out: '',
      log,
    }));
    if (options.model)
      writeFileSync(
        options.model,
        encodeModelFile({ kind: 'quotes-holdout', featureVersion: 0 }, [cue, role]),
      );
  }
  for (const bias of options.biases ?? [0]) {
    const model: QuotesModel = {
      header: { kind: 'quotes', featureVersion: 0, cueBias: bias },
      cue,
      role,
      lexicon,
    };
    const preds = held.map((d) => toBratAttributions(d.ctx.doc, findAttributions(d.ctx.doc, model, d.ctx)));
    log(`cue bias ${bias}`);
    log(
      formatQuoteScores(
        scoreAttributions(
          heldGold.map((g) => g.attributions),
          preds,
        ),
      ),
    );
    if (options.errors && bias === 0) cueErrors(held, heldGold, preds, model, log);
  }
  log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * `npm run train -- quotes --agreement`: how far PolNeAR's own annotators agree, scored as the
 * taggers are: on the training articles annotated by several annotators, the first annotator's
 * file (the one the taggers train on) against each other annotator's.
 */
export function annotatorAgreement(log: (line: string) => void): void {
  const dir = sharedDataPath('polnear', 'train');
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const gold: BratAttribution[][] = [];
  const other: BratAttribution[][] = [];
  let articles = 0;
  for (const g of readGoldFolder(dir)) {
    const mine = anns.filter((a) => a.startsWith(g.name) && /^_[^_]+\.ann$/.test(a.slice(g.name.length)));
    if (mine.length < 2) continue;
    articles++;
    const read = (a: string): BratAttribution[] =>
      readBratAttributions(readFileSync(join(dir, 'attributions', a), 'utf8'));
    for (const a of mine.slice(1)) {
      gold.push(read(mine[0]));
      other.push(read(a));
    }
  }
  log(`${articles} articles with several annotators, ${gold.length} pairs (first annotator as gold)`);
  log(formatQuoteScores(scoreAttributions(gold, other)));
}
