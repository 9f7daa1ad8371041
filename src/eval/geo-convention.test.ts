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

test('streets count under the LGL convention and lie in the town named before them; states and towns count always', () => {
  const { components } = geoComponents();
  const text = 'Police closed Gillis Street in Greer, S.C., on Monday after a fire.';
  const plain = predictPlaces(text, components);
  const lgl = predictPlaces(text, components, null, LGL);
  assert.ok(!plain.some((t) => t.text === 'Gillis Street'));
  for (const places of [plain, lgl]) {
    const state = places.find((t) => t.text === 'S.C.');
    assert.ok(state && state.lat !== null && Math.abs(state.lat - 34) < 2, 'S.C. is South Carolina');
    assert.ok(places.some((t) => t.text === 'Greer'));
  }
  const street = lgl.find((t) => t.text === 'Gillis Street');
  assert.ok(
    street && street.lat !== null && Math.abs(street.lat - 34.94) < 0.5,
    'the street is in Greer, S.C.',
  );
});
