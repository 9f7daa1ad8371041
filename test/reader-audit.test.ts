import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { normalizeDate } from '../src/read/normalize-date.js';
import { listFiles, readFile, readPaths } from '../src/read/read-path.js';
import { readUrl } from '../src/read/read-url.js';
import { tempDirs } from '../src/testing/temp-dirs.js';
import { runCli } from './run-cli.js';
import type { ArticleJson } from '../src/doc/contract.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'article-v1.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('reader-audit');

const BODY = 'The council met on Tuesday. It approved the new budget for the town.\n';

test('a folder with a link loop and a dangling link is listed once, without a crash', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), BODY);
  writeFileSync(join(dir, 'sub', 'b.txt'), BODY);
  symlinkSync('..', join(dir, 'sub', 'up'));
  symlinkSync('.', join(dir, 'self'));
  symlinkSync(join(dir, 'missing.txt'), join(dir, 'gone.txt'));
  symlinkSync(join(dir, 'missing'), join(dir, 'gone-folder'));
  const files = listFiles(dir).map((f) => f.slice(dir.length + 1));
  assert.deepEqual(files, ['a.txt', 'gone.txt', join('sub', 'b.txt')]);
  const results = [...readPaths([dir])];
  assert.equal(results.filter((r) => 'article' in r).length, 2);
  const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
  assert.deepEqual(
    errors.map((e) => [e.code, e.file]),
    [['FILE_NOT_FOUND', join(dir, 'gone.txt')]],
  );
});

test('a number too large to be a date is no date, not a crash', () => {
  assert.equal(normalizeDate(1e20), null);
  assert.equal(normalizeDate(-1e17), null);
  assert.equal(normalizeDate(1751212800), '2025-06-29T16:00:00Z');
  const dir = tempDir();
  const file = join(dir, 'big.json');
  writeFileSync(file, JSON.stringify({ text: BODY, date_publish: 1e20 }));
  const [result] = readFile(file);
  assert.ok('article' in result);
  assert.equal(result.article.text, BODY);
  assert.equal(result.article.meta.published ?? null, null);
});

test('an empty or unreadable date field does not hide the next one', () => {
  const dir = tempDir();
  const file = join(dir, 'dates.json');
  writeFileSync(
    file,
    JSON.stringify([
      { text: BODY, date_publish: '', published: '2025-06-29' },
      { text: BODY, date_publish: 'unknown', date: '2024-02-03 10:00:00' },
      { text: BODY, date_publish: null, published: 'sometime' },
    ]),
  );
  const published = readFile(file).map((r) => ('article' in r ? r.article.meta.published : r.error.code));
  assert.deepEqual(published, ['2025-06-29', '2024-02-03T10:00:00', null]);
});

test('a feed with a character reference past U+10FFFF keeps its items', () => {
  const dir = tempDir();
  const file = join(dir, 'bad.rss');
  writeFileSync(
    file,
    '<?xml version="1.0"?><rss><channel><title>Feed</title>' +
      '<item><title>A &#x1F600; day</title><description>The council met &#x110000; on Tuesday. It approved the budget.</description></item>' +
      '<item><title>B</title><description>The mayor spoke &#99999999999; at noon. She thanked the staff.</description></item>' +
      '</channel></rss>',
  );
  const results = readFile(file);
  const texts = results.map((r) => ('article' in r ? r.article.text : r.error.code));
  assert.deepEqual(texts, [
    'The council met \uFFFD on Tuesday. It approved the budget.',
    'The mayor spoke \uFFFD at noon. She thanked the staff.',
  ]);
  assert.ok('article' in results[0]);
  assert.equal(results[0].article.meta.title, 'A \u{1F600} day');
});

