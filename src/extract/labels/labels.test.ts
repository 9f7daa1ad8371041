import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LabelJson } from '../../doc/contract.js';
import { markContested } from './labels-component.js';

const label = (entity: string, text: string, by: string | null, holder: string): LabelJson => ({
  entity,
  label: text,
  by,
  start: 0,
  end: 0,
  holder,
});

test('an entity labelled differently by different holders is contested, with every view listed', () => {
  const labels = markContested([
    label('e1', 'Palestinian resistance movement', null, 'outlet'),
    label('e1', 'liberation organization', 'e9', 'President Erdoğan'),
    label('e1', 'terrorist group', null, 'Western nations'),
    label('e2', 'NATO member', null, 'outlet'),
    label('e2', 'traditional ally', null, 'outlet'),
  ]);
  const hamas = labels.filter((l) => l.entity === 'e1');
  assert.ok(hamas.every((l) => l.contested === true));
  assert.equal((hamas[0].views as unknown[]).length, 3);
  // one holder, two descriptions: not contested
  assert.ok(labels.filter((l) => l.entity === 'e2').every((l) => l.contested === undefined));
});
