import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './run-cli.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

export { runCli };

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('cli');

test('an unknown command exits 2 and names it', async () => {
  const r = await runCli(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown command "frobnicate"/);
});

test('--help after a command, an eval task or a predict task prints its usage and exits 0', async () => {
  const extract = await runCli(['extract', '--help']);
  assert.equal(extract.code, 0);
  assert.match(extract.out, /^Usage:\n {2}dossier extract FILE\|DIR/);
  assert.equal(extract.err, '');
  const evalTask = await runCli(['eval', 'coref', '-h']);
  assert.equal(evalTask.code, 0);
  assert.match(evalTask.out, /dossier eval coref --conllu FILE/);
  const predictTask = await runCli(['predict', 'geo', '--text', 'x', '--help']);
  assert.equal(predictTask.code, 0);
  assert.match(predictTask.out, /dossier predict geo --text DIR --out DIR/);
  // after `--`, '--help' is a file name like any other
  const file = await runCli(['extract', '--', '--help']);
  assert.equal(file.code, 1);
  assert.match(file.err, /--help: .*FILE_NOT_FOUND/);
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
  const dir = tempDir();
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Talks were held.');
  const r = await runCli(['extract', file, '--published', 'yesterday']);
  assert.equal(r.code, 2);
  assert.match(r.err, /not a date/);
});
