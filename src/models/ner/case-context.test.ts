import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTEXT_VALUES, caseContext, caseContextFeatures } from './case-context.js';
import { FormRole, MAX_FEATURES, contextFeatures, formFeatures, localFeatures } from './features.js';
import { F_HEADLINE, TokenTable } from './token-table.js';

const TEXT =
  'BRUSSELS ( Reuters ) - The European Commission met . ' +
  'Erdoğan said Turkey would send 1,200 trucks to Gaza , the Palestinian enclave .';

test('the features left to the caches plus those by form and case context are exactly the local features', () => {
  const starts: number[] = [];
  const ends: number[] = [];
  const sentStarts: number[] = [];
  for (const m of TEXT.matchAll(/\S+/g)) {
    if (starts.length === 0 || TEXT[starts[starts.length - 1]] === '.') sentStarts.push(starts.length);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const table = new TokenTable();
  table.fill({ text: TEXT, starts, ends, sentStarts });
  const out = new Uint32Array(MAX_FEATURES * 4);
  const values = new Int32Array(CONTEXT_VALUES);
  const ids = (from: number, to: number) => [...out.subarray(from, to)].sort((a, b) => a - b);
  for (let s = 0; s < table.sentBounds.length; s += 2) {
    const from = table.sentBounds[s];
    const to = table.sentBounds[s + 1];
    for (let i = from; i < to; i++) {
      const expected = ids(0, localFeatures(table, i, from, to, out, 0));
      let n = contextFeatures(table, i, from, to, out, 0, true);
      n = formFeatures(table, i, FormRole.OWN, out, n);
      if (!(table.flags[i] & F_HEADLINE)) n = formFeatures(table, i, FormRole.BODY, out, n);
      if (i - 1 >= from) n = formFeatures(table, i - 1, FormRole.PREV1, out, n);
      if (i - 2 >= from) n = formFeatures(table, i - 2, FormRole.PREV2, out, n);
      if (i + 1 < to) n = formFeatures(table, i + 1, FormRole.NEXT1, out, n);
      if (i + 2 < to) n = formFeatures(table, i + 2, FormRole.NEXT2, out, n);
      caseContext(table, i, from, to, values, 0);
      n = caseContextFeatures(values, 0, out, n);
      assert.deepEqual(ids(0, n), expected, `token ${i}`);
    }
  }
});
