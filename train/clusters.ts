import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../src/errors/dossier-error.js';
import { readConllu } from '../src/eval/conllu.js';
import { buildClusters } from '../src/models/clusters/build-clusters.js';
import { CLUSTERS_FILE } from '../src/models/clusters/word-clusters.js';
import { hasSharedData, modelPath, sharedDataPath } from '../src/models/paths.js';
import { tokenize } from '../src/text/tokenizer.js';

/** Settings of the shipped table. */
const SEED = 1;

/** What the shipped table is built from (no dev or test split of any tagged or labelled set). */
export const CLUSTER_SOURCES =
  'unlabelled text of bbc_news, news_cluster, PolNeAR train, LGL, GeoVirus, TR-News, TempEval-3, ' +
  'CoNLL-2003 eng.train words, and the words of UD EWT train and GUM train';

/** Sorted file names in a folder that end with `ext` (sorted: the same corpus order on every machine). */
function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** The words of each non-empty line of a text, by the project's tokenizer. */
function* linesOf(text: string): Generator<string[]> {
  for (const line of text.split(/\r?\n/)) {
    const tokens = tokenize(line);
    const n = tokens.starts.length;
    if (n === 0) continue;
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(line.slice(tokens.starts[i], tokens.ends[i]));
    yield words;
  }
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] ?? '',
  );
}

/** Every unlabelled sentence of the sources, in a fixed order. */
export function* unlabelledSentences(): Generator<string[]> {
  const data = (...p: string[]) => sharedDataPath(...p);
  for (const topic of readdirSync(data('bbc_news')).sort()) {
    if (!topic.includes('.'))
      for (const f of filesIn(data('bbc_news', topic), '.txt')) yield* linesOf(readFileSync(f, 'utf8'));
  }
  for (const dir of ['data', 'google_news_data']) {
    for (const f of filesIn(data('news_cluster', dir), '.json')) {
      const text = (JSON.parse(readFileSync(f, 'utf8')) as { text?: unknown }).text;
      if (typeof text === 'string') yield* linesOf(text);
    }
  }
  for (const f of filesIn(data('polnear', 'train', 'text'), '.txt')) yield* linesOf(readFileSync(f, 'utf8'));
  for (const f of filesIn(data('geoparsing'), '.xml')) {
    for (const m of readFileSync(f, 'utf8').matchAll(/<text>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/text>/g)) {
      yield* linesOf(decodeEntities(m[1]));
    }
  }
  for (const part of ['TimeBank', 'AQUAINT']) {
    for (const f of filesIn(data('tempeval3', 'TBAQ-cleaned', part), '.tml')) {
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(f, 'utf8'));
      if (body) yield* linesOf(decodeEntities(body[1].replace(/<[^>]*>/g, '')));
    }
  }
  yield* conllWords(readFileSync(data('conll2003', 'eng.train'), 'utf8'));
  for (const bank of [
    ['EWT', 'en_ewt-ud-train.conllu'],
    ['GUM', 'en_gum-ud-train.conllu'],
  ]) {
    for (const s of readConllu(data('ud', bank[0], bank[1]))) yield s.words.map((w) => w.form);
  }
}

/** The sentences of a CoNLL-2003 file (first column; blank lines and -DOCSTART- end them). */
function* conllWords(text: string): Generator<string[]> {
  let words: string[] = [];
  for (const line of text.split('\n')) {
    const form = line.split(' ')[0];
    if (form === '' || form === '-DOCSTART-') {
      if (words.length) yield words;
      words = [];
    } else words.push(form);
  }
  if (words.length) yield words;
}

/** Builds models/clusters.bin from the unlabelled text under ../shared/data. */
export function trainClustersModel(args: string[], log: (line: string) => void): void {
  if (!hasSharedData())
    throw new DossierError('DATA_MISSING', 'the shared data is not there', { file: sharedDataPath() });
  const out = args[0] ?? modelPath(CLUSTERS_FILE);
  const started = Date.now();
  const sentences = [...unlabelledSentences()];
  const tokens = sentences.reduce((s, w) => s + w.length, 0);
  log(`clusters: ${sentences.length} lines, ${tokens} words`);
  const clusters = buildClusters(sentences, { seed: SEED, builtFrom: CLUSTER_SOURCES });
  const bytes = clusters.encode();
  writeFileSync(out, bytes);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  log(
    `wrote ${out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${clusters.words.length} words, levels ${clusters.header.levels.join('/')} (${seconds}s)`,
  );
}
