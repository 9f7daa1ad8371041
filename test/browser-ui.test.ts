import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, beforeEach, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Store } from '../src/corpus/store.js';
import { createApp } from '../src/server/app.js';
import { listen, type Listening } from '../src/server/listen.js';
import { serverCorpus, XSS_TEXT } from './server-fixtures.js';

// Drives the system's Chromium (never a browser a tool downloads) against the built UI on loopback.
const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WEB = join(ROOT, 'web', 'dist');
const SHOTS = join(ROOT, 'test-output', 'browser');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const skip = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing: install Debian's chromium to run the browser tests`
  : !existsSync(join(WEB, 'index.html'))
    ? 'the web UI is not built: run `npm run build`'
    : false;
if (skip) console.log(`# skipping browser tests: ${skip}`);

let store: Store;
let server: Listening;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeEach(() => {
  problems.length = 0;
});

before(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  store = new Store(serverCorpus(), { readonly: true });
  server = await listen(createApp({ store, webRoot: WEB }), '127.0.0.1', 0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  page.setDefaultTimeout(20_000);
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
});

after(async () => {
  // everything opened here is closed: no server or browser outlives the test
  await browser?.close();
  await server?.close();
  store?.close();
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test(
  'browse: search, open an article, click an entity, see its quotes with speakers',
  { skip, timeout: 120_000 },
  async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
    await page.getByRole('link', { name: 'Talks on a truce' }).waitFor();
    await shot('articles');

    // "/" jumps to the search box from anywhere
    await page.keyboard.press('/');
    await page.keyboard.type('Erdogan');
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-hits').getByRole('link', { name: 'Recep Tayyip Erdoğan' }).waitFor();
    await page.getByTestId('article-hits').getByRole('link', { name: 'Talks on a truce' }).waitFor();
    await shot('search');

    await page.getByTestId('article-hits').getByRole('link', { name: 'Talks on a truce' }).click();
    const text = page.getByTestId('article-text');
    await text.waitFor();
    assert.match((await text.textContent()) ?? '', /^President Erdogan held talks/);
    assert.ok((await page.locator('.article-text .ann-quote').count()) > 0);
    assert.match(
      (await page.locator('.article-text .ann-time').first().getAttribute('title')) ?? '',
      /2025-06-27/,
    );
    await page.locator('.side-panel').getByText('Quotes').waitFor();
    await shot('article');

    await page
      .locator('.article-text [data-kind="entity"]', { hasText: 'President Erdogan' })
      .first()
      .click();
    await page.locator('h1', { hasText: 'Recep Tayyip Erdoğan' }).waitFor();
    const said = page.getByTestId('quotes-by');
    await said.getByText('A truce is near.').waitFor();
    assert.match((await said.locator('.speaker').first().textContent()) ?? '', /Erdoğan/);
    await shot('entity');

    // contested labels side by side, each with its holder
    await page.goto(`${server.url}#/search?q=Hamas`);
    await page.getByTestId('entity-hits').getByRole('link', { name: 'Hamas' }).click();
    await page.locator('.badge.contested').waitFor();
    assert.equal(await page.locator('.label-columns .label-holder').count(), 2);
    await shot('entity-contested');

    // the pager gives the rows shown (a last page of 2 from offset 2 said 3–52), and a page past
    // the end of the list is not an empty corpus
    await page.goto(`${server.url}#/articles?offset=2`);
    await page.locator('.pager').waitFor();
    assert.equal((await page.locator('.pager .muted').textContent())?.trim(), '3–4');
    await page.goto(`${server.url}#/articles?offset=10`);
    await page.getByText('No more articles').waitFor();
    assert.equal(await page.getByText('No articles yet').count(), 0);
    assert.deepEqual(problems, []);
  },
);

test('map, timeline, network, claims and analyse views', { skip, timeout: 120_000 }, async () => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map' }).click();
  await page.locator('[data-testid="map"] path.land').waitFor();
  assert.equal(await page.locator('[data-testid="map"] g.place').count(), 2);
  await shot('map');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
  const card = page.getByTestId('timeline').locator('.event-card').first();
  await card.waitFor();
  assert.match((await card.getAttribute('class')) ?? '', /modality-asserted/);
  assert.match((await card.textContent()) ?? '', /CONSULT/);
  await page.locator('select[name="modality"]').selectOption('hypothetical');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByText('No events match.').waitFor();
  await shot('timeline');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Network' }).click();
  await page.locator('[data-testid="network"] g.node').first().waitFor();
  await page.locator('[data-testid="network"] g.node', { hasText: 'Hamas' }).locator('circle').click();
  await page.getByRole('link', { name: 'Open the entity page' }).waitFor();
  await shot('network');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Claims' }).click();
  await page.locator('[data-testid="claims-chart"] circle').first().waitFor();
  assert.equal(await page.locator('[data-testid="claims-chart"] circle').count(), 2);
  await shot('claims');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Analyse' }).click();
  await page
    .locator('textarea[name="text"]')
    .fill('Turkish President Recep Tayyip Erdoğan met Hamas leaders in Ankara on Friday.');
  await page.locator('input[name="published"]').fill('2025-06-29');
  await page.getByRole('button', { name: 'Analyse' }).click();
  // the analysis loads the models on first use: allow it time; an error shows in .error
  await page.locator('[data-testid="article-text"], main .error').first().waitFor({ timeout: 60_000 });
  if (await page.locator('main .error').count())
    assert.fail(`the analysis failed: ${await page.locator('main .error').first().textContent()}`);
  assert.match((await page.getByTestId('article-text').textContent()) ?? '', /^Turkish President/);
  await shot('analyse');
  assert.deepEqual(problems, []);
});

test(
  'XSS: script tags and onerror attributes in an article render as text',
  { skip, timeout: 60_000 },
  async () => {
    await page.goto(`${server.url}#/search?q=Mallory`);
    await page.getByTestId('article-hits').getByRole('link').first().click();
    const text = page.getByTestId('article-text');
    await text.waitFor();
    assert.equal(await text.textContent(), XSS_TEXT);
    assert.equal(await page.locator('.article-text script, .article-text img, .article-text b').count(), 0);
    assert.match((await page.locator('h1').textContent()) ?? '', /<img src=x onerror=/);
    assert.equal(await page.locator('main img').count(), 0);
    // a javascript: address is shown, never linked
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await shot('xss');
    assert.deepEqual(problems, []);
  },
);