test('windows-1252 bytes 0x80-0x9F are curly quotes, dashes and the euro sign, not C1 controls', () => {
  const dir = tempDir();
  // “Prices” rose — by €5 … ‘said’ Ms Ž
  const body = Buffer.from([
    0x93,
    ...Buffer.from('Prices'),
    0x94,
    ...Buffer.from(' rose '),
    0x97,
    ...Buffer.from(' by '),
    0x80,
    ...Buffer.from('5 '),
    0x85,
    ...Buffer.from(' the mayor '),
    0x91,
    ...Buffer.from('said'),
    0x92,
    ...Buffer.from(' on Tuesday. The caf'),
    0xe9,
    ...Buffer.from(' closed early.'),
  ]);
  const want = '“Prices” rose — by €5 … the mayor ‘said’ on Tuesday. The café closed early.';
  const txt = join(dir, 'a.txt');
  writeFileSync(txt, body);
  const html = join(dir, 'a.html');
  writeFileSync(
    html,
    Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><article><p>'),
      body,
      Buffer.from(
        ' More words follow here so that the page reads as an article body.</p></article></body></html>',
      ),
    ]),
  );
  const jsonl = join(dir, 'a.jsonl');
  writeFileSync(jsonl, Buffer.concat([Buffer.from('{"text":"'), body, Buffer.from('"}\n')]));
  const textOf = (file: string, encoding?: string) => {
    const [result] = readFile(file, encoding ? { encoding } : {});
    assert.ok('article' in result, 'error' in result ? result.error.message : '');
    return result.article.text;
  };
  assert.equal(textOf(txt, 'windows-1252'), want);
  assert.equal(textOf(txt, 'latin1'), want);
  assert.equal(textOf(jsonl, 'cp1252'), want);
  assert.ok(textOf(html).startsWith(want));
  const page = Buffer.concat([
    Buffer.from(
      'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<html><body><article><p>',
    ),
    body,
    Buffer.from(
      ' More words follow here so that the page reads as an article body.</p></article></body></html>',
    ),
  ]);
  const warc = join(dir, 'a.warc');
  writeFileSync(
    warc,
    Buffer.concat([
      Buffer.from(
        'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/a\r\n' +
          `Content-Type: application/http; msgtype=response\r\nContent-Length: ${page.length}\r\n\r\n`,
      ),
      page,
      Buffer.from('\r\n\r\n'),
    ]),
  );
  assert.ok(textOf(warc).startsWith(want));
});

test('a UTF-8 byte order mark outranks the charset an HTML page declares', () => {
  const dir = tempDir();
  const file = join(dir, 'bom.html');
  writeFileSync(
    file,
    '\uFEFF<html><head><meta charset="iso-8859-1"><title>Café</title></head><body><article>' +
      '<p>The café in Łódź opened on Tuesday, and many people came to see it open for the first time.</p>' +
      '</article></body></html>',
  );
  const [result] = readFile(file);
  assert.ok('article' in result);
  assert.equal(
    result.article.text,
    'The café in Łódź opened on Tuesday, and many people came to see it open for the first time.',
  );
});

test('a feed is decoded with the encoding its XML declaration names', () => {
  const dir = tempDir();
  const file = join(dir, 'latin.rss');
  writeFileSync(
    file,
    Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Le Café</title><item>' +
        '<title>Café news</title><description>The café opened on Tuesday in the town centre.</description>' +
        '</item></channel></rss>',
      'latin1',
    ),
  );
  const [result] = readFile(file);
  assert.ok('article' in result, 'error' in result ? result.error.message : '');
  assert.equal(result.article.text, 'The café opened on Tuesday in the town centre.');
  assert.equal(result.article.meta.outlet, 'Le Café');
});

test('character references in JSON-LD strings are decoded', () => {
  const dir = tempDir();
  const file = join(dir, 'ld.html');
  writeFileSync(
    file,
    '<html><head><script type="application/ld+json">{"@type":"NewsArticle",' +
      '"headline":"Tom &amp; Jerry&#8217;s &lt;b&gt; day &#x2013; a story","author":{"name":"Zo&euml; Smith"},' +
      '"publisher":{"name":"The Daily &amp; Co"},"datePublished":"2024-03-05"}</script></head>' +
      '<body><article><p>Tom and Jerry met on Tuesday in the town, and they talked about the weather for an hour.</p>' +
      '</article></body></html>',
  );
  const [result] = readFile(file);
  assert.ok('article' in result);
  assert.equal(result.article.meta.title, 'Tom & Jerry’s <b> day – a story');
  assert.equal(result.article.meta.byline, 'Zoë Smith');
  assert.equal(result.article.meta.outlet, 'The Daily & Co');
});

test('RFC 822 North American zone names in feed dates are read as offsets', () => {
  assert.equal(normalizeDate('Tue, 10 Jun 2003 04:00:00 EST'), '2003-06-10T04:00:00-05:00');
  assert.equal(normalizeDate('Wed, 02 Oct 2002 08:00:00 PDT'), '2002-10-02T08:00:00-07:00');
  assert.equal(normalizeDate('Wed, 02 Oct 2002 13:00:00 GMT'), '2002-10-02T13:00:00Z');
  assert.equal(normalizeDate('Wed, 02 Oct 2002 13:00:00 XYZ'), null);
});

