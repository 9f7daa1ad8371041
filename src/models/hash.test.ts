import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feat1, feat1Bits, feat2, feat2Bits, feat3, feat3Bits, hashString, mix, mixBits } from './hash.js';

test('the Int32 variants give the same 32 bits as the unsigned feature ids', () => {
  const values = [0, 1, 7, 0x7fffffff, 0x80000000, 0xffffffff, hashString('Erdoğan'), hashString('Kalın'), -1, -123456];
  const ids = new Set<number>();
  for (const a of values) {
    for (const b of values) {
      assert.equal(mixBits(a, b) >>> 0, mix(a, b));
      // a signed and an unsigned form of the same bits hash alike
      assert.equal(mix(a | 0, b | 0), mix(a >>> 0, b >>> 0));
      assert.equal(feat2Bits(5, a, b) >>> 0, feat2(5, a, b));
      assert.equal(feat3Bits(9, a, b, 3) >>> 0, feat3(9, a, b, 3));
      ids.add(feat2(5, a >>> 0, b >>> 0));
    }
    assert.equal(feat1Bits(3, a) >>> 0, feat1(3, a));
    const out = new Uint32Array(1);
    out[0] = feat1Bits(3, a);
    assert.equal(out[0], feat1(3, a));
    assert.ok(feat1(3, a) >= 0 && feat1(3, a) <= 0xffffffff);
  }
  // the ids of distinct inputs differ (values holds -1 and 0xffffffff, one value twice)
  assert.ok(ids.size >= (values.length - 1) ** 2);
  // fixed values (as before the Int32 variants): the shipped models' keys depend on them
  assert.equal(feat1(1, 0), 1343971224);
  assert.equal(feat2(17, 0xffff, 0xffff), 1164170380);
  assert.equal(feat3(9, 0x80000000, 7, 3), 30525096);
});
