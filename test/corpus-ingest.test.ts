import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../src/corpus/ingest.js';
import { Store } from '../src/corpus/store.js';
import { tempDirs } from '../src/testing/temp-dirs.js';
import { pipelineMissing } from '../src/testing/pipeline-missing.js';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../src/cli/main.js');

const skip = pipelineMissing();
const ARTICLES = 300;

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('ingest');

/** A JSONL file of `n` distinct small articles. */
/** n articles; each text says its two sentences `repeat` times (longer articles: slower analysis). */
function writeJsonl(file: string, n: number, repeat = 1): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = `Officials in Ankara met envoy number ${i} on Friday. Erdoğan said talks were going well (${i}).`;
    lines.push(
      JSON.stringify({
        title: `Report ${i}`,
        url: `https://news.example/${i}`,
        date_publish: '2025-06-28 10:00:00',
        maintext: Array.from({ length: repeat }, () => text).join(' '),
      }),
    );
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

/** Rows in every table, and articles without an extraction (a half-written article). */
function snapshot(db: string): Record<string, number> {
  const store = new Store(db, { readonly: true });
  try {
    const counts = store.counts();
    counts.halfWritten = (
      store.db
        .prepare(
          'SELECT count(*) AS n FROM articles a LEFT JOIN extractions x ON x.article_id = a.id WHERE x.data IS NULL',
        )
        .get() as { n: number }
    ).n;
    counts.fts = (
      store.db.prepare("SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH 'ankara'").get() as {
        n: number;
      }
    ).n;
    return counts;
  } finally {
    store.close();
  }
}

test('bad files and bad lines are reported and skipped; a second ingest adds nothing', { skip }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'Talks in Geneva\n\nDiplomats met in Geneva on Monday.\n');
  writeFileSync(join(dir, 'b.txt'), 'A second article about Ankara.\n');
  writeFileSync(join(dir, 'copy.txt'), 'A second article about Ankara.\n');
  writeFileSync(
    join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ title: 'One', maintext: 'The first record of the feed.' }),
      '{"title": "broken", "maintext": ',
      JSON.stringify({
        title: 'Two',
        maintext: 'The second record of the feed.',
        url: 'https://x.example/2',
      }),
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'image.html'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]),
  );
  const db = join(dir, 'corpus.db');
  const store = new Store(db);
  const first = await ingestPaths(store, [dir], { workers: 0 });
  assert.equal(first.added, 4);
  assert.equal(first.skipped, 1, 'the copy has the same text');
  assert.equal(first.failed, 2);
  const reasons = first.errors.map((e) => `${e.file?.replace(/.*[\\/]/, '')} ${e.code}`).sort();
  assert.match(reasons[0], /^feed\.jsonl(:\d+)? JSONL_LINE$/);
  assert.equal(reasons[1], 'image.html FILE_BINARY');
  const before = snapshot(db);
  const second = await ingestPaths(store, [dir], { workers: 1 });
  assert.equal(second.added, 0);
  assert.equal(second.skipped, 5);
  store.close();
  assert.deepEqual(snapshot(db), before);
  assert.equal(before.articles, 4);
});

test(
  'kill -9 during ingest, then rerun: the same counts as a clean run, no half-written article',
  { skip },
  async () => {
    const dir = tempDir();
    const input = join(dir, 'in');
    mkdirSync(input);
    // Articles long enough that the run goes on for seconds after its first commit (at 128
    // articles or 1 s): the reader below must see that commit and kill the run before it ends,
    // also on a loaded machine.
    writeJsonl(join(input, 'many.jsonl'), ARTICLES, 20);
    const clean = join(dir, 'clean.db');
    const crashed = join(dir, 'crashed.db');
    const run = (db: string) =>
      spawn(process.execPath, [MAIN, 'ingest', input, '--db', db, '--workers', '1']);
    const finish = (child: ReturnType<typeof run>) => {
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      return new Promise<{ code: number | null; err: string }>((done) =>
        child.on('exit', (code) => done({ code, err })),
      );
    };

    const first = await finish(run(clean));
    assert.equal(first.code, 0, first.err);
    const expected = snapshot(clean);
    assert.equal(expected.articles, ARTICLES);

    const child = run(crashed);
    const exited = finish(child);
    // readers while the ingest writes: every article they see is whole
    let seen = 0;
    let reads = 0;
    while (child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 15));
      try {
        const now = snapshot(crashed);
        reads++;
        assert.equal(now.halfWritten, 0);
        assert.equal(now.fts, now.articles, 'the full-text index holds exactly the stored articles');
        assert.ok(now.articles >= seen, 'a reader never sees articles disappear');
        seen = now.articles;
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
        continue; // the database file is not created yet
      }
      if (seen > 0) {
        child.kill('SIGKILL');
        break;
      }
    }
    await exited;
    assert.ok(reads > 0);
    const partial = snapshot(crashed);
    assert.equal(partial.halfWritten, 0);
    assert.ok(partial.articles < ARTICLES, `killed after ${partial.articles} articles`);
    const rerun = await finish(run(crashed));
    assert.equal(rerun.code, 0, rerun.err);
    assert.deepEqual(snapshot(crashed), expected);
  },
);

test(
  'a database locked by another writer stops the run with a coded error; nothing is half-written',
  { skip },
  async () => {
    const dir = tempDir();
    writeJsonl(join(dir, 'few.jsonl'), 5);
    const db = join(dir, 'locked.db');
    new Store(db).close();
    const other = new Store(db);
    other.db.exec('BEGIN IMMEDIATE');
    const store = new Store(db, { busyTimeoutMs: 50 });
    await assert.rejects(ingestPaths(store, [dir], { workers: 0 }), { code: 'STORE_INVALID' });
    other.db.exec('ROLLBACK');
    other.close();
    const rerun = await ingestPaths(store, [dir], { workers: 0 });
    assert.equal(rerun.added, 5);
    store.close();
  },
);
