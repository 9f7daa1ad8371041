import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { recordFromContract } from '../src/corpus/article-record.js';
import { GDELT_COLUMNS } from '../src/corpus/export-gdelt.js';
import { Store } from '../src/corpus/store.js';
import { erdoganArticles } from './corpus-fixtures.js';
import { runCli } from './run-cli.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

const tempDir = tempDirs('corpus-cli');

/** A database file holding the hand-made Erdoğan reports, and a folder for outputs (removed when the file's tests are over). */
function fixtureDb(): { db: string; dir: string } {
  const dir = tempDir();
  const db = join(dir, 'corpus.db');
  const store = new Store(db);
  store.putMany(erdoganArticles().map((a) => recordFromContract(a)));
  store.close();
  return { db, dir };
}

test('query commands print tables, or JSON with --json', async () => {
  const { db } = fixtureDb();
  const search = await runCli(['search', 'Erdogan', 'Hamas', '--db', db]);
  assert.equal(search.code, 0, search.err);
  assert.match(search.out, /2 articles/);
  const entity = await runCli(['entity', 'President Erdogan', '--db', db]);
  assert.equal(entity.code, 0, entity.err);
  assert.match(entity.out, /Recep Tayyip Erdoğan \(PERSON\)/);
  assert.match(entity.out, /A truce is near\./);
  const timeline = JSON.parse((await runCli(['timeline', '--type', 'consult', '--db', db, '--json'])).out);
  assert.equal(timeline.length, 1);
  assert.equal(timeline[0].sources, 2);
  const quotes = await runCli(['quotes', '--speaker', 'Erdogan', '--db', db]);
  assert.match(quotes.out, /A truce is near\./);
  const claims = JSON.parse(
    (await runCli(['claims', '--counts', 'deaths', '--place', 'Gaza', '--db', db, '--json'])).out,
  );
  assert.deepEqual(
    claims.map((c: { value: number }) => c.value),
    [56000, 56300],
  );
  const stats = await runCli(['stats', '--db', db]);
  assert.match(stats.out, /3 articles from 3 outlets, 2025-06-27 to 2025-06-28/);
  assert.match(stats.out, /Recep Tayyip Erdoğan\s+PERSON\s+2/);
  assert.match(stats.out, /CONSULT\s+1\s+2/);
  const missing = await runCli(['entity', 'Nobody', '--db', db]);
  assert.equal(missing.code, 1);
  const noDb = await runCli(['search', 'x', '--db', join(tmpdir(), 'no-such-dossier.db')]);
  assert.equal(noDb.code, 1);
  assert.match(noDb.err, /FILE_NOT_FOUND/);
});

test('export writes JSONL, CSV tables, a GDELT event table and brat pairs', async () => {
  const { db, dir } = fixtureDb();
  const jsonl = join(dir, 'out.jsonl');
  assert.equal((await runCli(['export', '--db', db, '--format', 'jsonl', '-o', jsonl])).code, 0);
  const records = readFileSync(jsonl, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(records, erdoganArticles());

  const csv = join(dir, 'csv');
  assert.equal((await runCli(['export', '--db', db, '--format', 'csv', '-o', csv])).code, 0);
  assert.deepEqual(readdirSync(csv).sort(), [
    'articles.csv',
    'claims.csv',
    'entities.csv',
    'events.csv',
    'labels.csv',
    'quotes.csv',
  ]);
  const quotes = readFileSync(join(csv, 'quotes.csv'), 'utf8');
  assert.match(quotes, /"A truce is near\."|A truce is near\./);

  const gkg = join(dir, 'events.tsv');
  assert.equal((await runCli(['export', '--db', db, '--format', 'gkg', '-o', gkg])).code, 0);
  const rows = readFileSync(gkg, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  assert.equal(rows.length, 1);
  assert.equal(rows[0].length, 61);
  const col = (name: string) => rows[0][GDELT_COLUMNS.indexOf(name)];
  assert.equal(col('Day'), '20250627');
  assert.equal(col('EventRootCode'), '04');
  assert.equal(col('Actor1Name'), 'RECEP TAYYIP ERDOĞAN');
  assert.equal(col('NumSources'), '2');
  assert.equal(col('SOURCEURL'), 'https://star.example/erdogan-hamas');

  const brat = join(dir, 'brat');
  assert.equal((await runCli(['export', '--db', db, '--format', 'brat', '-o', brat])).code, 0);
  const ann = readFileSync(join(brat, 'article-000002.ann'), 'utf8');
  const text = readFileSync(join(brat, 'article-000002.txt'), 'utf8');
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, typeSpan, covered] = line.split('\t');
    const [, start, end] = typeSpan.split(' ');
    assert.equal(text.slice(Number(start), Number(end)), covered);
  }
  assert.match(ann, /^E\d+\tAttribution:T\d+ Source:T\d+ Cue:T\d+ Content:T\d+$/m);
  assert.match(ann, /^E\d+\tCONSULT:T\d+ Actor:T\d+ Target:T\d+$/m);
});
