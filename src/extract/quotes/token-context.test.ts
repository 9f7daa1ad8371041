import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { makeArticle } from '../../doc/article.js';
import { CLUSTERS_FILE, loadClusters, NO_CLUSTER } from '../../models/clusters/word-clusters.js';
import { modelPath } from '../../models/paths.js';
import { makeDoc } from '../../pipeline/pipeline.js';
import { tokenContext } from './token-context.js';

const noClusters = existsSync(modelPath(CLUSTERS_FILE)) ? false : 'models/clusters.bin is not built';

/** The word classes (256 and 1,024) of each token of a text, by token text. */
function classesOf(text: string): Map<string, [number, number]> {
  const ctx = tokenContext(makeDoc(makeArticle(text)));
  const out = new Map<string, [number, number]>();
  for (let i = 0; i < ctx.doc.length; i++)
    out.set(ctx.doc.tokenText(i), [ctx.wordClass[i], ctx.wordClassFine[i]]);
  return out;
}

test(
  "word classes: the table's classes of the exact form, else of its lower case",
  { skip: noClusters },
  () => {
    const table = loadClusters();
    const classes = classesOf('Lambasted , the senator lambasted xqzzyv .');
    const [, coarse, fine] = table.of('lambasted');
    assert.notEqual(fine, NO_CLUSTER, 'the table should know "lambasted"');
    assert.deepEqual(classes.get('lambasted'), [coarse, fine]);
    const capital = table.of('Lambasted');
    // a capitalized form the table lacks falls back on its lower case
    const expected = capital[2] === NO_CLUSTER ? [coarse, fine] : [capital[1], capital[2]];
    assert.deepEqual(classes.get('Lambasted'), expected);
    assert.deepEqual(classes.get('xqzzyv'), [NO_CLUSTER, NO_CLUSTER]);
  },
);
