import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { main } from '../src/cli/main.js';
import { checkBinding } from '../src/cli/serve.js';
import { Store } from '../src/corpus/store.js';
import { createApp } from '../src/server/app.js';
import { isLoopback } from '../src/server/security.js';
import { serverCorpus } from './server-fixtures.js';

const store = new Store(serverCorpus(), { readonly: true });
after(() => store.close());

test('loopback needs no token; any other interface does', () => {
  for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])
    assert.ok(isLoopback(host), host);
  for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.org']) assert.ok(!isLoopback(host), host);
  assert.doesNotThrow(() => checkBinding('127.0.0.1', undefined));
  assert.doesNotThrow(() => checkBinding('0.0.0.0', 'secret'));
  assert.throws(() => checkBinding('0.0.0.0', undefined), /token is required/);
});

test('`dossier serve --host 0.0.0.0` without a token refuses to start and says why', async () => {
  const saved = process.env.DOSSIER_TOKEN;
  delete process.env.DOSSIER_TOKEN;
  try {
    let err = '';
    const code = await main(['serve', '--db', store.path, '--host', '0.0.0.0'], {
      out: () => {},
      err: (t) => (err += t),
      isTTY: false,
    });
    assert.equal(code, 2);
    assert.match(err, /token is required/);
    assert.match(err, /--token TOKEN or set DOSSIER_TOKEN/);
    let err2 = '';
    const bad = await main(['serve', '--db', store.path, '--port', 'eighty'], {
      out: () => {},
      err: (t) => (err2 += t),
      isTTY: false,
    });
    assert.equal(bad, 2);
    assert.match(err2, /--port/);
  } finally {
    if (saved !== undefined) process.env.DOSSIER_TOKEN = saved;
  }
});

test('with a token, requests need it (bearer or the cookie set by /?token=)', async () => {
  const app = createApp({ store, token: 's3cret' });
  const refused = await app.request('/api/articles');
  assert.equal(refused.status, 401);
  assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'TOKEN_REQUIRED');
  assert.equal(refused.headers.get('x-frame-options'), 'DENY');
  assert.equal(
    (await app.request('/api/articles', { headers: { authorization: 'Bearer wrong' } })).status,
    401,
  );
  assert.equal(
    (await app.request('/api/articles', { headers: { authorization: 'Bearer s3cret' } })).status,
    200,
  );
  assert.equal((await app.request('/')).status, 401);
  assert.equal((await app.request('/?token=wrong')).status, 401);
  const signIn = await app.request('/?token=s3cret');
  assert.equal(signIn.status, 303);
  const cookie = signIn.headers.get('set-cookie') ?? '';
  assert.match(cookie, /dossier_token=s3cret/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  const withCookie = await app.request('/api/stats', { headers: { cookie: cookie.split(';')[0] } });
  assert.equal(withCookie.status, 200);
});
