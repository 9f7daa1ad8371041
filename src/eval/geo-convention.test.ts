import assert from 'node:assert/strict';
import { test } from 'node:test';
import { geoComponents, predictPlaces } from './geo-predict.js';

const LGL = { nested: true, demonyms: true, streets: true };

test('the LGL convention adds places inside organization names and nationality adjectives', () => {
  const { components } = geoComponents();
  const text = 'The Minnesota Department of Transportation closed roads, and Sudanese officials arrived.';
  const plain = predictPlaces(text, components).map((t) => t.text);
  const lgl = predictPlaces(text, components, null, LGL);
  assert.ok(!plain.includes('Minnesota'));
  const minnesota = lgl.find((t) => t.text === 'Minnesota');
  assert.ok(minnesota && minnesota.lat !== null && Math.abs(minnesota.lat - 46) < 3);
  const sudanese = lgl.find((t) => t.text === 'Sudanese');
  assert.ok(sudanese && sudanese.lon !== null && Math.abs(sudanese.lon - 30) < 5);
});
