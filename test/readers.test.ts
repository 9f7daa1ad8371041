import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ArticleJson } from '../src/doc/contract.js';
import { headlineOf } from '../src/read/read-text.js';
import { normalizeDate } from '../src/read/normalize-date.js';
import { readFile } from '../src/read/read-path.js';
import { readLines } from '../src/read/read-lines.js';
import { outputName } from '../src/cli/demo.js';
import { runCli } from './run-cli.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = join(ROOT, 'examples', 'articles');

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('readers');

/** Extracts with the CLI and returns the articles (JSONL), asserting success. */
async function extract(args: string[]): Promise<ArticleJson[]> {
  const r = await runCli(['extract', ...args, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  return r.out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ArticleJson);
}

/** The single article a file yields through the library reader. */
function readOne(file: string) {
  const [result] = readFile(file);
  assert.ok('article' in result, 'error' in result ? result.error.message : '');
  return result.article;
}

test('dates are normalized to ISO 8601', () => {
  const cases: [unknown, string | null][] = [
    ['2025-06-29', '2025-06-29'],
    ['2025-06-29T18:00:00+03:00', '2025-06-29T18:00:00+03:00'],
    ['2025-06-29T18:00:00+0300', '2025-06-29T18:00:00+03:00'],
    ['2025-06-29T15:00:00Z', '2025-06-29T15:00:00Z'],
    ['2025-06-29 10:52:00', '2025-06-29T10:52:00'],
    ['2025-06-29T10:52', '2025-06-29T10:52:00'],
    ['2016-05-04T00:00:00', '2016-05-04'],
    ['2016-05-04T00:00:00Z', '2016-05-04T00:00:00Z'],
    ['Sun, 29 Jun 2025 18:00:00 +0300', '2025-06-29T18:00:00+03:00'],
    ['Sun, 29 Jun 2025 15:00:00 GMT', '2025-06-29T15:00:00Z'],
    ['29 June 2025', '2025-06-29'],
    ['June 29, 2025', '2025-06-29'],
    ['Sept. 3, 2024', '2024-09-03'],
    [1751209200, '2025-06-29T15:00:00Z'],
    ['2025-02-30', null],
    ['last Friday', null],
    [null, null],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeDate(input), expected, String(input));
});

test('a plain-text headline above a blank line becomes the title; the text stays exact', async () => {
  assert.equal(
    headlineOf('Ad sales boost Time Warner profit\n\nQuarterly profits rose.'),
    'Ad sales boost Time Warner profit',
  );
  assert.equal(headlineOf('Talks were held on Sunday.\n\nThey ended.'), null);
  assert.equal(headlineOf('One paragraph only.\nStill the same paragraph.'), null);
  const file = join(EXAMPLES, 'geneva-talks.txt');
  const [a] = await extract([file]);
  assert.equal(a.meta.title, 'Karvonian envoy meets rebel leaders in Geneva as truce talks resume');
  assert.equal(a.text, readFileSync(file, 'utf8'));
});

test('the HTML reader drops boilerplate and reads meta tags and JSON-LD', () => {
  const a = readOne(join(EXAMPLES, 'border-shelling.html'));
  assert.deepEqual(a.meta, {
    title: 'Shelling kills 14 in border town as aid agencies call for access',
    url: 'https://meridianherald.example/world/2025/05/14/border-shelling',
    outlet: 'The Meridian Herald',
    published: '2025-05-14T08:45:00+02:00',
    language: 'en',
    byline: 'Nadia Petrova',
  });
  assert.match(a.text, /^At least 14 people/, 'title and byline are meta, not text');
  assert.match(a.text, /OSCE|Organization for Security and Co-operation in Europe\.$/);
  for (const junk of ['Subscribe', 'Related stories', 'All rights reserved', 'Privacy', 'Markets close'])
    assert.ok(!a.text.includes(junk), `boilerplate "${junk}" removed`);
  assert.ok(a.text.includes("\n\nOstrela's Interior Ministry"), 'paragraphs separated by a blank line');
  assert.ok(!/[ \t]\n|\n{3}| {2}/.test(a.text), 'white space inside paragraphs is collapsed');
});

test('HTML without JSON-LD falls back to meta tags, then to <title> and the URL host', () => {
  const dir = tempDir();
  const body = '<p>' + 'Ministers met in Vienna on Monday to discuss the border. '.repeat(8) + '</p>';
  const file = join(dir, 'page.html');
  writeFileSync(
    file,
    `<html><head><title>Ministers meet | Example Post</title>` +
      `<meta name="date" content="2024-03-05"><meta name="author" content="J. Smith">` +
      `<link rel="canonical" href="https://www.examplepost.example/a/1"></head>` +
      `<body><article>${body}${body}</article></body></html>`,
  );
  const a = readOne(file);
  assert.equal(a.meta.published, '2024-03-05');
  assert.equal(a.meta.url, 'https://www.examplepost.example/a/1');
  assert.equal(a.meta.outlet, 'examplepost.example');
  assert.equal(a.meta.byline, 'J. Smith');
  assert.match(a.meta.title ?? '', /^Ministers meet/);
  const withGraph = join(dir, 'graph.html');
  writeFileSync(
    withGraph,
    `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},` +
      `{"@type":["NewsArticle"],"headline":"Graph headline","datePublished":"2024-03-06T10:00:00Z",` +
      `"author":{"name":"A. Writer"},"publisher":{"@type":"Organization","name":"Graph News"}}]}</script>` +
      `<script type="application/ld+json">{ broken</script></head><body><article>${body}${body}</article></body></html>`,
  );
  const g = readOne(withGraph);
  assert.equal(g.meta.title, 'Graph headline');
  assert.equal(g.meta.published, '2024-03-06T10:00:00Z');
  assert.equal(g.meta.byline, 'A. Writer');
  assert.equal(g.meta.outlet, 'Graph News');
});

test('an HTML page declaring Latin-1 is decoded with its charset', () => {
  const dir = tempDir();
  const file = join(dir, 'latin.html');
  const html = `<html><head><meta charset="iso-8859-1"></head><body><article><p>${'Talks in Malmö ended on Friday. '.repeat(10)}</p></article></body></html>`;
  writeFileSync(file, Buffer.from(html, 'latin1'));
  assert.match(readOne(file).text, /Malmö/);
});

test('the JSON reader takes news-please keys; an array gives one article per record', () => {
  const a = readOne(join(EXAMPLES, 'sanctions.json'));
  assert.equal(a.meta.title, 'Northern Council imposes sanctions on Dravic defence officials');
  assert.equal(a.meta.published, '2025-06-02T16:20:00');
  assert.equal(a.meta.outlet, 'dailyledger.example');
  assert.equal(a.meta.url, 'https://dailyledger.example/world/northern-council-sanctions-dravic');
  assert.equal(a.meta.byline, 'Tomas Lind');
  const record = JSON.parse(readFileSync(join(EXAMPLES, 'sanctions.json'), 'utf8'));
  assert.equal(a.text, record.maintext);
  const dir = tempDir();
  const file = join(dir, 'many.json');
  writeFileSync(
    file,
    JSON.stringify([{ text: 'First one.', published: '3 May 2024' }, { maintext: 'Second one.' }]),
  );
  const results = readFile(file);
  assert.equal(results.length, 2);
  const [r1, r2] = results.map((r) => ('article' in r ? r.article : null));
  assert.equal(r1?.text, 'First one.');
  assert.equal(r1?.meta.published, '2024-05-03');
  assert.equal(r1?.origin, `${file}#1`);
  assert.equal(r2?.text, 'Second one.');
});

test('the JSONL reader gives one article per line', () => {
  const results = readFile(join(EXAMPLES, 'northwire.jsonl'));
  assert.equal(results.length, 2);
  const [a, b] = results.map((r) => ('article' in r ? r.article : null));
  assert.equal(a?.meta.published, '2025-06-21T14:05:00+02:00');
  assert.equal(a?.meta.outlet, 'northwire.example');
  assert.equal(b?.meta.published, '2025-06-26');
  assert.match(b?.text ?? '', /^A convoy of 40 trucks/);
});

test('folders are read recursively, skipping hidden and unknown files', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'top.txt'), 'Top story.');
  writeFileSync(join(dir, 'a', 'b', 'deep.txt'), 'Deep story.');
  writeFileSync(join(dir, 'a', 'rec.jsonl'), '{"text":"Line one."}\n{"text":"Line two."}\n');
  writeFileSync(join(dir, 'a', 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  writeFileSync(join(dir, '.hidden', 'secret.txt'), 'Hidden.');
  const articles = await extract([dir]);
  assert.deepEqual(
    articles.map((a) => a.text),
    ['Deep story.', 'Line one.', 'Line two.', 'Top story.'],
  );
});

