import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDirs } from '../src/testing/temp-dirs.js';
import { runCli } from './run-cli.js';

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('cli-audit');

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