test('a whole WARC gzipped as one member and then cut keeps the records before the cut', () => {
  const dir = tempDir();
  const records: Buffer[] = [];
  for (let i = 0; i < 20; i++) {
    const html =
      `<html><body><article><p>Article ${i}: the council of town ${i * 7919} met on Tuesday ` +
      `and approved budget number ${i * 104729} for the year.</p></article></body></html>`;
    const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${html}`);
    records.push(
      Buffer.from(
        `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/${i}\r\n` +
          `Content-Length: ${http.length}\r\n\r\n`,
      ),
      http,
      Buffer.from('\r\n\r\n'),
    );
  }
  const gz = gzipSync(Buffer.concat(records));
  const file = join(dir, 'cut.warc.gz');
  writeFileSync(file, gz.subarray(0, gz.length - 100));
  const results = readFile(file);
  const urls = results.flatMap((r) => ('article' in r ? [r.article.meta.url] : []));
  assert.ok(urls.length >= 10, `${urls.length} articles before the cut`);
  assert.deepEqual(
    urls,
    urls.map((_, i) => `https://example.org/${i}`),
  );
  const last = results[results.length - 1];
  assert.ok('error' in last);
  assert.equal(last.error.code, 'WARC_MALFORMED');
});

test("feed metadata is tidied like every reader's: white space collapsed, the override date normalized", () => {
  const dir = tempDir();
  const file = join(dir, 'ws.rss');
  writeFileSync(
    file,
    '<rss><channel><title>\n  The   Daily\n  News </title><item><title>A\n  story</title>' +
      '<description>The council met on Tuesday. It approved the budget.</description></item></channel></rss>',
  );
  const [result] = readFile(file, { meta: { published: '2025-06-29T00:00:00' } });
  assert.ok('article' in result);
  assert.equal(result.article.meta.title, 'A story');
  assert.equal(result.article.meta.outlet, 'The Daily News');
  assert.equal(result.article.meta.published, '2025-06-29');
});

test('a text file with a UTF-16 byte order mark is decoded as UTF-16, not refused as binary', () => {
  const dir = tempDir();
  const text = 'Kalın met Erdoğan in Ankara on Friday. They spoke for an hour 😀.\r\n';
  const le = join(dir, 'le.txt');
  writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const be = join(dir, 'be.txt');
  writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
  for (const file of [le, be]) {
    const [result] = readFile(file);
    assert.ok('article' in result, 'error' in result ? result.error.message : '');
    assert.equal(result.article.text, text);
  }
});

test('a binary file that starts with FF FE is still refused as binary', () => {
  const dir = tempDir();
  const file = join(dir, 'data.txt');
  writeFileSync(file, new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x01, 0x00, 0x62, 0x61]));
  const [result] = readFile(file);
  assert.ok('error' in result);
  assert.equal(result.error.code, 'FILE_BINARY');
});

test('an HTML page whose <meta> declares UTF-16 is read as UTF-8, as browsers do', () => {
  const dir = tempDir();
  const file = join(dir, 'u16.html');
  const body = 'The café council met on Tuesday in the town hall and approved the new budget for the year.';
  writeFileSync(
    file,
    `<html><head><meta charset="utf-16"></head><body><article><p>${body}</p></article></body></html>`,
  );
  const [result] = readFile(file);
  assert.ok('article' in result, 'error' in result ? result.error.message : '');
  assert.equal(result.article.text, body);
});

test('an encoding error in another encoding than UTF-8 names no UTF-8 byte position', () => {
  const dir = tempDir();
  const file = join(dir, 'sjis.txt');
  // "あ" in Shift_JIS (valid, but not UTF-8), then a byte Shift_JIS does not allow
  writeFileSync(file, Buffer.from([0x41, 0x20, 0x82, 0xa0, 0x20, 0x42, 0x20, 0xfd, 0x0a]));
  const [result] = readFile(file, { encoding: 'shift_jis' });
  assert.ok('error' in result);
  assert.equal(result.error.code, 'FILE_ENCODING');
  // the Shift_JIS letter at byte 2 is valid: naming it as the bad byte would send the user astray
  assert.doesNotMatch(result.error.message, /0x82 at byte 2/);
});

