import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDirs } from '../src/testing/temp-dirs.js';
import { runCli } from './run-cli.js';

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('cli-audit');

/** The built CLI entry point. */
const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../src/cli/main.js');

test('predict events keeps numeric ids and refuses a record without text instead of dropping it', async () => {
  const dir = tempDir();
  const good = join(dir, 'good.json');
  writeFileSync(
    good,
    JSON.stringify([
      { id: 7, text: 'France met Germany on Monday.' },
      { id: 'b', text: 'Russia attacked Ukraine.' },
    ]),
  );
  const r = await runCli(['predict', 'events', '--plover', good]);
  assert.equal(r.code, 0, r.err);
  const ids = (JSON.parse(r.out) as { id: unknown }[]).map((p) => p.id);
  assert.deepEqual(ids, [7, 'b']);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify([{ id: 'a', text: 'France met Germany.' }, { id: 'c' }]));
  const b = await runCli(['predict', 'events', '--plover', bad]);
  assert.equal(b.code, 1);
  assert.match(b.err, /record 2 has no text.*\[RECORD_INVALID\]/);
});

test('a reader that closes the pipe early ends the CLI quietly, without an EPIPE stack trace', async () => {
  const dir = tempDir();
  const file = join(dir, 'few.jsonl');
  const record = JSON.stringify({
    text: 'The council met on Tuesday. It approved the new budget for the town.',
  });
  writeFileSync(file, `${record}\n`.repeat(3));
  const child = spawn(process.execPath, [MAIN, 'extract', file, '--format', 'jsonl'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // the reader goes away before the CLI has written anything: every write meets a closed pipe
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.doesNotMatch(err, /EPIPE|Unhandled|\n\s+at /);
  assert.equal(code, 0);
});

test('extract --help names every option extract accepts', async () => {
  const help = await runCli(['extract', '--help']);
  assert.equal(help.code, 0);
  for (const option of ['--format', '--published', '--title', '--url', '--outlet', '--encoding', '-o']) {
    assert.ok(help.out.includes(option), `${option} in the help`);
    // and the command does accept it (an unknown option would be OPTION_UNKNOWN, exit 2)
    const r = await runCli(['extract', option]);
    assert.doesNotMatch(r.err, /Unknown option/);
  }
});
