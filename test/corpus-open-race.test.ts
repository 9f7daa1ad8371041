import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS } from '../src/corpus/schema.js';
import { Store } from '../src/corpus/store.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

const STORE = resolve(dirname(fileURLToPath(import.meta.url)), '../src/corpus/store.js');
const tempDir = tempDirs('open-race');

/** Opens (creating and migrating) the store at `db` in a new process; resolves with its exit code and errors. */
function openInChild(db: string): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, [
    '--input-type=module',
    '-e',
    `const { Store } = await import(${JSON.stringify(STORE)}); new Store(process.argv[1]).close();`,
    db,
  ]);
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, err })));
}

test('processes that create the same new store at once take turns: all open it, at the latest schema', async () => {
  for (let round = 0; round < 5; round++) {
    const db = join(tempDir(), 'race.db');
    const results = await Promise.all([0, 1, 2, 3].map(() => openInChild(db)));
    for (const { code, err } of results) assert.equal(code, 0, err);
    const store = new Store(db, { readonly: true });
    try {
      assert.equal(store.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    } finally {
      store.close();
    }
  }
});
