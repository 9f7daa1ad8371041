import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { ArticleJson } from '../src/doc/contract.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into the temp folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs `dossier extract` and checks the common promises: non-zero exit, the code and file named, no stack trace. */
async function expectFailure(args: string[], code: string, named: string | null, exit = 1) {
  const r = await runCli(['extract', ...args]);
  assert.equal(r.code, exit, `exit code for ${code}: ${r.err}`);
  assert.match(r.err, new RegExp(`\\[${code}\\]`), r.err);
  if (named) assert.ok(r.err.includes(named), `the message names ${named}: ${r.err}`);
  assert.doesNotMatch(r.err, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
  assert.doesNotMatch(r.err, /internal error/);
  return r;
}

const good = 'Ministers met in Vienna on Monday to discuss the border dispute. '.repeat(8);

const cases: {
  name: string;
  args: () => string[];
  code: string;
  named?: (args: string[]) => string | null;
  exit?: number;
  message?: RegExp;
}[] = [
  { name: 'an empty file', args: () => [file('empty.txt', '')], code: 'FILE_EMPTY', message: /empty/ },
  {
    name: 'a whitespace-only file',
    args: () => [file('blank.txt', ' \n\t\n  \n')],
    code: 'FILE_EMPTY',
    message: /whitespace/,
  },
  {
    name: 'a binary file',
    args: () => [
      file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ],
    code: 'FILE_BINARY',
    message: /binary/,
  },
  {
    name: 'invalid UTF-8 (the message names the byte offset)',
    args: () => [file('latin1.txt', Buffer.from('Talks in Malmö ended.', 'latin1'))],
    code: 'FILE_ENCODING',
    message: /invalid byte 0xf6 at byte 13.*--encoding|--encoding.*invalid byte 0xf6 at byte 13/,
  },
  {
    name: 'an overlong UTF-8 sequence',
    args: () => [file('overlong.txt', new Uint8Array([0x41, 0x42, 0xe0, 0x80, 0xaf, 0x43]))],
    code: 'FILE_ENCODING',
    message: /at byte 2/,
  },
  {
    name: 'an unknown --encoding',
    args: () => [file('ok.txt', good), '--encoding', 'klingon'],
    code: 'OPTION_INVALID',
    message: /klingon/,
  },
  {
    name: 'HTML with no article text',
    args: () => [
      file(
        'empty.html',
        '<html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>',
      ),
    ],
    code: 'HTML_MALFORMED',
  },
  {
    name: 'an .html file with no markup',
    args: () => [file('plain.html', 'just words, no tags')],
    code: 'HTML_MALFORMED',
  },
  {
    name: 'malformed JSON (with its position)',
    args: () => [file('bad.json', '{\n  "title": "A",\n  "text": "B",\n}\n')],
    code: 'JSON_MALFORMED',
    message: /line 4, column 1/,
  },
  {
    name: 'truncated JSON',
    args: () => [file('cut.json', '{"title": "A", "text": "B"')],
    code: 'JSON_MALFORMED',
    message: /line 1/,
  },
  {
    name: 'a JSON record without text',
    args: () => [file('notext.json', JSON.stringify({ title: 'Headline only', url: 'https://x.example/' }))],
    code: 'RECORD_INVALID',
    message: /no article text.*maintext/,
  },
  { name: 'a JSON array with no records', args: () => [file('none.json', '[]')], code: 'RECORD_INVALID' },
  {
    name: 'a JSON scalar',
    args: () => [file('scalar.json', '42')],
    code: 'RECORD_INVALID',
    message: /not an object/,
  },
  { name: 'a missing file', args: () => [join(dir, 'missing', 'article.txt')], code: 'FILE_NOT_FOUND' },
  {
    name: 'an unknown option',
    args: () => [file('ok2.txt', good), '--colour'],
    code: 'OPTION_UNKNOWN',
    named: () => '--colour',
    exit: 2,
  },
  {
    name: 'an invalid --format value',
    args: () => [file('ok3.txt', good), '--format', 'xml'],
    code: 'OPTION_INVALID',
    named: () => 'xml',
    exit: 2,
  },
  {
    name: 'an invalid --published value',
    args: () => [file('ok4.txt', good), '--published', 'Friday'],
    code: 'OPTION_INVALID',
    named: () => 'Friday',
    exit: 2,
  },
  { name: 'no input at all', args: () => [], code: 'OPTION_INVALID', named: () => null, exit: 2 },
];

for (const c of cases) {
  test(`bad input: ${c.name}`, async () => {
    const args = c.args();
    const named = c.named ? c.named(args) : args[0];
    const r = await expectFailure(args, c.code, named, c.exit);
    if (c.message) assert.match(r.err, c.message);
    assert.equal(r.out, '', 'nothing on stdout');
  });
}

test('--encoding latin1 accepts a Latin-1 file', async () => {
  const path = file('latin1-ok.txt', Buffer.from('Talks in Malmö ended on Friday.', 'latin1'));
  const r = await runCli(['extract', path, '--encoding', 'latin1']);
  assert.equal(r.code, 0, r.err);
  assert.equal((JSON.parse(r.out) as ArticleJson).text, 'Talks in Malmö ended on Friday.');
});

test('a 50 MB file is refused quickly, without reading it', async () => {
  const path = join(dir, 'huge.txt');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
  closeSync(fd);
  const started = performance.now();
  const r = await expectFailure([path], 'FILE_TOO_LARGE', path);
  assert.match(r.err, /52428800 bytes/);
  assert.ok(performance.now() - started < 1000, 'refused before reading');
});

test('a JSONL file with one bad line: the line number is reported, the good lines kept, exit 1', async () => {
  const path = file(
    'mixed.jsonl',
    [
      JSON.stringify({ text: 'First good.' }),
      '{"text": "broken',
      '',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ maintext: 'Last good.' }),
    ].join('\n') + '\n',
  );
  const r = await runCli(['extract', path, '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.ok(r.err.includes(`${path}:2: the line is not valid JSON`), r.err);
  assert.ok(r.err.includes(`${path}:4: the record has no article text`), r.err);
  assert.match(r.err, /\[JSONL_LINE\]/);
  assert.doesNotMatch(r.err, /^\s+at .+:\d+:\d+\)?$/m);
  const texts = r.out
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as ArticleJson).text);
  assert.deepEqual(texts, ['First good.', 'Last good.']);
});

