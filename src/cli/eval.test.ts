import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Io } from './io.js';
import { main } from './main.js';
import { tempDirs } from '../testing/temp-dirs.js';

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('eval');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false };
  return { code: await main(argv, io), out, err };
}

test('dossier eval lists its tasks', async () => {
  const r = await run(['eval', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /dossier eval tokenize --conllu FILE/);
});

test('an unknown eval task exits 2 and names the known ones', async () => {
  const r = await run(['eval', 'frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown eval task "frobnicate".*tokenize/);
});

test('dossier eval tokenize scores a CoNLL-U file and ends with a headline', async () => {
  const dir = tempDir();
  const file = join(dir, 'tiny.conllu');
  writeFileSync(
    file,
    '# text = Talks ended.\n1\tTalks\t_\t_\t_\t_\t2\tnsubj\t_\t_\n2\tended\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t2\tpunct\t_\t_\n\n',
  );
  const r = await run(['eval', 'tokenize', '--conllu', file]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /tokens\s+P 100\.00/);
  assert.match(r.out, /tokenize: token F1 100\.00, sentence F1 100\.00\n$/);
});

test('a malformed CoNLL-U file exits 1 with its line number', async () => {
  const dir = tempDir();
  const file = join(dir, 'bad.conllu');
  writeFileSync(file, '# text = a\n1\ta\n');
  const r = await run(['eval', 'tokenize', '--conllu', file]);
  assert.equal(r.code, 1);
  assert.match(r.err, /bad\.conllu:2: .*CONLL_MALFORMED/);
});

test('eval tokenize without a file is an invalid option', async () => {
  const r = await run(['eval', 'tokenize']);
  assert.equal(r.code, 2);
  assert.match(r.err, /OPTION_INVALID/);
});
