import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { AnalysisPool, threadCpuSeconds } from '../src/corpus/analysis-pool.js';
import { analyseToRecord, extractorVersion, type ArticleRecord } from '../src/corpus/article-record.js';
import { ingestPaths } from '../src/corpus/ingest.js';
import { Store } from '../src/corpus/store.js';
import {
  docColumns,
  docFromColumns,
  pipelineStages,
  runFirstStage,
  runRestStage,
  type DocColumns,
} from '../src/corpus/pipeline-stages.js';
import { makeArticle, type Article } from '../src/doc/article.js';
import { toContract } from '../src/doc/contract.js';
import { analyse } from '../src/pipeline/pipeline.js';
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
      // two workers are one two-stage lane: the first stage's CPU is part of the workers'
      assert.ok(
        summary.cpu.firstStage > 0 && summary.cpu.firstStage < summary.cpu.workers,
        JSON.stringify(summary.cpu),
      );
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'the two stages of a lane give the Doc the whole pipeline gives, across a thread boundary',
  { skip },
  () => {
    const stages = pipelineStages();
    assert.deepEqual(
      stages.first.map((c) => c.name),
      ['tagger', 'parser'],
    );
    assert.ok(stages.rest.length > 0 && !stages.rest.some((c) => c.name === 'parser'));
    for (const [i, text] of TEXTS.entries()) {
      const article = makeArticle(text, { url: `https://news.example/s${i}`, published: '2025-06-29' });
      // structuredClone: what postMessage does between the workers
      const columns = structuredClone(docColumns(runFirstStage(article, stages)));
      const staged = toContract(runRestStage(docFromColumns(columns), stages));
      assert.deepEqual(staged, toContract(analyse(article)));
    }
  },
);

test('label ids cross between threads by name, not by number', () => {
  const article = makeArticle('Rain fell.');
  // ids as another thread might have given them: in an order this thread has not seen
  const names = ['', 'x-stage-test-B', 'x-stage-test-A', 'PUNCT'];
  const columns: DocColumns = {
    article,
    start: Int32Array.of(0, 5, 9),
    end: Int32Array.of(4, 9, 10),
    sentStart: Int32Array.of(0),
    upos: Uint16Array.of(2, 1, 3),
    xpos: Uint16Array.of(1, 2, 3),
    dep: Uint16Array.of(0, 0, 0),
    ent: Uint16Array.of(0, 0, 0),
    head: Int32Array.of(1, 1, 1),
    names,
    layers: {},
  };
  const doc = docFromColumns(columns);
  assert.deepEqual(
    [0, 1, 2].map((i) => doc.label('upos', i)),
    ['x-stage-test-A', 'x-stage-test-B', 'PUNCT'],
  );
  assert.deepEqual(
    [0, 1, 2].map((i) => doc.label('xpos', i)),
    ['x-stage-test-B', 'x-stage-test-A', 'PUNCT'],
  );
  assert.deepEqual(
    [0, 1, 2].map((i) => doc.label('dep', i)),
    ['', '', ''],
  );
  assert.deepEqual([...doc.head], [1, 1, 1]);
  // and back: the names of this thread's ids
  const back = docColumns(doc);
  assert.deepEqual(
    [...back.upos].map((id) => back.names[id]),
    ['x-stage-test-A', 'x-stage-test-B', 'PUNCT'],
  );
});

test(
  'three workers (a two-stage lane and a whole one) and two whole-pipeline workers give the same records',
  { skip },
  async () => {
    const articles = TEXTS.map((text, i) =>
      makeArticle(text, { url: `https://news.example/w${i}` }, `w${i}`),
    );
    const here = articles.map((a) => analyseToRecord(a));
    for (const pool of [new AnalysisPool(3), new AnalysisPool(2, extractorVersion(), { stages: false })]) {
      try {
        // every lane gets some: each article twice, waiting as ingest does
        const jobs: Promise<ArticleRecord>[] = [];
        for (const article of [...articles, ...articles]) {
          await pool.whenFree();
          jobs.push(pool.analyse(article));
        }
        const records = await Promise.all(jobs);
        for (const [k, record] of records.entries()) {
          const expected = here[k % articles.length];
          assert.deepEqual(record.contract, expected.contract);
          assert.deepEqual(Buffer.from(record.data), Buffer.from(expected.data));
        }
      } finally {
        await pool.close();
      }
    }
  },
);

test(
  'an article the first stage fails on is answered as failed, and the lane goes on',
  { skip },
  async () => {
    const pool = new AnalysisPool(2);
    try {
      const bad = { ...makeArticle('x'), text: 42 } as unknown as Article;
      await assert.rejects(pool.analyse(bad), (error: Error) => error.message.length > 0);
      const record = await pool.analyse(makeArticle(TEXTS[0]));
      assert.equal(record.contract.text, TEXTS[0]);
    } finally {
      await pool.close();
    }
  },
);
