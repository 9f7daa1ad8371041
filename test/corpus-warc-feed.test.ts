import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { listFiles, readFile, type ReadResult } from '../src/read/read-path.js';
import { readUrl } from '../src/read/read-url.js';
import { tempDirs } from '../src/testing/temp-dirs.js';

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('warc');

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><meta charset="utf-8">` +
  `<meta property="article:published_time" content="2025-06-28T08:00:00Z"></head><body><article>` +
  `<h1>${title}</h1><p>${body}</p><p>${body} Officials said more talks would follow next week.</p>` +
  `</article></body></html>`;

/** One WARC record with the given type, target and block. */
function warcRecord(type: string, uri: string, block: string): Buffer {
  const content = Buffer.from(block, 'utf8');
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-06-28T10:00:00Z\r\n` +
    `Content-Type: application/http; msgtype=response\r\nContent-Length: ${content.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), content, Buffer.from('\r\n\r\n')]);
}

function httpResponse(html: string, contentType = 'text/html; charset=utf-8'): string {
  return `HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`;
}

/** A small archive like Common Crawl News: warcinfo, a request, two HTML responses, an image. */
function archiveRecords(): Buffer[] {
  return [
    warcRecord('warcinfo', '', 'software: test\r\n'),
    warcRecord('request', 'https://a.example/1', 'GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n'),
    warcRecord(
      'response',
      'https://a.example/1',
      httpResponse(page('Erdoğan meets envoys', 'President Erdoğan met envoys in Ankara on Friday.')),
    ),
    warcRecord('response', 'https://a.example/logo.png', httpResponse('PNG', 'image/png')),
    warcRecord(
      'response',
      'https://b.example/2',
      httpResponse(
        page('Ceasefire talks resume', 'Negotiators resumed ceasefire talks in Cairo on Saturday.'),
      ),
    ),
  ];
}

const articles = (results: ReadResult[]) => results.flatMap((r) => ('article' in r ? [r.article] : []));
const errors = (results: ReadResult[]) => results.flatMap((r) => ('error' in r ? [r.error] : []));

test('a WARC and a WARC.gz (one gzip member per record) yield the HTML responses as articles', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'news.warc'), Buffer.concat(archiveRecords()));
  writeFileSync(join(dir, 'news.warc.gz'), Buffer.concat(archiveRecords().map((r) => gzipSync(r))));
  assert.deepEqual(
    listFiles(dir).map((f) => f.slice(dir.length + 1)),
    ['news.warc', 'news.warc.gz'],
  );
  for (const name of ['news.warc', 'news.warc.gz']) {
    const results = readFile(join(dir, name));
    assert.deepEqual(errors(results), []);
    const found = articles(results);
    assert.deepEqual(
      found.map((a) => [a.meta.url, a.meta.title]),
      [
        ['https://a.example/1', 'Erdoğan meets envoys'],
        ['https://b.example/2', 'Ceasefire talks resume'],
      ],
    );
    assert.match(found[0].text, /President Erdoğan met envoys in Ankara/);
  }
});

test('a truncated WARC.gz yields the records before the cut, then a WARC_MALFORMED error', () => {
  const dir = tempDir();
  const whole = Buffer.concat(archiveRecords().map((r) => gzipSync(r)));
  writeFileSync(join(dir, 'cut.warc.gz'), whole.subarray(0, whole.length - 40));
  const results = readFile(join(dir, 'cut.warc.gz'));
  assert.equal(articles(results).length, 1);
  assert.deepEqual(
    errors(results).map((e) => e.code),
    ['WARC_MALFORMED'],
  );
  const plain = Buffer.concat(archiveRecords());
  writeFileSync(join(dir, 'cut.warc'), plain.subarray(0, plain.length - 100));
  assert.deepEqual(
    errors(readFile(join(dir, 'cut.warc'))).map((e) => e.code),
    ['WARC_MALFORMED'],
  );
  writeFileSync(join(dir, 'junk.warc'), 'this is not an archive\r\n\r\n');
  assert.deepEqual(
    errors(readFile(join(dir, 'junk.warc'))).map((e) => e.code),
    ['WARC_MALFORMED'],
  );
});

test('RSS and Atom feeds yield one article per item, the feed title as outlet', () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'feed.rss'),
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
     <title>Northwire</title><link>https://northwire.example</link>
     <item><title>Talks in Geneva</title><link>https://northwire.example/geneva</link>
       <pubDate>Sat, 28 Jun 2025 09:00:00 GMT</pubDate>
       <description>Short summary.</description>
       <content:encoded><![CDATA[<p>Diplomats met in Geneva on Friday.</p><p>Kalın &amp; envoys spoke.</p>]]></content:encoded></item>
     <item><title>Empty</title><link>https://northwire.example/empty</link></item>
     <item><title>Prisoner swap &amp; talks</title><link>https://northwire.example/swap</link>
       <description>&lt;p&gt;212 prisoners were exchanged.&lt;/p&gt;</description></item>
     </channel></rss>`,
  );
  const rss = readFile(join(dir, 'feed.rss'));
  assert.deepEqual(
    articles(rss).map((a) => [a.meta.title, a.meta.outlet, a.meta.url, a.text]),
    [
      [
        'Talks in Geneva',
        'Northwire',
        'https://northwire.example/geneva',
        'Diplomats met in Geneva on Friday.\n\nKalın & envoys spoke.',
      ],
      [
        'Prisoner swap & talks',
        'Northwire',
        'https://northwire.example/swap',
        '212 prisoners were exchanged.',
      ],
    ],
  );
  assert.match(articles(rss)[0].meta.published ?? '', /^2025-06-28/);
  assert.deepEqual(
    errors(rss).map((e) => e.code),
    ['RECORD_INVALID'],
  );
  writeFileSync(
    join(dir, 'feed.atom'),
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
     <entry><title>Sanctions announced</title><link rel="alternate" href="https://atom.example/s"/>
       <published>2025-06-27T12:00:00Z</published><summary>New sanctions were announced on Friday.</summary></entry>
     </feed>`,
  );
  const atom = articles(readFile(join(dir, 'feed.atom')));
  assert.deepEqual(
    atom.map((a) => [a.meta.title, a.meta.outlet, a.meta.url, a.text]),
    [
      [
        'Sanctions announced',
        'Atom News',
        'https://atom.example/s',
        'New sanctions were announced on Friday.',
      ],
    ],
  );
  writeFileSync(join(dir, 'other.xml'), '<?xml version="1.0"?><config><a>1</a></config>');
  assert.deepEqual(
    errors(readFile(join(dir, 'other.xml'))).map((e) => e.code),
    ['FEED_MALFORMED'],
  );
});

test('a feed or page by URL is fetched and read; a failed fetch is one coded error', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        '<rss version="2.0"><channel><title>Loopback</title><item><title>One</title>' +
          '<link>http://x.example/1</link><description>Talks resumed in Doha.</description></item></channel></rss>',
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const feed = await readUrl(`http://127.0.0.1:${port}/feed`);
    assert.deepEqual(
      articles(feed).map((a) => [a.meta.outlet, a.meta.url, a.text]),
      [['Loopback', 'http://x.example/1', 'Talks resumed in Doha.']],
    );
    const missing = await readUrl(`http://127.0.0.1:${port}/gone`);
    assert.deepEqual(
      errors(missing).map((e) => e.code),
      ['FILE_NOT_FOUND'],
    );
  } finally {
    server.close();
  }
});
