import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleJson } from '../doc/contract.js';
import { formatStory } from './pretty-events.js';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

test('an event line reads actor, target, date, modality, source and each wording once', () => {
  const article = {
    entities: [
      { id: 'e1', name: 'Ibrahim Kalın', type: 'PERSON', mentions: [], roles: [] },
      { id: 'e2', name: 'Hamas', type: 'ORG', mentions: [], roles: [] },
    ],
    times: [{ id: 't1', text: 'Sunday', value: '2025-06-29', start: 0, end: 6 }],
    quotes: [{ id: 'q1', source: span('Security sources'), speaker: null }],
    events: [
      {
        id: 'ev1',
        type: 'CONSULT',
        mode: 'meet',
        actor: ['e1'],
        target: ['e2'],
        trigger: span('met'),
        triggers: [span('met'), span('talks', 10), span('talks', 40)],
        time: 't1',
        modality: 'reported',
        attribution: 'q1',
      },
    ],
    labels: [],
  } as unknown as ArticleJson;
  const plain = (_: string, s: string) => s;
  const line = formatStory(article, plain).find((l) => l.includes('CONSULT'));
  assert.ok(line);
  assert.match(line, /Ibrahim Kalın → Hamas/);
  assert.match(line, /Sunday = 2025-06-29/);
  assert.match(line, /\[reported, per Security sources\]/);
  assert.equal(line.match(/"talks"/g)?.length, 1);
  assert.match(line, /"met", "talks"/);
});
