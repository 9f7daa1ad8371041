// API latency under concurrent clients, UI first load and bundle size (`npm run bench:serve`; never in npm test).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Store } from '../src/corpus/store.js';
import { generateCorpus } from './serve-corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = '/usr/bin/chromium';

/** The main views, each a request the UI makes; `n` varies the request (ids, words). */
const views = (articles: number): [string, (n: number) => string][] => [
  ['articles (page)', (n) => `/api/articles?limit=50&offset=${(n % 20) * 50}`],
  ['article (one)', (n) => `/api/articles/${1 + ((n * 7919) % articles)}`],
  [
    'search',
    (n) => `/api/search?q=${['talks', 'Gaza', 'Kaya', 'killed', 'diplomats Ankara'][n % 5]}&limit=20`,
  ],
  ['entities (page)', () => '/api/entities?limit=50'],
  ['entity (dossier)', (n) => `/api/entities/${1 + (n % 100)}`],
  ['events (timeline)', (n) => `/api/events?limit=50&offset=${(n % 10) * 50}`],
  ['events by actor', (n) => `/api/events?actor=${['Amir Kaya', 'Lena Novak', 'Omar Levi'][n % 3]}&limit=50`],
  ['quotes by speaker', (n) => `/api/quotes?speaker=${['Kaya', 'Novak', 'Haddad'][n % 3]}&limit=50`],
  ['claims (deaths)', () => '/api/claims?counts=deaths&limit=200'],
  ['labels of an entity', (n) => `/api/labels?entity=${['Hamas', 'NATO', 'Army'][n % 3]}&limit=50`],
  ['network', () => '/api/network?limit=300'],
  ['places', () => '/api/places'],
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * One GET over a kept-alive connection, read to its end; resolves to the status. node:http rather
 * than fetch: fetch spends about three times the CPU per request (0.8 against 0.25 ms measured
 * here), and on a shared machine the client's own work was counted in every latency.
 */
function get(base: URL, path: string, agent: Agent): Promise<number> {
  return new Promise((done, fail) => {
    request({ host: base.hostname, port: base.port, path: encodeURI(path), agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => done(res.statusCode ?? 0));
      res.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

/** Runs `total` requests through `clients` concurrent loops (one connection each); returns sorted latencies (ms). */
async function load(
  base: string,
  path: (n: number) => string,
  total: number,
  clients: number,
): Promise<number[]> {
  const times: number[] = [];
  let issued = 0;
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const loop = async () => {
    while (issued < total) {
      const n = issued++;
      const t0 = performance.now();
      const status = await get(url, path(n), agent);
      times.push(performance.now() - t0);
      if (status !== 200) throw new Error(`${path(n)}: HTTP ${status}`);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop)).finally(() => agent.destroy());
  return times.sort((a, b) => a - b);
}

function startServer(db: string, workers: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist/src/cli/main.js'), 'serve', '--db', db, '--port', '0', '--workers', String(workers)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+\/)/.exec(out)?.[1];
      if (url) done({ url: url.slice(0, -1), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
}

function bundleSizes(): void {
  const dir = join(ROOT, 'web', 'dist', 'assets');
  if (!existsSync(dir)) return console.log('bundle: web/dist is not built (npm run build)');
  let code = 0;
  for (const name of readdirSync(dir).sort()) {
    const gz = gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
    const map = name.startsWith('countries-');
    if (!map) code += gz;
    console.log(
      `  ${name.padEnd(36)} ${(gz / 1024).toFixed(1).padStart(7)} KB gzipped${map ? '  (map data)' : ''}`,
    );
  }
  console.log(`bundle: ${(code / 1024).toFixed(1)} KB gzipped, JavaScript and CSS without the map data`);
}

async function firstLoad(url: string): Promise<void> {
  if (!existsSync(CHROMIUM)) return console.log(`UI first load: skipped (${CHROMIUM} missing)`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      const t0 = performance.now();
      await page.goto(url + '/');
      await page.locator('ul.rows li').first().waitFor();
      times.push(performance.now() - t0);
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(
      `UI first load (fresh page, articles list drawn): median ${times[2].toFixed(0)} ms, worst ${times[4].toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      requests: { type: 'string' },
      clients: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  const articles = Number(values.articles ?? 10_000);
  const requests = Number(values.requests ?? 400);
  const clients = Number(values.clients ?? 20);
  // serving processes (dossier serve --workers): one per core of the two-core reference machine
  const workers = Number(values.workers ?? 2);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const db = join(dir, 'bench.db');
  const t0 = performance.now();
  const store = new Store(db);
  generateCorpus(store, articles);
  const counts = store.counts();
  store.close();
  console.log(
    `corpus: ${counts.articles} synthetic articles, ${counts.entities} entities, ${counts.mentions} mentions, ` +
      `${counts.quotes} quotes, ${counts.events} events (${counts.event_clusters} merged) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const server = await startServer(db, workers);
  try {
    console.log(
      `${requests} requests per view, ${clients} concurrent clients, loopback, ${workers} serving processes:`,
    );
    console.log(
      `  ${'view'.padEnd(22)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'req/s'.padStart(7)}`,
    );
    let worst = 0;
    for (const [name, path] of views(counts.articles)) {
      await load(server.url, path, 40, clients); // warm-up
      const t = performance.now();
      const times = await load(server.url, path, requests, clients);
      const rate = requests / ((performance.now() - t) / 1000);
      const p95 = quantile(times, 0.95);
      worst = Math.max(worst, p95);
      console.log(
        `  ${name.padEnd(22)} ${quantile(times, 0.5).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${times[times.length - 1].toFixed(1).padStart(8)} ${rate.toFixed(0).padStart(7)}`,
      );
    }
    console.log(`worst p95: ${worst.toFixed(1)} ms`);
    await firstLoad(server.url);
    bundleSizes();
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
