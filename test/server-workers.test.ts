import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serverCorpus } from './server-fixtures.js';

const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'main.js');

test('dossier serve --workers 2: one address, answers from the worker processes, stops cleanly on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    [MAIN, 'serve', '--db', serverCorpus(), '--port', '0', '--workers', '2'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no address printed: ${out} ${err}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/\S+\/)/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        done(found);
      }
    });
    void exited.then((code) => fail(new Error(`serve exited (${code}): ${err}`)));
  });
  assert.match(out, /on 2 processes/);
  assert.equal(out.match(/Dossier is serving/g)?.length, 1, 'the address is printed once');
  for (let i = 0; i < 6; i++) {
    const res = await fetch(`${url}api/articles?limit=2`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(((await res.json()) as { items: unknown[] }).items.length, 2);
  }
  assert.equal((await fetch(`${url}api/articles?limit=0`)).status, 400);
  child.kill('SIGTERM');
  assert.equal(await exited, 0, err);
});

test('dossier serve --workers refuses a count out of range', async () => {
  const child = spawn(process.execPath, [MAIN, 'serve', '--db', serverCorpus(), '--workers', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('close', done)); // close: stderr is read to its end
  assert.notEqual(code, 0);
  assert.match(err, /--workers "0" is not valid.*OPTION_INVALID/s);
});
