/**
 * How much optimizing-compiler work the full pipeline still does once it is warm, as `npm run
 * bench` sees it: the default pipeline warms up on every 4th BBC News article, then runs twice
 * over the other 1,669 (text it has not seen). Prints, for each of the two timed passes, the CPU
 * seconds of the main thread and of the process's other threads (V8's compiler and GC threads;
 * read from /proc, so Linux only), and with --trace the functions V8 optimized during the first
 * timed pass and its compile time (the sum of the three phases of each 'completed compiling'
 * line of `node --trace-opt-verbose`; tracing costs time, so its CPU figures are not comparable).
 *
 *   node dist/bench/jit-churn.js           per-thread CPU of the two timed passes
 *   node dist/bench/jit-churn.js --trace   also the compiles of the first timed pass, costliest first
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeArticle } from '../src/doc/article.js';
import { defaultComponents, makeDoc } from '../src/pipeline/pipeline.js';
import { BBC_NEWS_DIR, loadArticles } from './load-articles.js';

const MARK = '@@ timed pass';
const MARK_END = '@@ end of the first timed pass';

/** CPU seconds of each thread of this process, by thread id. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(t, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

function runPasses(): void {
  const corpus = loadArticles(BBC_NEWS_DIR);
  const warm = corpus.texts.filter((_, k) => k % 4 === 3);
  const timed = corpus.texts.filter((_, k) => k % 4 !== 3);
  const components = defaultComponents();
  const run = (text: string): void => {
    const doc = makeDoc(makeArticle(text, { published: '2025-01-01' }));
    for (const c of components) c.apply(doc);
  };
  for (const text of warm) run(text);
  for (let pass = 1; pass <= 2; pass++) {
    console.log(MARK);
    const before = threadCpu();
    const t0 = performance.now();
    for (const text of timed) run(text);
    const wall = (performance.now() - t0) / 1000;
    const after = threadCpu();
    let main = 0;
    let other = 0;
    for (const [t, cpu] of after) {
      const spent = cpu - (before.get(t) ?? 0);
      if (t === String(process.pid)) main += spent;
      else other += spent;
    }
    if (pass === 1) console.log(MARK_END);
    console.log(
      `timed pass ${pass}: ${timed.length} articles, wall ${wall.toFixed(2)} s, ` +
        `main thread ${main.toFixed(2)} s CPU, other threads ${other.toFixed(2)} s CPU`,
    );
  }
}

function traceCompiles(): void {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--trace-opt-verbose', self, '--child'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (child.status !== 0) throw new Error(`traced run failed: ${child.stderr}`);
  let timed = false;
  let count = 0;
  let total = 0;
  const byName = new Map<string, { ms: number; n: number }>();
  for (const line of child.stdout.split('\n')) {
    if (line === MARK) timed = true;
    else if (line === MARK_END) timed = false;
    else if (line.startsWith('timed pass')) console.log(`${line} (traced)`);
    if (!timed || !line.startsWith('[completed compiling')) continue;
    const took = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (!took) continue;
    const ms = Number(took[1]) + Number(took[2]) + Number(took[3]);
    const name = /<JSFunction (\S*) \(sfi/.exec(line)?.[1] || '(anonymous)';
    const entry = byName.get(name) ?? { ms: 0, n: 0 };
    entry.ms += ms;
    entry.n++;
    byName.set(name, entry);
    count++;
    total += ms;
  }
  console.log(`first timed pass: ${count} optimized compilations, ${total.toFixed(0)} ms of compile time`);
  const top = [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
  for (const [name, { ms, n }] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${n}x  ${name}`);
}

if (process.argv.includes('--child') || !process.argv.includes('--trace')) runPasses();
else traceCompiles();
