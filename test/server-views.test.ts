import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { recordFromContract } from '../src/corpus/article-record.js';
import { getArticle, listArticles } from '../src/corpus/query-articles.js';
import { statement } from '../src/corpus/query-statements.js';
import { Store } from '../src/corpus/store.js';
import { createApp } from '../src/server/app.js';
import type { ArticleJson } from '../src/doc/contract.js';
import { serverArticles } from './server-fixtures.js';

/** Word tokens with tags and heads (the fixtures come without a token layer). */
function withTokens(a: ArticleJson): ArticleJson {
  const words = [...a.text.matchAll(/\S+/g)];
  a.tokens = words.map((m, i) => ({
    start: m.index,
    end: m.index + m[0].length,
    ...(i % 5 === 4
      ? {}
      : { pos: i % 2 ? 'NOUN' : 'VERB', tag: i % 3 ? 'NN' : 'VB', dep: i ? 'obj' : 'root' }),
    head: i === 0 ? null : i % 7 === 3 ? undefined : i - 1,
  }));
  return a;
}

// What the API's views skip or reuse to stay cheap must not change what they answer.
const dir = mkdtempSync(join(tmpdir(), 'dossier-views-'));
const path = join(dir, 'corpus.db');
const writer = new Store(path);
writer.putMany(serverArticles().map((a, i) => recordFromContract(i % 2 ? a : withTokens(a))));
writer.close();
const store = new Store(path, { readonly: true });
const app = createApp({ store });
after(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an article read without its tokens is the same article with an empty token layer', () => {
  let tokenized = 0;
  for (const { id } of listArticles(store)) {
    const full = getArticle(store, id)!;
    const light = getArticle(store, id, { tokens: false })!;
    if (full.contract.tokens.length > 0) tokenized++;
    assert.deepEqual(light.contract.tokens, []);
    assert.deepEqual({ ...light, contract: { ...light.contract, tokens: full.contract.tokens } }, full);
  }
  assert.ok(tokenized > 0, 'some fixture article has tokens');
});

test('the article view gives tokens only when asked', async () => {
  const id = listArticles(store).find((a) => getArticle(store, a.id)!.contract.tokens.length > 0)!.id;
  const plain = (await (await app.request(`/api/articles/${id}`)).json()) as {
    contract: { tokens: unknown[] };
  };
  const withTokens = (await (await app.request(`/api/articles/${id}?tokens=true`)).json()) as {
    contract: { tokens: unknown[] };
  };
  assert.deepEqual(plain.contract.tokens, []);
  assert.deepEqual(withTokens.contract.tokens, getArticle(store, id)!.contract.tokens);
});

test('a cached answer and an error keep their headers and bytes', async () => {
  const first = await app.request('/api/entities?limit=3');
  const body = await first.text();
  const again = await app.request('/api/entities?limit=3');
  assert.equal(await again.text(), body);
  for (const res of [first, again, await app.request('/api/articles/99999')]) {
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  }
  assert.match(first.headers.get('content-type') ?? '', /^application\/json/);
});

test('a statement is prepared once per connection and handed back in its default mode', () => {
  const sql = 'SELECT id, title FROM articles ORDER BY id LIMIT 1';
  const a = statement(store.db, sql);
  assert.equal(statement(store.db, sql), a);
  const id = a.pluck().get();
  assert.equal(typeof id, 'number');
  const row = statement(store.db, sql).get() as { id: number; title: string };
  assert.equal(row.id, id);
});
