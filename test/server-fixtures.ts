import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFromContract } from '../src/corpus/article-record.js';
import { Store } from '../src/corpus/store.js';
import type { ArticleJson } from '../src/doc/contract.js';
import { contract, erdoganArticles, span } from './corpus-fixtures.js';

/** Text that would run script if it were ever rendered as HTML. */
export const XSS_TEXT =
  'Hostile <script>window.__xss = 1</script> markup in <img src=x onerror="window.__xss = 2"> an article. ' +
  'Mallory said <b>nothing</b> happened.';

/** An article whose text carries script tags and onerror attributes, with an entity and a quote over them. */
export function xssArticle(): ArticleJson {
  const a = contract(XSS_TEXT, {
    title: '<img src=x onerror="window.__xss = 3">Hostile title',
    outlet: 'Mallory Post',
    published: '2025-06-29',
    url: 'javascript:window.__xss=4',
  });
  a.entities = [
    { id: 'e1', name: 'Mallory', type: 'PERSON', mentions: [span(XSS_TEXT, 'Mallory')], roles: [] },
  ];
  a.quotes = [
    {
      id: 'q1',
      kind: 'indirect',
      content: span(XSS_TEXT, '<b>nothing</b> happened'),
      cue: span(XSS_TEXT, 'said'),
      source: span(XSS_TEXT, 'Mallory'),
      speaker: 'e1',
      sourceType: 'person',
    },
  ];
  return a;
}

/** The hand-made Erdoğan reports (Gaza geocoded) and the hostile article, as contract records. */
export function serverArticles(): ArticleJson[] {
  const articles = erdoganArticles();
  for (const a of articles)
    for (const e of a.entities) {
      if (e.name === 'Gaza') e.geo = { lat: 31.5, lon: 34.47, country: 'PS' };
      if (e.name === 'Ankara') e.geo = { lat: 39.93, lon: 32.86, country: 'TR' };
    }
  return [...articles, xssArticle()];
}

const made: string[] = [];

/**
 * Removes the folders serverCorpus() made. It runs when the test process exits, after every `after` hook of
 * the calling test file, so the stores and servers those hooks close are closed before their folder goes.
 */
function removeCorpora(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A new corpus file in a temp folder holding serverArticles(); returns its path (closed, ready to open);
 * the folder is removed when the test process exits. */
export function serverCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-server-'));
  if (made.length === 0) process.once('exit', removeCorpora);
  made.push(dir);
  const path = join(dir, 'corpus.db');
  const store = new Store(path);
  store.putMany(serverArticles().map((a) => recordFromContract(a)));
  store.close();
  return path;
}
