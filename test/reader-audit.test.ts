import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { normalizeDate } from '../src/read/normalize-date.js';
import { listFiles, readFile, readPaths } from '../src/read/read-path.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('reader-audit');

const BODY = 'The council met on Tuesday. It approved the new budget for the town.\n';

test('a folder with a link loop and a dangling link is listed once, without a crash', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), BODY);
  writeFileSync(join(dir, 'sub', 'b.txt'), BODY);
  symlinkSync('..', join(dir, 'sub', 'up'));
  symlinkSync('.', join(dir, 'self'));
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'gone.txt'));
  symlinkSync(join(dir, 'missing'), join(dir, 'gone-folder'));
  const files = listFiles(dir).map((f) => f.slice(dir.length + 1));
  assert.deepEqual(files, ['a.txt', 'gone.txt', join('sub', 'b.txt')]);
  const results = [...readPaths([dir])];
  assert.equal(results.filter((r) => 'article' in r).length, 2);
  const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
  assert.deepEqual(
    errors.map((e) => [e.code, e.file]),
    [['FILE_NOT_FOUND', join(dir, 'gone.txt')]],
  );
});

test('a number too large to be a date is no date, not a crash', () => {
  assert.equal(normalizeDate(1e20), null);
  assert.equal(normalizeDate(-1e17), null);
  assert.equal(normalizeDate(1751212800), '2025-06-29T16:00:00Z');
  const dir = tempDir();
  const file = join(dir, 'big.json');
  writeFileSync(file, JSON.stringify({ text: BODY, date_publish: 1e20 }));
  const [result] = readFile(file);
  assert.ok('article' in result);
  assert.equal(result.article.text, BODY);
  assert.equal(result.article.meta.published ?? null, null);
});

test('an empty or unreadable date field does not hide the next one', () => {
  const dir = tempDir();
  const file = join(dir, 'dates.json');
  writeFileSync(
    file,
    JSON.stringify([
      { text: BODY, date_publish: '', published: '2025-06-29' },
      { text: BODY, date_publish: 'unknown', date: '2024-02-03 10:00:00' },
      { text: BODY, date_publish: null, published: 'sometime' },
    ]),
  );
  const published = readFile(file).map((r) => ('article' in r ? r.article.meta.published : r.error.code));
  assert.deepEqual(published, ['2025-06-29', '2024-02-03T10:00:00', 'sometime']);
});

test('a feed with a character reference past U+10FFFF keeps its items', () => {
  const dir = tempDir();
  const file = join(dir, 'bad.rss');
  writeFileSync(
    file,
    '<?xml version="1.0"?><rss><channel><title>Feed</title>' +
      '<item><title>A &#x1F600; day</title><description>The council met &#x110000; on Tuesday. It approved the budget.</description></item>' +
      '<item><title>B</title><description>The mayor spoke &#99999999999; at noon. She thanked the staff.</description></item>' +
      '</channel></rss>',
  );
  const results = readFile(file);
  const texts = results.map((r) => ('article' in r ? r.article.text : r.error.code));
  assert.deepEqual(texts, [
    'The council met \uFFFD on Tuesday. It approved the budget.',
    'The mayor spoke \uFFFD at noon. She thanked the staff.',
  ]);
  assert.ok('article' in results[0]);
  assert.equal(results[0].article.meta.title, 'A \u{1F600} day');
});
