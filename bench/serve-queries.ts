// The work behind the two uncached API views, without HTTP: one entity dossier and one article
// (`node dist/bench/serve-queries.js`; never in npm test). What the server computes per request
// before its answer cache helps: the serve benchmark's 100 dossiers and 400 articles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getArticle } from '../src/corpus/query-articles.js';
import { entityDossier, labelsContested } from '../src/corpus/query-entity.js';
import { Store } from '../src/corpus/store.js';
import { generateCorpus } from './serve-corpus.js';

/** Median ms per call of `run` over `ids`, `rounds` times (the first round, preparing statements, is not counted). */
function time(ids: number[], rounds: number, run: (id: number) => unknown): number {
  const perRound: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    const t0 = performance.now();
    for (const id of ids) run(id);
    if (r > 0) perRound.push((performance.now() - t0) / ids.length);
  }
  perRound.sort((a, b) => a - b);
  return perRound[Math.floor(perRound.length / 2)];
}

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, rounds: { type: 'string' } } });
  const articles = Number(values.articles ?? 10_000);
  const rounds = Number(values.rounds ?? 5);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-queries-'));
  try {
    const db = join(dir, 'bench.db');
    const writer = new Store(db);
    generateCorpus(writer, articles);
    writer.close();
    const store = new Store(db, { readonly: true });
    // the ids the serve benchmark asks for
    const entities = Array.from({ length: 100 }, (_, n) => 1 + n);
    const ids = Array.from({ length: 400 }, (_, n) => 1 + ((n * 7919) % articles));
    const dossier = time(entities, rounds, (id) =>
      JSON.stringify({ ...entityDossier(store, id, 50), contested: labelsContested(store, id) }),
    );
    const article = time(ids, rounds, (id) => JSON.stringify(getArticle(store, id, { tokens: false })));
    store.close();
    console.log(`${articles} articles, median of ${rounds} rounds, query and JSON text, no HTTP:`);
    console.log(`  entity dossier (entities 1-100): ${dossier.toFixed(3)} ms each`);
    console.log(`  one article without tokens (400 ids): ${article.toFixed(3)} ms each`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
