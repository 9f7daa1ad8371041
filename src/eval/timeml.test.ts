import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDossierError } from '../errors/dossier-error.js';
import { predictTimexDir } from './timex-predict.js';
import { parseTimeml } from './timeml.js';
import { tempDirs } from '../testing/temp-dirs.js';

/** A fresh temporary folder, removed when the file's tests are over. */
const tempDir = tempDirs('timex');

const GOLD = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> at AT&amp;T's office, <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of threats.
</TEXT>
</TimeML>
`;

test('parseTimeml: DCT, untagged text with entities decoded, gold spans kept apart', () => {
  const doc = parseTimeml(GOLD, 'x.tml');
  assert.equal(doc.dct, '1998-08-07');
  assert.equal(doc.text, "\nBombs exploded Friday at AT&T's office, after two weeks of threats.\n");
  assert.deepEqual(
    doc.gold.map((g) => [g.text, g.attrs.value]),
    [
      ['Friday', '1998-08-07'],
      ['two weeks', 'P2W'],
    ],
  );
  assert.ok(!doc.body.includes('<EVENT') && !doc.body.includes('<TIMEX3') && doc.body.includes('AT&amp;T'));
});

test('predict timex: one .tml per input, the body unchanged except for inserted TIMEX3 tags', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'x.tml.TE3input'), GOLD);
  const out = join(dir, 'out');
  assert.deepEqual(predictTimexDir(join(dir, 'x.tml.TE3input'), out), { files: 1, timexes: 2 });
  const written = readFileSync(join(out, 'x.tml'), 'utf8');
  const again = parseTimeml(written, 'x.tml');
  assert.equal(again.text, parseTimeml(GOLD, 'x.tml').text);
  assert.deepEqual(
    again.gold.map((g) => [g.text, g.attrs.type, g.attrs.value]),
    [
      ['Friday', 'DATE', '1998-08-07'],
      ['two weeks', 'DURATION', 'P2W'],
    ],
  );
  assert.ok(written.includes('<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>'));
});

test('malformed TimeML is a TIMEML_MALFORMED error naming the file', () => {
  for (const bad of [
    '<TimeML>no text</TimeML>',
    '<TEXT>a <TIMEX3 tid="t1">b</TEXT>',
    '<TEXT>a </EVENT> b</TEXT>',
  ]) {
    assert.throws(
      () => parseTimeml(bad, 'bad.tml'),
      (e: unknown) => isDossierError(e) && e.code === 'TIMEML_MALFORMED' && e.message.includes('bad.tml'),
    );
  }
});
