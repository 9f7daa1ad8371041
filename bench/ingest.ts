// Ingest benchmark (not part of `npm test`): `npm run bench:ingest [-- DIR] [--scale N]`.
//  0. the distinct articles of DIR (default ../shared/data/bbc_news) are copied to a temporary
//     folder: an ingest skips a text it has stored already (BBC News repeats 97), extract does
//     not, so both are timed on the same articles, each analysed once;
//  1. single-core extract throughput on them: read + analyse;
//  2. `ingest` into a fresh store, in this thread and with one worker per core: words/s, the
//     ratio to (1), and the database size against the raw text; then the two commands as a user
//     runs them, each a fresh process from start to exit (`dossier extract --format jsonl -o`,
//     one thread; `dossier ingest`, one worker per core): their words/s and ratio, and on Linux
//     the extract command again held to one core (`taskset -c 0`: its compiler and GC threads
//     share that core instead of borrowing the second), the single-core extract taken literally;
//  3. --scale N (--scale-only: without 2; --keep FILE: keep its store; --queries FILE: only
//     time the queries on a kept store): a synthetic corpus of N articles (the analysed ones again, each copy made
//     unique) written batch by batch, with the write rate per tenth of N (it should stay flat
//     as the store grows), then entity, timeline, quotes, claims and full-text query times.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { threadCpuSeconds } from '../src/corpus/analysis-pool.js';
import { contentHash, recordFromContract } from '../src/corpus/article-record.js';
import { ingestPaths } from '../src/corpus/ingest.js';
import { claims } from '../src/corpus/query-claims.js';
import { entityDossier } from '../src/corpus/query-entity.js';
import { quotes } from '../src/corpus/query-quotes.js';
import { searchArticles } from '../src/corpus/query-search.js';
import { timeline } from '../src/corpus/query-timeline.js';
import { Store } from '../src/corpus/store.js';
import { toContract, type ArticleJson } from '../src/doc/contract.js';
import { analyse } from '../src/pipeline/pipeline.js';
import { listFiles, readFileResults, readPaths } from '../src/read/read-path.js';
import { BBC_NEWS_DIR } from './load-articles.js';

const { values, positionals } = parseArgs({
  options: {
    scale: { type: 'string' },
    workers: { type: 'string' },
    'scale-only': { type: 'boolean' },
    // keep the scale store at this path (a new file), to time queries on it again later
    keep: { type: 'string' },
    // only time the queries on an existing store
    queries: { type: 'string' },
  },
  allowPositionals: true,
});
const source = positionals[0] ?? BBC_NEWS_DIR;
const workers = values.workers ? Number(values.workers) : availableParallelism();
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function dbBytes(path: string): number {
  return [path, `${path}-wal`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0);
}

/** Milliseconds per call of a query: "median/p95" of 20 runs after one warm-up. */
function time(run: () => unknown): string {
  run();
  const ms: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return `${ms[9].toFixed(1)}/${ms[18].toFixed(1)}`;
}

/** Times the corpus queries; the entity asked about is the store's first person. */
function timeQueries(store: Store): void {
  const first = store.db
    .prepare("SELECT name FROM entities WHERE type = 'PERSON' ORDER BY id LIMIT 1")
    .get() as { name: string } | undefined;
  const name = first?.name ?? 'Blair';
  console.log(
    `queries on ${fmt(store.articleCount())} articles (median/p95 ms of 20 runs): ` +
      `entity "${name}" ${time(() => entityDossier(store, name))} · ` +
      `timeline --entity ${time(() => timeline(store, { entity: name }))} · ` +
      `timeline --type ASSAULT ${time(() => timeline(store, { type: 'ASSAULT' }))} · ` +
      `quotes --speaker ${time(() => quotes(store, { speaker: name }))} · ` +
      `claims --counts deaths ${time(() => claims(store, { counts: 'deaths' }))} · ` +
      `search "election" ${time(() => searchArticles(store, 'election'))} · ` +
      `search "prime minister" ${time(() => searchArticles(store, 'prime minister'))}`,
  );
}

