import { closeSync, openSync, writeSync } from 'node:fs';
import type { ArticleJson } from '../doc/contract.js';
import { unpackExtraction, unpackText } from './pack-extraction.js';
import { storedGeos } from './stored-geos.js';
import type { Store } from './store.js';

/** Every stored extraction as contract v1, in article order (read one at a time: the corpus may be large). */
export function* storedContracts(store: Store): Generator<{ id: number; contract: ArticleJson }> {
  const rows = store.db
    .prepare(
      'SELECT a.id, a.body, x.data FROM articles a JOIN extractions x ON x.article_id = a.id ORDER BY a.id',
    )
    .iterate() as IterableIterator<{ id: number; body: Buffer; data: Buffer }>;
  for (const row of rows)
    yield {
      id: row.id,
      contract: unpackExtraction(row.data, unpackText(row.body), true, storedGeos(store.db, row.id)),
    };
}

/** Writes one contract-v1 record per line. Returns the number of articles written. */
export function exportJsonl(store: Store, file: string): number {
  const fd = openSync(file, 'w');
  let n = 0;
  try {
    for (const { contract } of storedContracts(store)) {
      writeSync(fd, JSON.stringify(contract) + '\n');
      n++;
    }
  } finally {
    closeSync(fd);
  }
  return n;
}