test('a JSONL line with invalid UTF-8 is reported by line and byte; the rest is kept', async () => {
  const bytes = Buffer.concat([
    Buffer.from(JSON.stringify({ text: 'Good.' }) + '\n'),
    Buffer.from('{"text": "Malm', 'utf8'),
    Buffer.from([0xf6]),
    Buffer.from('"}\n'),
  ]);
  const path = file('bytes.jsonl', bytes);
  const r = await runCli(['extract', path, '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.ok(r.err.includes(`${path}:2: `), r.err);
  assert.match(r.err, /invalid byte 0xf6 at byte 14 of the line.*\[JSONL_LINE\]/);
  assert.equal(r.out.trim().split('\n').length, 1);
});

test('an empty or blank JSONL file is refused as empty', async () => {
  await expectFailure([file('empty.jsonl', '')], 'FILE_EMPTY', 'empty.jsonl');
  await expectFailure([file('blank.jsonl', '\n\n  \n')], 'FILE_EMPTY', 'blank.jsonl');
});

test('one bad file among good ones: the good ones are still written', async () => {
  const okPath = file('fine.txt', good);
  const r = await runCli(['extract', okPath, file('void.txt', ''), '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.match(r.err, /void\.txt: the file is empty/);
  assert.equal(r.out.trim().split('\n').length, 1);
});

/** The predict and eval commands read their data files as strictly as extract reads articles. */
const dataCases: { name: string; args: () => string[]; code: string }[] = [
  {
    name: 'predict ner on a binary file',
    args: () => [
      'predict',
      'ner',
      '--conll',
      // (not starting with FF FE, which is the UTF-16LE byte order mark: that is read as UTF-16 text)
      file('data.conll', new Uint8Array([0x89, 0x50, 0, 0x62, 0x61, 0x64])),
    ],
    code: 'FILE_BINARY',
  },
  {
    name: 'predict ner on invalid UTF-8',
    args: () => [
      'predict',
      'ner',
      '--conll',
      file('latin1.conll', Buffer.from('Malmö NNP B-NP\n', 'latin1')),
    ],
    code: 'FILE_ENCODING',
  },
  {
    name: 'predict ud on an empty file',
    args: () => ['predict', 'ud', '--conllu', file('empty.conllu', '')],
    code: 'FILE_EMPTY',
  },
  {
    name: 'eval tokenize on invalid UTF-8',
    args: () => [
      'eval',
      'tokenize',
      '--conllu',
      file('latin1.conllu', Buffer.from('# text = Malmö\n', 'latin1')),
    ],
    code: 'FILE_ENCODING',
  },
  {
    name: 'predict events on a binary file',
    args: () => ['predict', 'events', '--plover', file('data.json', new Uint8Array([0x7b, 0, 0, 0x7d]))],
    code: 'FILE_BINARY',
  },
];

for (const c of dataCases) {
  test(`bad data input: ${c.name}`, async () => {
    const args = c.args();
    const r = await runCli(args);
    assert.equal(r.code, 1, `exit code: ${r.err}`);
    assert.match(r.err, new RegExp(`\\[${c.code}\\]`), r.err);
    assert.ok(r.err.includes(args[args.length - 1]), `the message names the file: ${r.err}`);
    assert.equal(r.out, '', 'nothing written to stdout');
    assert.doesNotMatch(r.err, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
  });
}
