import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { AnalysisPool, threadCpuSeconds } from '../src/corpus/analysis-pool.js';
import { analyseToRecord, extractorVersion } from '../src/corpus/article-record.js';
import { ingestPaths } from '../src/corpus/ingest.js';
import { Store } from '../src/corpus/store.js';
import { makeArticle } from '../src/doc/article.js';
import { pipelineMissing } from '../src/testing/pipeline-missing.js';

const skip = pipelineMissing();

const TEXTS = [
  'President Erdoğan met envoys in Ankara on Friday. "The talks went well," he said.',
  'Officials in Geneva said on Monday that 12 people had died in the floods.',
  'A short note.',
  'The ministry said the new rules would start in March, two years after the vote in parliament.',
];

test(
  'a record analysed on a worker equals the one analysed in this thread, byte for byte',
  { skip },
  async () => {
    const pool = new AnalysisPool(2);
    try {
      const articles = TEXTS.map((text, i) =>
        makeArticle(text, { url: `https://news.example/${i}` }, `t${i}`),
      );
      const fromWorkers = await Promise.all(articles.map((a) => pool.analyse(a)));
      for (const [i, record] of fromWorkers.entries()) {
        const here = analyseToRecord(articles[i]);
        assert.equal(record.extractor, extractorVersion());
        assert.deepEqual(record.contract, here.contract);
        assert.deepEqual(record.claims, here.claims);
        assert.equal(record.hash, here.hash);
        assert.equal(record.origin, `t${i}`);
        // the packed buffers crossed as moved byte arrays: same bytes, each its own buffer
        assert.deepEqual(Buffer.from(record.data), Buffer.from(here.data));
        assert.deepEqual(Buffer.from(record.body), Buffer.from(here.body));
        assert.equal(record.data.byteLength, record.data.buffer.byteLength);
      }
      const cpu = pool.workerCpuSeconds();
      if (threadCpuSeconds() === null) assert.equal(cpu, null);
      else assert.ok(cpu !== null && cpu > 0, `workers' CPU seconds: ${cpu}`);
    } finally {
      await pool.close();
    }
  },
);

test('more articles than a worker queues: every one is analysed once, in any order', { skip }, async () => {
  const pool = new AnalysisPool(2);
  try {
    const n = 40;
    const jobs: Promise<string>[] = [];
    for (let i = 0; i < n; i++) {
      // waits as ingest does when both workers have enough text queued
      await pool.whenFree();
      jobs.push(pool.analyse(makeArticle(`${TEXTS[i % TEXTS.length]} (${i})`)).then((r) => r.contract.text));
    }
    const texts = await Promise.all(jobs);
    assert.equal(new Set(texts).size, n);
    assert.ok(texts.every((t, i) => t.endsWith(`(${i})`)));
  } finally {
    await pool.close();
  }
});

test('an ingest reports the CPU seconds of its main thread and of its workers', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pool-'));
  for (const [i, text] of TEXTS.entries()) writeFileSync(join(dir, `${i}.txt`), `Report ${i}\n\n${text}\n`);
  const store = new Store(join(dir, 'pool.db'));
  try {
    const summary = await ingestPaths(store, [dir], { workers: 2 });
    assert.equal(summary.added, TEXTS.length);
    if (threadCpuSeconds() === null) assert.equal(summary.cpu, null);
    else {
      assert.ok(summary.cpu, 'CPU seconds reported');
      assert.ok(summary.cpu.main > 0 && summary.cpu.workers > 0, JSON.stringify(summary.cpu));
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
