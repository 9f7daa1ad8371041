/**
 * `npm run bench [-- DIR] [--sample N] [--stages 4,5]`: words per second of each stage in
 * bench/stages.ts (or of those numbered, from 0) over the BBC News corpus (every article, or every
 * k-th article so that about N are kept). Each stage runs in its own child process, so that its
 * peak RSS is its own: the process loads the stage's models (timed apart), then warms up on every
 * WARM_UP_EVERY-th article (the JIT compiles and settles; this pass is reported as the cold rate),
 * then times whole passes over the other articles, which it has not seen: no per-form cache
 * starts warm with their words.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BBC_NEWS_DIR, countWords, loadArticles, type BenchCorpus } from './load-articles.js';
import { STAGES } from './stages.js';

/** How long each stage runs (seconds of wall time, whole passes, after the warm-up). */
const MIN_SECONDS = 3;
/** Every WARM_UP_EVERY-th article warms up the JIT (one pass, timed apart); the rest are timed. */
const WARM_UP_EVERY = 4;

/** What one stage's child process reports. */
interface StageResult {
  name: string;
  articles: number;
  words: number;
  loadSeconds: number;
  /** The warm-up pass: its words and seconds (wall), which include the JIT's compiling. */
  coldWords: number;
  coldSeconds: number;
  passes: number;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  checksum: number;
}

function sample(corpus: BenchCorpus, size: number | undefined): BenchCorpus {
  if (!size || size >= corpus.texts.length) return corpus;
  const step = corpus.texts.length / size;
  const texts: string[] = [];
  for (let k = 0; k < size; k++) texts.push(corpus.texts[Math.floor(k * step)]);
  return { ...corpus, texts, words: texts.reduce((sum, text) => sum + countWords(text), 0) };
}

/** Runs stage `index` in this process and returns its figures. */
function runStage(index: number, corpus: BenchCorpus): StageResult {
  const stage = STAGES[index];
  const loadStart = process.hrtime.bigint();
  const run = stage.prepare();
  run('Loading the models.'); // the models load on first use
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  const warmUp = corpus.texts.filter((_, k) => k % WARM_UP_EVERY === WARM_UP_EVERY - 1);
  const timed = corpus.texts.filter((_, k) => k % WARM_UP_EVERY !== WARM_UP_EVERY - 1);
  let checksum = 0;
  const coldStart = process.hrtime.bigint();
  for (const text of warmUp) checksum = (checksum + run(text)) % 1e9;
  const coldSeconds = Number(process.hrtime.bigint() - coldStart) / 1e9;
  let passes = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < MIN_SECONDS) {
    for (const text of timed) checksum = (checksum + run(text)) % 1e9;
    passes++;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    name: stage.name,
    articles: timed.length,
    words: timed.reduce((sum, text) => sum + countWords(text), 0),
    loadSeconds,
    coldWords: warmUp.reduce((sum, text) => sum + countWords(text), 0),
    coldSeconds,
    passes,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    checksum,
  };
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { sample: { type: 'string' }, stage: { type: 'string' }, stages: { type: 'string' } },
  });
  const dir = positionals[0] ?? BBC_NEWS_DIR;
  if (!existsSync(dir)) {
    console.error(`bench: no corpus at ${dir} (expected ../shared/data/bbc_news beside the repository)`);
    return 1;
  }
  const picked = values.stages ? values.stages.split(',').map(Number) : STAGES.map((_, index) => index);
  if (picked.some((index) => !(index >= 0 && index < STAGES.length))) {
    console.error(`bench: --stages takes stage numbers from 0 to ${STAGES.length - 1}, comma-separated`);
    return 1;
  }
  const corpus = sample(loadArticles(dir), values.sample ? Number(values.sample) : undefined);
  if (values.stage !== undefined) {
    // child: one stage, its figures as JSON on stdout
    console.log(JSON.stringify(runStage(Number(values.stage), corpus)));
    return 0;
  }
  console.log(
    `corpus: ${corpus.texts.length} articles, ${format(corpus.words)} words (whitespace-separated); ` +
      `each stage, in its own process: load, warm-up on every ${WARM_UP_EVERY}th article (its rate is ` +
      `the cold column), then whole passes over the other articles for at least ${MIN_SECONDS} s`,
  );
  for (const file of corpus.latin1)
    console.log(`  note: ${relative(dir, file)} is not UTF-8; decoded as Latin-1`);
  console.log(
    `| stage (cumulative) | words/s (wall) | words per CPU second | cold (warm-up pass) | peak RSS | model load | passes |\n|---|---|---|---|---|---|---|`,
  );
  const self = fileURLToPath(import.meta.url);
  for (const index of picked) {
    const args = [self, dir, '--stage', String(index)];
    if (values.sample) args.push('--sample', values.sample);
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      console.error(`bench: stage "${STAGES[index].name}" failed\n${child.stderr}`);
      return 1;
    }
    const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as StageResult;
    const words = r.words * r.passes;
    console.log(
      `| ${r.name} | ${format(words / r.seconds)} | ${format(words / r.cpuSeconds)} | ` +
        `${format(r.coldWords / r.coldSeconds)} | ${r.peakMb.toFixed(0)} MB | ` +
        `${(r.loadSeconds * 1000).toFixed(0)} ms | ${r.passes} (${r.seconds.toFixed(1)} s) |`,
    );
  }
  return 0;
}

process.exitCode = main();
