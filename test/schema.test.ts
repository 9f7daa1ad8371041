import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ArticleJson } from '../src/doc/contract.js';
import { runCli } from './run-cli.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = join(ROOT, 'examples', 'articles');
const SEED = resolve(ROOT, '../shared/seed/article.txt');

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'article-v1.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Runs `dossier extract ... --format jsonl` and parses one object per line. */
async function extract(args: string[]): Promise<ArticleJson[]> {
  const r = await runCli(['extract', ...args, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  return r.out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ArticleJson);
}

/** Asserts an output object is valid contract v1 and that every offset is within `text`. */
function assertValid(article: ArticleJson, label: string): void {
  assert.ok(validate(article), `${label}: ${JSON.stringify(validate.errors, null, 1)}`);
  const n = article.text.length;
  for (const { start, end } of [...article.sentences, ...article.tokens]) {
    assert.ok(0 <= start && start < end && end <= n, `${label}: span ${start}-${end} outside 0-${n}`);
  }
  for (const t of article.tokens) {
    const slice = article.text.slice(t.start, t.end);
    assert.equal(slice.trim(), slice, `${label}: token "${slice}" at ${t.start} holds white space`);
  }
  // every token lies inside exactly one sentence, in order
  let s = 0;
  for (const t of article.tokens) {
    while (s < article.sentences.length && article.sentences[s].end <= t.start) s++;
    const sentence = article.sentences[s];
    assert.ok(
      sentence && sentence.start <= t.start && t.end <= sentence.end,
      `${label}: token at ${t.start}`,
    );
  }
}

test('the schema file is itself a valid draft 2020-12 schema', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(validate);
});

test('every shipped example extracts to valid contract v1', async () => {
  const articles = await extract([EXAMPLES]);
  assert.ok(articles.length >= 5, `${articles.length} articles`);
  for (const a of articles) assertValid(a, a.meta.title ?? '?');
});

test('a .txt example keeps the file text exactly', async () => {
  const file = join(EXAMPLES, 'geneva-talks.txt');
  const [a] = await extract([file]);
  assert.equal(a.text, readFileSync(file, 'utf8'));
});

test('the JSON output (one object) validates too', async () => {
  const r = await runCli(['extract', join(EXAMPLES, 'sanctions.json')]);
  assert.equal(r.code, 0, r.err);
  assertValid(JSON.parse(r.out), 'sanctions.json');
});

test(
  'the seed article extracts to valid contract v1 with its exact text',
  { skip: !existsSync(SEED) },
  async () => {
    const [a] = await extract([SEED, '--published', '2025-06-29']);
    assertValid(a, 'seed');
    assert.equal(a.text, readFileSync(SEED, 'utf8'));
    assert.equal(a.meta.published, '2025-06-29');
    const words = new Set(a.tokens.map((t) => a.text.slice(t.start, t.end)));
    assert.ok(words.has('Kalın') && words.has('Erdoğan'), 'Kalın and Erdoğan stay whole');
  },
);

test('the schema refuses what breaks the contract', () => {
  const good = {
    schema: 'dossier/article@1',
    meta: { title: null, url: null, outlet: null, published: '2025-06-29', language: 'en' },
    text: 'Hi.',
    sentences: [{ start: 0, end: 3 }],
    tokens: [{ start: 0, end: 2 }],
    entities: [],
    times: [],
    quantities: [],
    quotes: [],
    events: [],
    labels: [],
  };
  assert.ok(validate(good));
  const bad = [
    { ...good, schema: 'dossier/article@2' },
    { ...good, meta: { ...good.meta, published: 'last Friday' } },
    { ...good, tokens: [{ start: -1, end: 2 }] },
    { ...good, entities: [{ id: 'e1', name: 'X', type: 'ALIEN', mentions: [], roles: [] }] },
    Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'labels')),
  ];
  for (const b of bad) assert.equal(validate(b), false, JSON.stringify(b).slice(0, 80));
});
