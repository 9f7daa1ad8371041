import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DossierError } from '../../errors/dossier-error.js';
import { buildClusters } from './build-clusters.js';
import { hashForm, NO_CLUSTER, WordClusters } from './word-clusters.js';

/** Toy text: names after "met", days after "on", verbs between a pronoun and a name. */
function toyText(): string[][] {
  const out: string[][] = [];
  for (const name of ['Ayşe', 'Mehmet', 'Kalın', 'Oslo']) {
    for (const day of ['Monday', 'Friday', 'Sunday']) {
      for (const verb of ['met', 'saw', 'called']) out.push(['she', verb, name, 'on', day, '.']);
    }
  }
  return out;
}

test('words in the same slots share classes, and each fine class lies inside one coarse class', () => {
  const clusters = buildClusters(toyText(), { minCount: 2, branching: [2, 4], seed: 3 });
  assert.deepEqual(clusters.header.levels, [2, 8]);
  assert.deepEqual(clusters.of('Monday'), clusters.of('Friday'));
  assert.deepEqual(clusters.of('met'), clusters.of('called'));
  assert.notDeepEqual(clusters.of('Monday'), clusters.of('met'));
  for (let w = 0; w < clusters.words.length; w++) {
    assert.equal(Math.floor(clusters.cluster(w, 1) / 4), clusters.cluster(w, 0));
  }
  assert.deepEqual(clusters.of('Ankara'), [NO_CLUSTER, NO_CLUSTER]);
});

test('a build is reproducible and survives a save/load round trip', () => {
  const a = buildClusters(toyText(), { minCount: 2, branching: [2, 2], seed: 5 });
  const b = buildClusters(toyText(), { minCount: 2, branching: [2, 2], seed: 5 });
  assert.deepEqual(a.encode(), b.encode());
  const copy = WordClusters.decode(a.encode(), 'toy');
  assert.equal(copy.checksum, a.checksum);
  assert.deepEqual(copy.of('Kalın'), a.of('Kalın'));
  assert.equal(copy.find(hashForm('Kalın'), 'Kalın'.length), a.words.indexOf('Kalın'));
});

test('a file that is not a cluster table is refused with MODEL_INVALID', () => {
  assert.throws(
    () => WordClusters.decode(new Uint8Array(32), 'zeros.bin'),
    (e: unknown) => e instanceof DossierError && e.code === 'MODEL_INVALID',
  );
});
