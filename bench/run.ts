import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { BBC_NEWS_DIR, loadArticles } from './load-articles.js';
import { STAGES } from './stages.js';

/** How long each stage runs (seconds, after one warm-up pass): long enough for a steady figure. */
const MIN_SECONDS = 3;

function main(): number {
  const dir = process.argv[2] ?? BBC_NEWS_DIR;
  if (!existsSync(dir)) {
    console.error(`bench: no corpus at ${dir} (expected ../shared/data/bbc_news beside the repository)`);
    return 1;
  }
  const corpus = loadArticles(dir);
  console.log(
    `corpus: ${corpus.texts.length} articles, ${corpus.words.toLocaleString('en-US')} words (whitespace-separated)`,
  );
  for (const file of corpus.latin1)
    console.log(`  note: ${relative(dir, file)} is not UTF-8; decoded as Latin-1`);
  for (const stage of STAGES) {
    stage.run(corpus.texts); // warm-up: let the JIT settle
    let passes = 0;
    let checksum = 0;
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    let seconds = 0;
    while (seconds < MIN_SECONDS) {
      checksum += stage.run(corpus.texts);
      passes++;
      seconds = Number(process.hrtime.bigint() - start) / 1e9;
    }
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const wordsPerSecond = (corpus.words * passes) / seconds;
    // per CPU second too: on a shared machine the wall clock also counts time spent waiting for a core
    const wordsPerCpuSecond = (corpus.words * passes) / cpuSeconds;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `${stage.name.padEnd(32)} ${Math.round(wordsPerSecond).toLocaleString('en-US').padStart(12)} words/s  ` +
        `(${Math.round(wordsPerCpuSecond).toLocaleString('en-US')} per CPU second; ${passes} passes, ${seconds.toFixed(2)} s)  ` +
        `peak RSS ${peakMb.toFixed(0)} MB  [checksum ${checksum % 1e6}]`,
    );
  }
  return 0;
}

process.exitCode = main();
