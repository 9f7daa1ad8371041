import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { recordFromContract } from '../src/corpus/article-record.js';
import { Store } from '../src/corpus/store.js';
import { contract } from './corpus-fixtures.js';
import { API_ROUTES, createApp } from '../src/server/app.js';
import { serverCorpus, XSS_TEXT } from './server-fixtures.js';

// In-process: app.request() runs the app on a Request; no port is opened.
const dbPath = serverCorpus();
const store = new Store(dbPath, { readonly: true });
const webRoot = mkdtempSync(join(tmpdir(), 'dossier-web-'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Dossier</title>');
const logged: string[] = [];
const app = createApp({ store, webRoot, extractMaxBytes: 4096, log: (m) => logged.push(m) });
after(() => {
  store.close();
  rmSync(webRoot, { recursive: true, force: true });
});

async function json<T = Record<string, unknown>>(path: string, status = 200, init?: RequestInit): Promise<T> {
  const res = await app.request(path, init);
  const body = (await res.json()) as T;
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body)}`);
  return body;
}

type Page<T = Record<string, unknown>> = { items: T[]; limit: number; offset: number; next: number | null };
type ErrorBody = { error: { code: string; message: string; expected?: string } };

test('articles: a page newest first, limit and offset, next offset', async () => {
  const all = await json<Page<{ id: number; published: string }>>('/api/articles');
  assert.equal(all.items.length, 4);
  assert.equal(all.next, null);
  assert.equal(all.items[0].published, '2025-06-29');
  const first = await json<Page>('/api/articles?limit=3');
  assert.deepEqual([first.items.length, first.next], [3, 3]);
  const second = await json<Page>('/api/articles?limit=3&offset=3');
  assert.deepEqual([second.items.length, second.next], [1, null]);
  const dated = await json<Page>('/api/articles?from=2025-06-28&to=2025-06-28');
  assert.equal(dated.items.length, 2);
  const byOutlet = await json<Page<{ title: string }>>('/api/articles?outlet=Gazette');
  assert.deepEqual(
    byOutlet.items.map((a) => a.title),
    ['Talks on a truce'],
  );
});

test('one article: its contract and the corpus id of each local entity; 404 and 400', async () => {
  const list = await json<Page<{ id: number; title: string }>>('/api/articles?outlet=Daily%20Star');
  const id = list.items[0].id;
  const a = await json<{
    contract: { schema: string; text: string; tokens: unknown[] };
    entities: Record<string, number>;
  }>(`/api/articles/${id}`);
  assert.equal(a.contract.schema, 'dossier/article@1');
  assert.match(a.contract.text, /^Turkish President/);
  assert.deepEqual(a.contract.tokens, []);
  assert.equal(typeof a.entities.e1, 'number');
  const missing = await json<ErrorBody>('/api/articles/99999', 404);
  assert.equal(missing.error.code, 'NOT_FOUND');
  const bad = await json<ErrorBody>('/api/articles/abc', 400);
  assert.equal(bad.error.code, 'REQUEST_INVALID');
  assert.match(bad.error.message, /"id"/);
});

test('search: articles by words (diacritics folded) and the entities they may name', async () => {
  const hits = await json<Page<{ title: string; snippet: string }> & { entities: { name: string }[] }>(
    '/api/search?q=Erdogan',
  );
  assert.ok(hits.items.length >= 2);
  assert.ok(hits.items.some((h) => h.snippet.includes('[')));
  assert.ok(hits.entities.some((e) => e.name === 'Recep Tayyip Erdoğan'));
  assert.equal((await json<Page>('/api/search?q=Erdogan&limit=1')).next, 1);
});

test('validation: missing, unknown, repeated and out-of-range parameters are clear 400s', async () => {
  const missing = await json<ErrorBody>('/api/search', 400);
  assert.match(missing.error.message, /"q" is required/);
  const unknown = await json<ErrorBody>('/api/articles?limt=5', 400);
  assert.match(unknown.error.message, /unknown parameter "limt"/);
  assert.match(unknown.error.expected ?? '', /limit/);
  assert.match((await json<ErrorBody>('/api/articles?limit=0', 400)).error.expected ?? '', /1 to 200/);
  assert.match((await json<ErrorBody>('/api/articles?limit=1000', 400)).error.message, /"limit"/);
  assert.match((await json<ErrorBody>('/api/articles?offset=-1', 400)).error.message, /"offset"/);
  assert.match((await json<ErrorBody>('/api/articles?from=yesterday', 400)).error.expected ?? '', /ISO 8601/);
  // days that do not exist (Date.parse rolls them into the next month) are refused too
  for (const day of ['2021-02-29', '2025-04-31', '2024-02-30T10:00:00Z'])
    assert.match((await json<ErrorBody>(`/api/events?to=${day}`, 400)).error.message, /"to" is not valid/);
  await json(`/api/events?to=2024-02-29`, 200);
  assert.match((await json<ErrorBody>('/api/entities?type=ALIEN', 400)).error.expected ?? '', /PERSON/);
  assert.match(
    (await json<ErrorBody>('/api/articles?limit=1&limit=2', 400)).error.expected ?? '',
    /one value/,
  );
  assert.match((await json<ErrorBody>('/api/search?q=%20', 400)).error.expected ?? '', /non-empty/);
  assert.match(
    (await json<ErrorBody>(`/api/quotes?speaker=${'x'.repeat(300)}`, 400)).error.expected ?? '',
    /200/,
  );
  assert.equal((await json<ErrorBody>('/api/nothing', 404)).error.code, 'NOT_FOUND');
  assert.equal((await json<ErrorBody>('/api/labels?contested=maybe', 400)).error.code, 'REQUEST_INVALID');
});

test('entities: a list by mentions, filtered by name and type; one dossier by id', async () => {
  const all = await json<Page<{ id: number; name: string; type: string; mentions: number }>>('/api/entities');
  assert.ok(all.items.length >= 5);
  assert.ok(all.items[0].mentions >= all.items[1].mentions);
  const orgs = await json<Page<{ type: string }>>('/api/entities?type=ORG');
  assert.ok(orgs.items.length > 0 && orgs.items.every((e) => e.type === 'ORG'));
  const hamas = (await json<Page<{ id: number; name: string }>>('/api/entities?q=Hamas')).items[0];
  assert.equal(hamas.name, 'Hamas');
  const d = await json<{
    entity: { name: string; articles: number };
    labels: unknown[];
    contested: boolean;
    saidAbout: unknown[];
  }>(`/api/entities/${hamas.id}`);
  assert.equal(d.entity.name, 'Hamas');
  assert.equal(d.entity.articles, 2);
  assert.equal(d.labels.length, 2);
  assert.equal(d.contested, true);
  assert.equal((await json<ErrorBody>('/api/entities/424242', 404)).error.code, 'NOT_FOUND');
});

test('dossier: contested agrees with the labels route for every entity; quotes about an entity by others', async () => {
  const ids = (await json<Page<{ id: number }>>('/api/entities?limit=200')).items.map((e) => e.id);
  assert.ok(ids.length >= 5);
  let contested = 0;
  for (const id of ids) {
    const d = await json<{ contested: boolean }>(`/api/entities/${id}`);
    const held = await json<Page<{ contested: boolean }>>(`/api/labels?entity=${id}&limit=200`);
    assert.equal(
      d.contested,
      held.items.some((l) => l.contested),
      `entity ${id}`,
    );
    if (d.contested) contested++;
  }
  assert.equal(contested, 1);
  const gaza = (await json<Page<{ id: number; name: string }>>('/api/entities?q=Gaza&type=GPE')).items[0];
  const d = await json<{
    saidAbout: { speaker: string | null; content: string | null; outlet: string | null }[];
  }>(`/api/entities/${gaza.id}`);
  assert.deepEqual(
    d.saidAbout.map((q) => [q.speaker, q.content]),
    [['Gaza health ministry', '56,300 people had been killed in Gaza']],
  );
});

test('events: the merged timeline, filtered by type, actor, place, modality and dates', async () => {
  const all =
    await json<Page<{ type: string; actors: string[]; sources: number; reports: { modality: string }[] }>>(
      '/api/events',
    );
  assert.equal(all.items.length, 1);
  assert.equal(all.items[0].type, 'CONSULT');
  assert.equal(all.items[0].sources, 2);
  assert.equal((await json<Page>('/api/events?actor=Erdogan')).items.length, 1);
  assert.equal((await json<Page>('/api/events?actor=Hamas')).items.length, 0);
  assert.equal((await json<Page>('/api/events?modality=hypothetical')).items.length, 0);
  assert.equal((await json<Page>('/api/events?modality=asserted&type=CONS')).items.length, 1);
  assert.equal((await json<Page>('/api/events?place=Gaza')).items.length, 0);
  assert.equal((await json<Page>('/api/events?from=2025-07-01')).items.length, 0);
});

test('quotes, claims and labels', async () => {
  const q = await json<Page<{ speaker: string | null; content: string }>>('/api/quotes?speaker=Erdogan');
  assert.deepEqual(
    q.items.map((r) => r.content),
    ['A truce is near.'],
  );
  assert.equal((await json<Page>('/api/quotes?limit=2')).next, 2);
  const c = await json<Page<{ value: number; source: string | null }>>('/api/claims?counts=deaths');
  assert.deepEqual(
    c.items.map((r) => r.value),
    [56000, 56300],
  );
  const l =
    await json<Page<{ label: string; by: string | null; contested: boolean }>>('/api/labels?entity=Hamas');
  assert.deepEqual(l.items.map((r) => [r.label, r.by, r.contested]).sort(), [
    ['liberation organization', 'Recep Tayyip Erdoğan', true],
    ['terrorist group', null, true],
  ]);
  assert.equal((await json<Page>('/api/labels?contested=true')).items.length, 2);
});

test('network, places and stats', async () => {
  const n = await json<{ nodes: { id: number; name: string }[]; links: { kind: string; weight: number }[] }>(
    '/api/network',
  );
  assert.ok(n.links.some((l) => l.kind === 'event' && l.weight === 2));
  assert.ok(n.nodes.some((x) => x.name === 'Hamas'));
  const p = await json<{ items: { name: string; lat: number }[] }>('/api/places');
  assert.deepEqual(p.items.map((x) => x.name).sort(), ['Ankara', 'Gaza']);
  const s = await json<{ articles: number }>('/api/stats');
  assert.equal(s.articles, 4);
});

test('POST /api/extract analyses pasted text without storing it', async () => {
  const before = (await json<{ articles: number }>('/api/stats')).articles;
  const body = JSON.stringify({
    text: 'Turkish President Recep Tayyip Erdoğan met Hamas leaders on Friday.',
    published: '2025-06-29',
  });
  const a = await json<{ schema: string; meta: { published: string }; text: string; tokens: unknown[] }>(
    '/api/extract',
    200,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    },
  );
  assert.equal(a.schema, 'dossier/article@1');
  assert.equal(a.meta.published, '2025-06-29');
  assert.deepEqual(a.tokens, []);
  assert.equal((await json<{ articles: number }>('/api/stats')).articles, before);

  const form = new FormData();
  form.set(
    'file',
    new File(['Talks\n\nHamas leaders met in Doha on Friday.'], 'talks.txt', { type: 'text/plain' }),
  );
  form.set('published', '2025-06-29');
  const upload = await json<{ meta: { title: string } }>('/api/extract', 200, { method: 'POST', body: form });
  assert.equal(upload.meta.title, 'Talks');
  const plain = await json<{ text: string }>('/api/extract', 200, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'Plain words.',
  });
  assert.equal(plain.text, 'Plain words.');
});

test('POST /api/extract refuses bad bodies with 4xx', async () => {
  const check = async (status: number, code: string, body: BodyInit, type?: string) => {
    const res = await app.request('/api/extract', {
      method: 'POST',
      body,
      headers: type ? { 'content-type': type } : {},
    });
    const answer = (await res.json()) as ErrorBody;
    assert.equal(res.status, status, JSON.stringify(answer));
    assert.equal(answer.error.code, code);
  };
  await check(413, 'FILE_TOO_LARGE', JSON.stringify({ text: 'x'.repeat(5000) }), 'application/json');
  await check(400, 'JSON_MALFORMED', '{"text": ', 'application/json');
  await check(400, 'REQUEST_INVALID', JSON.stringify({ text: '' }), 'application/json');
  await check(400, 'REQUEST_INVALID', JSON.stringify({ text: 'a', colour: 'red' }), 'application/json');
  await check(400, 'REQUEST_INVALID', JSON.stringify({ text: 'a', published: 'soon' }), 'application/json');
  await check(400, 'REQUEST_INVALID', 'text', 'application/x-www-form-urlencoded');
  await check(415, 'FILE_BINARY', new Uint8Array([0, 1, 2, 3]), 'text/plain');
  // a form that is not one (no boundary, or parts that do not parse) is the client's error, not a 500
  await check(400, 'REQUEST_INVALID', 'zzz', 'multipart/form-data');
  await check(400, 'REQUEST_INVALID', 'zzz', 'multipart/form-data; boundary=abc');
  const res = await app.request('/api/extract');
  assert.equal(res.status, 404);
});

test('security headers on API answers and UI pages', async () => {
  for (const path of ['/api/articles', '/', '/api/nothing']) {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/, path);
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.match(csp, /object-src 'none'/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
  }
  assert.equal((await app.request('/api/articles')).headers.get('cache-control'), 'no-store');
});

test('the UI is served from its folder; paths cannot leave it', async () => {
  const index = await app.request('/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type') ?? '', /text\/html/);
  assert.equal((await app.request('/../package.json')).status, 404);
  assert.equal((await app.request('/%2e%2e/package.json')).status, 404);
  const bare = createApp({ store, webRoot: join(webRoot, 'missing') });
  const res = await bare.request('/');
  assert.equal(res.status, 503);
  assert.match(await res.text(), /npm run build/);
});

test('the article API returns article text as data: the hostile article is stored verbatim', async () => {
  const list = await json<Page<{ id: number; outlet: string }>>('/api/articles?outlet=Mallory%20Post');
  const a = await json<{ contract: { text: string } }>(`/api/articles/${list.items[0].id}`);
  assert.equal(a.contract.text, XSS_TEXT);
  assert.equal(logged.length, 0);
});

test('the OpenAPI document lists every route with its parameters', async () => {
  const doc = await json<{
    openapi: string;
    paths: Record<string, { get?: { parameters: { name: string; in: string }[] }; post?: unknown }>;
  }>('/api/openapi.json');
  assert.equal(doc.openapi, '3.1.0');
  for (const path of [
    '/api/articles',
    '/api/articles/{id}',
    '/api/search',
    '/api/entities',
    '/api/entities/{id}',
    '/api/events',
    '/api/quotes',
    '/api/claims',
    '/api/labels',
  ])
    assert.ok(doc.paths[path]?.get, path);
  assert.ok(doc.paths['/api/extract'].post);
  for (const r of API_ROUTES) {
    const names = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')].get!.parameters.map((p) => p.name);
    assert.deepEqual(names, Object.keys(r.params), r.path);
  }
  assert.equal(doc.paths['/api/articles/{id}'].get!.parameters[0].in, 'path');
});

test('cached answers are dropped when another connection writes to the corpus', async () => {
  const before = await json<{ articles: number }>('/api/stats');
  assert.deepEqual(await json('/api/stats'), before);
  const writer = new Store(dbPath);
  writer.put(recordFromContract(contract('A late report from the coast.', { title: 'Late report' })));
  writer.close();
  assert.equal((await json<{ articles: number }>('/api/stats')).articles, before.articles + 1);
  assert.equal((await json<Page>('/api/search?q=coast')).items.length, 1);
});