test('command-line metadata overrides what each kind of file says', async () => {
  const override = [
    '--published',
    '2025-07-01',
    '--title',
    'Given title',
    '--url',
    'https://given.example/x',
    '--outlet',
    'Given Outlet',
  ];
  const articles = await extract([EXAMPLES, ...override]);
  assert.ok(articles.length >= 5);
  for (const a of articles) {
    assert.equal(a.meta.published, '2025-07-01');
    assert.equal(a.meta.title, 'Given title');
    assert.equal(a.meta.url, 'https://given.example/x');
    assert.equal(a.meta.outlet, 'Given Outlet');
  }
  const [one] = await extract([join(EXAMPLES, 'border-shelling.html'), '--published', '2025-07-01 09:30']);
  assert.equal(one.meta.published, '2025-07-01T09:30:00');
  assert.equal(one.meta.title, 'Shelling kills 14 in border town as aid agencies call for access');
});

test('demo output files are named after the input files', () => {
  assert.equal(outputName('/x/examples/articles/geneva-talks.txt', 'a'), 'geneva-talks');
  assert.equal(outputName('/x/northwire.jsonl:2', 'a'), 'northwire-2');
  assert.equal(outputName('/x/many.json#3', 'a'), 'many-3');
  assert.equal(outputName('', 'article-1'), 'article-1');
});

