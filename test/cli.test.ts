import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './run-cli.js';

export { runCli };

test('an unknown command exits 2 and names it', async () => {
  const r = await runCli(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown command "frobnicate"/);
});

test('an unknown option exits 2 with a coded message, no stack trace', async () => {
  const r = await runCli(['extract', '--bogus', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.err, /OPTION_UNKNOWN/);
  assert.doesNotMatch(r.err, /at .*\.js:\d+/);
});

test('a missing file exits 1 and names the file', async () => {
  const r = await runCli(['extract', '/nonexistent/article.txt']);
  assert.equal(r.code, 1);
  assert.match(r.err, /\/nonexistent\/article\.txt: .*FILE_NOT_FOUND/);
});

test('an invalid --published date is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Talks were held.');
  const r = await runCli(['extract', file, '--published', 'yesterday']);
  assert.equal(r.code, 2);
  assert.match(r.err, /not a date/);
});