test('a fetched page or feed is decoded with the charset it names, not always as UTF-8', async () => {
  const page = Buffer.concat([
    Buffer.from('<html><body><article><p>The caf'),
    Buffer.from([0xe9, 0x20, 0x93]),
    Buffer.from('opened'),
    Buffer.from([0x94]),
    Buffer.from(
      ' on Tuesday in the town centre, and many people came to see it.</p></article></body></html>',
    ),
  ]);
  const feed = Buffer.from(
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Le Café</title><item>' +
      '<description>The café opened on Tuesday.</description></item></channel></rss>',
    'latin1',
  );
  const server = createServer((req, res) => {
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(page);
    } else {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(feed);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const [fromPage] = await readUrl(`http://127.0.0.1:${port}/page`);
    assert.ok('article' in fromPage, 'error' in fromPage ? fromPage.error.message : '');
    assert.ok(fromPage.article.text.startsWith('The café “opened” on Tuesday'), fromPage.article.text);
    const [fromFeed] = await readUrl(`http://127.0.0.1:${port}/feed`);
    assert.ok('article' in fromFeed, 'error' in fromFeed ? fromFeed.error.message : '');
    assert.equal(fromFeed.article.text, 'The café opened on Tuesday.');
    assert.equal(fromFeed.article.meta.outlet, 'Le Café');
  } finally {
    server.close();
  }
});

test('an archived page: a UTF-8 BOM outranks its declared charset, and a declared UTF-16 without a BOM is UTF-8', () => {
  const dir = tempDir();
  const body = 'The café in Łódź opened on Tuesday, and many people came to see it open for the first time.';
  const record = (i: number, bytes: Buffer) => {
    const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n`), bytes]);
    return Buffer.concat([
      Buffer.from(
        `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/${i}\r\n` +
          `Content-Length: ${http.length}\r\n\r\n`,
      ),
      http,
      Buffer.from('\r\n\r\n'),
    ]);
  };
  const page = (meta: string) =>
    `<html><head><meta charset="${meta}"></head><body><article><p>${body}</p></article></body></html>`;
  const file = join(dir, 'charsets.warc');
  writeFileSync(
    file,
    Buffer.concat([
      record(1, Buffer.from('\uFEFF' + page('iso-8859-1'))),
      record(2, Buffer.from(page('utf-16'))),
    ]),
  );
  const texts = readFile(file).map((r) => ('article' in r ? r.article.text : r.error.message));
  assert.deepEqual(texts, [body, body]);
});

test('a date that does not read as one is no date: the output keeps to the schema', async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'page.html'),
    '<html><head><meta name="date" content="5 hours ago"></head><body><article><p>The council met on ' +
      'Tuesday in the town hall and approved the new budget for the coming year.</p></article></body></html>',
  );
  writeFileSync(join(dir, 'records.json'), JSON.stringify([{ text: BODY, published: '20240305' }]));
  const r = await runCli(['extract', dir, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  const articles = r.out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ArticleJson);
  assert.equal(articles.length, 2);
  for (const article of articles) {
    assert.equal(article.meta.published, null);
    assert.ok(validate(article), JSON.stringify(validate.errors));
  }
});

test('an HTML date tag that does not read as a date does not hide a later one', () => {
  const dir = tempDir();
  const file = join(dir, 'dates.html');
  writeFileSync(
    file,
    '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"Tuesday"}</script>' +
      '<meta name="date" content="5 hours ago"><meta name="dc.date" content="2024-03-05"></head>' +
      '<body><article><p>The council met on Tuesday in the town hall and approved the new budget for the year.</p>' +
      '</article></body></html>',
  );
  const [result] = readFile(file);
  assert.ok('article' in result);
  assert.equal(result.article.meta.published, '2024-03-05');
});

test('a text file that a JSON record names in a subfolder is read once, with its metadata', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(
    join(dir, 'meta.json'),
    JSON.stringify({ title: 'T', published: '2025-06-29', textFile: 'sub/a.txt' }),
  );
  writeFileSync(join(dir, 'sub', 'a.txt'), BODY);
  const articles = [...readPaths([dir])].map((r) => {
    assert.ok('article' in r);
    return r.article;
  });
  assert.deepEqual(
    articles.map((a) => [a.text, a.meta.title, a.meta.published]),
    [[BODY, 'T', '2025-06-29']],
  );
});

test('an archived page stored decoded under its original chunked and gzip headers is still read', () => {
  const dir = tempDir();
  const body = 'The council met on Tuesday in the town hall and approved the new budget for the coming year.';
  const html = `<html><body><article><p>${body}</p></article></body></html>`;
  const http = Buffer.from(
    'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n' +
      html,
  );
  const file = join(dir, 'decoded.warc');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(
        'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/1\r\n' +
          `Content-Length: ${http.length}\r\n\r\n`,
      ),
      http,
      Buffer.from('\r\n\r\n'),
    ]),
  );
  const texts = readFile(file).map((r) => ('article' in r ? r.article.text : r.error.message));
  assert.deepEqual(texts, [body]);
});
