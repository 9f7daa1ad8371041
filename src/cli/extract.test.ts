import assert from 'node:assert/strict';
import { lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ArticleJson } from '../doc/contract.js';
import { DossierError } from '../errors/dossier-error.js';
import type { ReadResult } from '../read/read-path.js';
import { readText } from '../read/read-text.js';
import { extractCommand, extractPaths, streamExtract } from './extract.js';
import type { Io } from './io.js';
import { formatPretty } from './pretty.js';
import { tempDirs } from '../testing/temp-dirs.js';

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('stream');

const TEXTS = [
  'Ministers met in Vienna on Monday to discuss the border dispute.',
  'The talks ended without an agreement, officials said.',
  'A second round is planned for March in Geneva.',
  'Protesters gathered outside the ministry on Tuesday.',
];

function article(i: number): ReadResult {
  return { article: readText(TEXTS[i % TEXTS.length], `mem:${i}`) };
}

/** A sink that keeps what was written, split into results and messages. */
function capture() {
  const sink = { written: '', messages: '' };
  return {
    sink,
    io: { out: (s: string) => void (sink.written += s), err: (s: string) => void (sink.messages += s) },
  };
}

/** The `text` of every JSONL result written so far. */
function jsonlTexts(written: string): string[] {
  return written
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as ArticleJson).text);
}

test('extract streams: a later article is only asked for after the earlier result was written', async () => {
  const { sink, io } = capture();
  async function* input(): AsyncGenerator<ReadResult> {
    yield article(0);
    // extract must have analysed and written the first article before it asks for the second
    assert.deepEqual(jsonlTexts(sink.written), [TEXTS[0]]);
    await new Promise((resolve) => setImmediate(resolve)); // the second is produced later
    yield article(1);
    assert.deepEqual(jsonlTexts(sink.written), [TEXTS[0], TEXTS[1]]);
    yield { error: new DossierError('FILE_EMPTY', 'the file is empty', { file: 'void.txt' }) };
    // a bad input is reported as soon as it is met
    assert.match(sink.messages, /void\.txt: the file is empty \[FILE_EMPTY\]/);
    yield article(2);
  }
  const counts = await streamExtract(input(), 'jsonl', io);
  assert.deepEqual(counts, { articles: 3, errors: 1 });
  assert.deepEqual(jsonlTexts(sink.written), TEXTS.slice(0, 3));
});

test('memory does not grow with the input: at most one result is pending while the input is read', async () => {
  for (const format of ['jsonl', 'pretty', 'json'] as const) {
    const { sink, io } = capture();
    let pulled = 0;
    let writes = 0;
    const counting = {
      out: (s: string) => {
        writes++;
        io.out(s);
      },
      err: io.err,
    };
    function* input(): Generator<ReadResult> {
      for (let i = 0; i < 12; i++) {
        // JSON holds the first article back until a second shows it is an array; nothing else waits
        const expected = format === 'json' ? Math.max(0, pulled - 1) : pulled;
        assert.equal(writes, expected, `${format}: results written before article ${i + 1} is read`);
        pulled++;
        yield article(i);
      }
    }
    const counts = await streamExtract(input(), format, counting);
    assert.equal(counts.articles, 12);
    assert.ok(sink.written.length > 0);
  }
});

test('streamed output is byte for byte the collected output in each format', async () => {
  const dir = tempDir();
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, `a${i}.txt`), TEXTS[i]);
  const { articles } = extractPaths([dir]);
  assert.equal(articles.length, 3);
  const run = async (results: ReadResult[], format: 'json' | 'jsonl' | 'pretty') => {
    const { sink, io } = capture();
    await streamExtract(results, format, io);
    return sink.written;
  };
  const three = [0, 1, 2].map((i) => ({ article: readText(TEXTS[i], join(dir, `a${i}.txt`)) }));
  assert.equal(await run(three, 'json'), JSON.stringify(articles, null, 2) + '\n');
  assert.equal(await run(three.slice(0, 1), 'json'), JSON.stringify(articles[0], null, 2) + '\n');
  assert.equal(await run(three, 'jsonl'), articles.map((a) => JSON.stringify(a) + '\n').join(''));
  assert.equal(await run([], 'json'), '', 'no article: nothing on stdout');
  assert.equal(await run(three, 'pretty'), articles.map((a) => formatPretty(a, false)).join('\n'));
});

test('extract -o into an input folder: the output is not read back, bad input is reported, exit 1', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), TEXTS[0]);
  writeFileSync(join(dir, 'b.txt'), '');
  writeFileSync(join(dir, 'c.txt'), TEXTS[1]);
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false };
  const target = join(dir, 'out.json');
  const code = await extractCommand([dir, '-o', target], io);
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.match(err, /b\.txt: the file is empty.*\[FILE_EMPTY\]/);
  const written = JSON.parse(readFileSync(target, 'utf8')) as ArticleJson[];
  assert.deepEqual(
    written.map((a) => a.text),
    [TEXTS[0], TEXTS[1]],
  );
  const none = join(dir, 'none.json');
  assert.equal(await extractCommand([join(dir, 'b.txt'), '-o', none], io), 1);
  assert.equal(readFileSync(none, 'utf8'), '[]\n', 'an output file with no article holds an empty array');
  assert.deepEqual(
    readdirSync(dir).filter((name) => name.startsWith('.')),
    [],
    'no unfinished file is left behind',
  );
  const link = join(dir, 'link.out');
  symlinkSync(join(dir, 'target.out'), link);
  assert.equal(await extractCommand([join(dir, 'a.txt'), '-o', link], io), 0);
  assert.ok(lstatSync(link).isSymbolicLink(), '-o through a link writes its target, the link stays');
  assert.equal((JSON.parse(readFileSync(join(dir, 'target.out'), 'utf8')) as ArticleJson).text, TEXTS[0]);
  await assert.rejects(extractCommand([join(dir, 'a.txt'), '-o', join(dir, 'no', 'such', 'x.json')], io), {
    code: 'OPTION_INVALID',
  });
});