test('dossier demo writes one JSON file per sample article', async () => {
  const out = tempDir();
  const r = await runCli(['demo', '--out', out]);
  assert.equal(r.code, 0, r.err);
  const written = JSON.parse(readFileSync(join(out, 'geneva-talks.json'), 'utf8'));
  assert.equal(written.schema, 'dossier/article@1');
  for (const name of ['border-shelling', 'sanctions', 'northwire-1', 'northwire-2'])
    assert.ok(readFileSync(join(out, `${name}.json`), 'utf8').length > 0, name);
});

test('JSONL is streamed: the size limit applies to each line, not to the file', () => {
  const dir = tempDir();
  const file = join(dir, 'archive.jsonl');
  const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ text: `Story number ${i + 1}.` }));
  lines.splice(10, 0, JSON.stringify({ text: 'x'.repeat(500) }));
  writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n');
  const results = readFile(file, { maxBytes: 200 });
  const articles = results.flatMap((r) => ('article' in r ? [r.article] : []));
  const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
  assert.equal(articles.length, 50);
  assert.equal(articles[0].text, 'Story number 1.');
  assert.equal(articles[49].origin, `${file}:51`);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].code, 'JSONL_LINE');
  assert.equal(errors[0].line, 11);
});

test('the line reader joins lines across chunk boundaries', () => {
  const dir = tempDir();
  const file = join(dir, 'lines.txt');
  writeFileSync(file, 'alpha\nbeta gamma\r\n\ndelta');
  const lines = [...readLines(file, 100, 3)].map((l) => [l.line, Buffer.from(l.bytes).toString()]);
  assert.deepEqual(lines, [
    [1, 'alpha'],
    [2, 'beta gamma'],
    [3, ''],
    [4, 'delta'],
  ]);
  const long = [...readLines(file, 6, 4)];
  assert.equal(long[1].tooLong, 11); // the raw length, CR included
});

test('a JSON metadata record may name its text file ("textFile"); a folder reads the pair once', async () => {
  const dir = tempDir();
  const text = 'Talks were held in Ankara on Sunday.\n';
  writeFileSync(join(dir, 'article.txt'), text);
  writeFileSync(
    join(dir, 'article.json'),
    JSON.stringify({ title: 'Talks', published: '2025-06-29T18:00:00+03:00', textFile: 'article.txt' }),
  );
  const [result] = readFile(join(dir, 'article.json'));
  assert.ok('article' in result, 'the record is read');
  assert.equal(result.article.text, text);
  assert.equal(result.article.meta.title, 'Talks');
  // the folder holds one article, not the metadata record and its text file apart
  const articles = await extract([dir]);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].meta.title, 'Talks');
  assert.equal(articles[0].times.find((t) => t.text === 'Sunday')?.value, '2025-06-29');
});

test('a "textFile" outside the JSON file\'s folder, or missing, is a coded error naming the file', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'up.json'), JSON.stringify({ title: 'x', textFile: '../secret.txt' }));
  const [up] = readFile(join(dir, 'up.json'));
  assert.ok('error' in up);
  assert.equal(up.error.code, 'RECORD_INVALID');
  assert.match(up.error.message, /leaves its folder/);
  writeFileSync(join(dir, 'gone.json'), JSON.stringify({ title: 'x', textFile: 'gone.txt' }));
  const [gone] = readFile(join(dir, 'gone.json'));
  assert.ok('error' in gone);
  assert.equal(gone.error.code, 'FILE_NOT_FOUND');
  assert.match(gone.error.message, /gone\.txt: cannot read the text file the record names/);
});
