import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordCounts } from './word-counts.js';

test('word counts keep each key apart, grow past their first size and empty on clear', () => {
  const counts = new WordCounts(3, 4);
  const reference = new Map<number, number[]>();
  // Int32 keys, negative ones included, many sharing their low bits
  const keys = Array.from({ length: 300 }, (_, k) => ((k * 0x10000) ^ (k % 7)) | 0).concat([-1, -2, 0x7fffffff, -0x80000000]);
  for (let round = 0; round < 3; round++) {
    for (const [k, key] of keys.entries()) {
      const slot = counts.slot(key);
      counts.values[slot * 3 + (k % 3)] += k + 1;
      const row = reference.get(key) ?? [0, 0, 0];
      row[k % 3] += k + 1;
      reference.set(key, row);
    }
  }
  assert.equal(counts.size, reference.size);
  for (const [key, row] of reference) {
    const slot = counts.find(key);
    assert.ok(slot >= 0, `key ${key}`);
    assert.deepEqual([...counts.values.subarray(slot * 3, slot * 3 + 3)], row, `key ${key}`);
  }
  assert.equal(counts.find(12345), -1, 'a key never counted');
  counts.clear();
  assert.equal(counts.size, 0);
  for (const key of keys) assert.equal(counts.find(key), -1, 'cleared');
  const again = counts.slot(keys[5]);
  assert.deepEqual([...counts.values.subarray(again * 3, again * 3 + 3)], [0, 0, 0], 'a word counted again starts at zero');
});