async function main(): Promise<number> {
  if (values.queries) {
    const store = new Store(values.queries, { readonly: true });
    timeQueries(store);
    store.close();
    return 0;
  }
  if (!existsSync(source)) {
    console.error(`bench: no corpus at ${source} (expected ../shared/data/bbc_news beside the repository)`);
    return 1;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    // 0. the readable files whose texts are new, copied (as they are) to one folder
    const dir = join(tmp, 'corpus');
    mkdirSync(dir);
    const seen = new Set<string>();
    let files = 0;
    for (const file of listFiles(source)) {
      files++;
      const results = [...readFileResults(file)];
      if (results.length !== 1 || !('article' in results[0])) continue;
      const hash = contentHash(results[0].article.text);
      if (seen.has(hash)) continue;
      seen.add(hash);
      // the path under the corpus folder, flattened (a corpus given as one file: its name)
      const name =
        file
          .slice(source.length)
          .replace(/^[/\\]+/, '')
          .replace(/[/\\]/g, '-') || basename(file);
      copyFileSync(file, join(dir, `${String(seen.size).padStart(6, '0')}-${name}`));
    }
    console.log(
      `corpus: ${source}: ${fmt(files)} files, ${fmt(seen.size)} distinct readable articles timed below`,
    );
    // 1. single-core extract: read and analyse every article, as `dossier extract` does
    // kept only when the synthetic corpus needs them, so that this extract, like the command,
    // holds no contract once it is written
    const keep = Number(values.scale ?? 0) > 0;
    const contracts: ArticleJson[] = [];
    let articles = 0;
    let words = 0;
    // warm-up: models load and the JIT settles before the clock starts
    let warm = 0;
    for (const result of readPaths([dir])) {
      if ('article' in result) analyse(result.article);
      if (++warm === 20) break;
    }
    let t = performance.now();
    const extractCpu = process.cpuUsage();
    const extractThread = threadCpuSeconds();
    for (const result of readPaths([dir])) {
      if ('error' in result) continue;
      const contract = toContract(analyse(result.article));
      if (keep) contracts.push(contract);
      articles++;
      words += contract.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    }
    const extractSeconds = (performance.now() - t) / 1000;
    const extractRate = words / extractSeconds;
    // one thread analyses, but V8 compiles and collects garbage on others: more than 1 core busy
    const used = process.cpuUsage(extractCpu);
    const extractBusy = (used.user + used.system) / 1e6 / extractSeconds;
    const threadNow = threadCpuSeconds();
    const ownBusy =
      extractThread !== null && threadNow !== null
        ? `, the analysing thread ${((threadNow - extractThread) / extractSeconds).toFixed(2)}`
        : '';
    console.log(`timed: ${articles} articles, ${fmt(words)} words`);
    console.log(
      `extract, 1 thread:            ${fmt(extractRate).padStart(9)} words/s (${extractBusy.toFixed(2)} cores busy${ownBusy})`,
    );
    // the same split as the ingests' below: the analysing thread, and V8's compiler and GC
    // threads (the rest), per article
    if (extractThread !== null && threadNow !== null) {
      const own = threadNow - extractThread;
      const all = (used.user + used.system) / 1e6;
      console.log(
        `  CPU: analysing thread ${((own / articles) * 1000).toFixed(1)} ms per article, ` +
          `other threads ${(((all - own) / articles) * 1000).toFixed(1)} ms per article`,
      );
    }

    // 2. ingest into fresh stores
    for (const n of values['scale-only'] ? [] : [0, workers]) {
      const path = join(tmp, `ingest-${n}.db`);
      const store = new Store(path);
      t = performance.now();
      const cpuStart = process.cpuUsage();
      const summary = await ingestPaths(store, [dir], { workers: n });
      const seconds = (performance.now() - t) / 1000;
      // CPU seconds of all threads per wall second: about 1 per free core used (a busy machine shows less)
      const cpu = process.cpuUsage(cpuStart);
      const busy = (cpu.user + cpu.system) / 1e6 / seconds;
      const text = store.db
        .prepare('SELECT sum(length(CAST(text AS BLOB))) AS n FROM article_texts')
        .get() as {
        n: number;
      };
      // where the bytes go, in x the text (SQLite's dbstat: pages of each table and index)
      const parts = store.db
        .prepare(
          `SELECT CASE WHEN name = 'extractions' THEN 'extractions' WHEN name = 'articles' THEN 'articles (texts)'
             WHEN name LIKE 'article_fts%' THEN 'article index' WHEN name LIKE 'quote_%fts%' THEN 'quote indexes'
             WHEN name IN (SELECT name FROM sqlite_schema WHERE type = 'index') THEN 'indexes'
             ELSE 'other tables' END AS part, sum(pgsize) AS bytes FROM dbstat GROUP BY part ORDER BY bytes DESC`,
        )
        .all() as { part: string; bytes: number }[];
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      store.close();
      const size = dbBytes(path);
      console.log(
        `ingest, ${n === 0 ? 'main thread only' : `${n} worker${n > 1 ? 's' : ''}`.padEnd(16)}: ${fmt(summary.words / seconds).padStart(9)} words/s ` +
          `(${(summary.words / seconds / extractRate).toFixed(2)}x extract; ${summary.added} stored, ${seconds.toFixed(1)} s, ` +
          `${busy.toFixed(2)} cores busy); ` +
          `database ${(size / 1e6).toFixed(1)} MB = ${(size / text.n).toFixed(2)}x the text`,
      );
      console.log(`  size: ${parts.map((p) => `${p.part} ${(p.bytes / text.n).toFixed(2)}x`).join(' · ')}`);
      // where the CPU went (Linux): the thread that reads and writes, per 1,000 articles, and the
      // workers per article; the rest of "cores busy" is V8's compiler and GC threads
      if (summary.cpu && summary.added > 0)
        console.log(
          `  CPU: main thread ${((summary.cpu.main / summary.added) * 1000).toFixed(2)} s per 1,000 articles` +
            (n > 0
              ? `, workers ${((summary.cpu.workers / summary.added) * 1000).toFixed(1)} ms per article` +
                (summary.cpu.firstStage > 0
                  ? ` (first stage ${((summary.cpu.firstStage / summary.added) * 1000).toFixed(1)}, ` +
                    `the rest ${(((summary.cpu.workers - summary.cpu.firstStage) / summary.added) * 1000).toFixed(1)})`
                  : '')
              : '') +
            `, all threads ${(((cpu.user + cpu.system) / 1e6 / summary.added) * 1000).toFixed(1)} ms per article` +
            // what neither the main thread nor a worker used: V8's compiler and GC threads
            `, other threads ${((((cpu.user + cpu.system) / 1e6 - summary.cpu.main - summary.cpu.workers) / summary.added) * 1000).toFixed(1)} ms per article`,
        );
    }

    // the two commands as a user runs them: a fresh process each, from start to exit (model
    // loading and the JIT's warm-up included, as they are for anyone who types them)
    if (!values['scale-only']) {
      const cli = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
      const run = (args: string[], pin = false): number => {
        const started = performance.now();
        // pinned: the process and every thread it starts (V8's compiler and GC too) on core 0
        const child = pin
          ? spawnSync('taskset', ['-c', '0', process.execPath, cli, ...args], {
              stdio: ['ignore', 'ignore', 'pipe'],
            })
          : spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
        const seconds = (performance.now() - started) / 1000;
        if (child.status !== 0)
          throw new Error(`dossier ${args[0]} failed: ${child.stderr.toString().slice(-500)}`);
        return seconds;
      };
      const extractSeconds = run(['extract', dir, '--format', 'jsonl', '-o', join(tmp, 'cli.jsonl')]);
      const ingestSeconds = run(['ingest', dir, '--db', join(tmp, 'cli.db'), '--workers', String(workers)]);
      console.log(
        `commands, fresh processes: dossier extract (1 thread) ${fmt(words / extractSeconds)} words/s (${extractSeconds.toFixed(1)} s), ` +
          `dossier ingest (${workers} workers) ${fmt(words / ingestSeconds)} words/s (${ingestSeconds.toFixed(1)} s): ` +
          `${(extractSeconds / ingestSeconds).toFixed(2)}x`,
      );
      // the single-core extract taken literally: the same command held to one core, where its
      // compiler and GC threads share that core instead of borrowing the idle second one
      if (canPin()) {
        const pinnedSeconds = run(['extract', dir, '--format', 'jsonl', '-o', join(tmp, 'cli.jsonl')], true);
        console.log(
          `commands, fresh processes: dossier extract held to one core (taskset -c 0) ${fmt(words / pinnedSeconds)} words/s ` +
            `(${pinnedSeconds.toFixed(1)} s): ingest ${(pinnedSeconds / ingestSeconds).toFixed(2)}x`,
        );
      }
    }

    // 3. a synthetic corpus: the analysed articles again and again, each copy unique
    const scale = Number(values.scale ?? 0);
    if (scale > 0) {
      const path = values.keep ?? join(tmp, 'scale.db');
      const store = new Store(path);
      const step = Math.max(1, Math.round(scale / 10));
      let written = 0;
      let stepWords = 0;
      t = performance.now();
      const rates: string[] = [];
      while (written < scale) {
        const batch: ReturnType<typeof recordFromContract>[] = [];
        for (let i = 0; i < 64 && written + batch.length < scale; i++) {
          const n = written + batch.length;
          const base = contracts[n % contracts.length];
          // offsets stay valid: the copy only gains a suffix and a URL of its own
          const copy = {
            ...base,
            text: `${base.text}\n\n[copy ${n}]`,
            meta: { ...base.meta, url: `https://bench.example/${n}` },
          };
          batch.push(recordFromContract(copy));
          stepWords += batch[batch.length - 1].words;
        }
        store.putMany(batch);
        const before = written;
        written += batch.length;
        if (Math.floor(written / step) > Math.floor(before / step) || written === scale) {
          const s = (performance.now() - t) / 1000;
          rates.push(`${fmt(written)}: ${fmt(stepWords / s)}`);
          // as it goes: a long run shows its progress (and what it had, if stopped)
          console.log(`  ${rates.at(-1)} words/s, database ${(dbBytes(path) / 1e6).toFixed(0)} MB`);
          stepWords = 0;
          t = performance.now();
        }
      }
      console.log(`scale, words/s written per tenth (articles stored: rate): ${rates.join(' · ')}`);
      timeQueries(store);
      store.close();
      console.log(`scale database: ${(dbBytes(path) / 1e6).toFixed(0)} MB`);
    }
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Whether `taskset` can hold a command to core 0 here (Linux with util-linux, two cores or more). */
function canPin(): boolean {
  if (process.platform !== 'linux' || availableParallelism() < 2) return false;
  return spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0;
}

process.exitCode = await main();
