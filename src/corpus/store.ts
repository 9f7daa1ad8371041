import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { DossierError } from '../errors/dossier-error.js';
import type { ArticleRecord } from './article-record.js';
import { EntityLinker } from './entity-linker.js';
import { EventMerger } from './event-merger.js';
import { foldedWords, foldText } from './fold.js';
import {
  packExtraction,
  packText,
  unpackExtraction,
  unpackText,
  type StoredGeos,
} from './pack-extraction.js';
import { repackV1 } from './repack-v1.js';
import { unindexQuote } from './quote-index.js';
import { migrate, MIGRATIONS } from './schema.js';
import { storedGeos } from './stored-geos.js';
import { distinctMentions, isName, packSpans, spansWithin, spanTextReader } from './spans.js';
import { writeArticle } from './write-article.js';

/** The default database file of the corpus commands. */
export const DEFAULT_DB = 'dossier.db';

/** What happened to one article written to the store. */
export type PutOutcome = 'added' | 'updated' | 'skipped';

/** Options for opening a store. */
export interface StoreOptions {
  /** Open without writing (queries); the file must exist. */
  readonly?: boolean;
  /** How long a write waits for another writer to finish (ms; default 5000). */
  busyTimeoutMs?: number;
}

/** The SQLite corpus: articles, their extractions, and the tables that link and query them. */
export class Store {
  readonly db: Db;
  private readonly findArticle: Statement<[Buffer, string | null]>;
  private linker?: EntityLinker;
  private merger?: EventMerger;

  constructor(
    readonly path: string,
    options: StoreOptions = {},
  ) {
    try {
      this.db = new Database(path, {
        readonly: options.readonly ?? false,
        fileMustExist: options.readonly ?? false,
      });
      this.db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 5000))}`);
      // queries compare names as the full-text index does: lowercased, diacritics folded
      this.db.function('fold', { deterministic: true }, (text: unknown) =>
        typeof text === 'string' ? foldText(text) : null,
      );
      // the text is stored packed: the full-text index and the migrations read it through these
      this.db.function('unpack_text', { deterministic: true }, (body: unknown) =>
        body instanceof Uint8Array ? unpackText(body) : null,
      );
      this.db.function('pack_text', { deterministic: true }, (text: unknown) =>
        typeof text === 'string' ? packText(text) : null,
      );
      this.db.function('repack_v1', { deterministic: true }, (data: unknown, text: unknown) =>
        data instanceof Uint8Array && typeof text === 'string' ? repackV1(data, text) : null,
      );
      // repack_extraction(data, body[, geos]): given the article's geos (a JSON object, local id →
      // geo JSON), a geo is left to the store where it holds the same (see packExtraction); without
      // them, every geo stays in the extraction
      this.db.function(
        'repack_extraction',
        { deterministic: true, varargs: true },
        (data: unknown, body: unknown, geos?: unknown) => {
          if (!(data instanceof Uint8Array) || !(body instanceof Uint8Array)) return null;
          const held =
            geos === undefined
              ? undefined
              : new Map(Object.entries(JSON.parse(String(geos ?? '{}')) as object));
          const stored: StoredGeos | undefined = held && ((id) => held.get(id) as string | undefined);
          return packExtraction(unpackExtraction(data, unpackText(body), true, stored), stored ?? false);
        },
      );
      // quote texts are read from the article (see schema 6), mentions are packed offsets
      this.db.function('span_text', { deterministic: true }, spanTextReader());
      this.db.function(
        'spans_within',
        { deterministic: true },
        (spans: unknown, from: unknown, to: unknown) =>
          spansWithin(
            spans instanceof Uint8Array ? spans : null,
            typeof from === 'number' ? from : null,
            typeof to === 'number' ? to : null,
          )
            ? 1
            : 0,
      );
      // whether a folded name holds words as whole words (' gaza strip ' holds ' gaza '; the claims
      // filter by place): `wanted` is the words joined by spaces, with a space at each end
      this.db.function('holds_words', { deterministic: true }, (text: unknown, wanted: unknown) =>
        typeof text === 'string' &&
        typeof wanted === 'string' &&
        ` ${foldedWords(text).join(' ')} `.includes(wanted)
          ? 1
          : 0,
      );
      this.db.function('is_name', { deterministic: true }, (text: unknown) =>
        typeof text === 'string' && isName(text) ? 1 : 0,
      );
      this.db.aggregate('pack_spans', {
        varargs: true,
        start: () => [] as { start: number; end: number }[],
        step: (spans: { start: number; end: number }[], ...[start, end]: unknown[]) => {
          if (typeof start === 'number' && typeof end === 'number') spans.push({ start, end });
          return spans;
        },
        result: (spans: { start: number; end: number }[]) => packSpans(spans),
      });
      if (!options.readonly) {
        // a new file gets 16 KiB pages: a packed article fits one page with room for others
        this.db.pragma('page_size = 16384');
        // WAL: readers never block the writer, and a killed writer loses only its open transaction
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('foreign_keys = ON');
        migrate(this.db);
      }
      let version = this.db.pragma('user_version', { simple: true }) as number;
      if (options.readonly && version > 0 && version < MIGRATIONS.length) {
        // a store made by an older Dossier: bring it up to date once, then read it
        new Store(path).close();
        version = this.db.pragma('user_version', { simple: true }) as number;
      }
      if (version > MIGRATIONS.length || (options.readonly && version === 0)) {
        throw new DossierError('STORE_INVALID', 'the database is not a store this Dossier can read', {
          file: path,
          expected: `schema version 1 to ${MIGRATIONS.length}`,
          found: `version ${version}`,
        });
      }
    } catch (cause) {
      // a connection left open would hold its locks (and the file) until collected
      const opened = (this as { db?: Db }).db;
      if (opened?.open) opened.close();
      if (cause instanceof DossierError) throw cause;
      throw new DossierError('STORE_INVALID', 'cannot open the database', {
        file: path,
        expected: 'a Dossier SQLite database (or a new file)',
        found: cause instanceof Error ? cause.message : String(cause),
        cause,
      });
    }
    this.findArticle = this.db.prepare(
      `SELECT a.id, x.version AS extractor FROM articles a LEFT JOIN extractors x ON x.id = a.extractor
         WHERE a.hash = ? OR a.url = ? ORDER BY a.id LIMIT 1`,
    );
  }

  /** The stored article with this text hash or URL, if any, and the extractor version it was made by. */
  find(hash: string, url: string | null): { id: number; extractor: string } | undefined {
    // the hash is stored as its 32 bytes
    return this.findArticle.get(Buffer.from(hash, 'hex'), url) as
      { id: number; extractor: string } | undefined;
  }

  /**
   * Writes one article and everything extracted from it in one transaction: a crash leaves it
   * wholly stored or not at all. Already stored (same text or URL) → skipped, unless it was made
   * by another extractor version → replaced.
   */
  put(record: ArticleRecord): PutOutcome {
    return this.putMany([record])[0];
  }

  /**
   * Writes several articles in one transaction (fewer commits, larger full-text segments). Each
   * article is still all or nothing: the batch commits whole or not at all.
   */
  putMany(records: ArticleRecord[]): PutOutcome[] {
    const linker = (this.linker ??= new EntityLinker(this.db));
    const merger = (this.merger ??= new EventMerger(this.db));
    return this.db
      .transaction((): PutOutcome[] =>
        records.map((record) => {
          const existing = this.find(record.hash, record.contract.meta.url);
          if (existing && existing.extractor === record.extractor) return 'skipped';
          let hints: Map<string, number> | undefined;
          if (existing) {
            hints = this.links(existing.id);
            this.remove(existing.id);
          }
          writeArticle(this.db, record, linker, merger, existing?.id, hints);
          return existing ? 'updated' : 'added';
        }),
      )
      .immediate();
  }

  /** How a stored article's entities were linked (local id → entity id). */
  private links(id: number): Map<string, number> {
    const rows = this.db
      .prepare('SELECT local_id, entity_id FROM article_entities WHERE article_id = ?')
      .all(id) as {
      local_id: string;
      entity_id: number;
    }[];
    return new Map(rows.map((r) => [r.local_id, r.entity_id]));
  }

  /** Deletes an article and its rows (the caller holds a transaction). */
  private remove(id: number): void {
    const old = this.db
      .prepare(
        'SELECT a.title, a.body, x.data FROM articles a JOIN extractions x ON x.article_id = a.id WHERE a.id = ?',
      )
      .get(id) as { title: string | null; body: Buffer; data: Buffer };
    const text = unpackText(old.body);
    this.db
      .prepare("INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)")
      .run(id, old.title, text);
    const extraction = unpackExtraction(old.data, text, false, storedGeos(this.db, id));
    // the quote index keeps no copy: it is told the texts it indexed (as writeArticle gave them)
    const quoteIds = new Map(
      (
        this.db.prepare('SELECT local_id, id FROM quotes WHERE article_id = ?').all(id) as {
          local_id: string;
          id: number;
        }[]
      ).map((q) => [q.local_id, q.id]),
    );
    for (const q of extraction.quotes) {
      const quoteId = quoteIds.get(q.id);
      if (quoteId !== undefined)
        unindexQuote(this.db, quoteId, q.content?.text ?? null, q.source?.text ?? null);
    }
    // the names its mentions counted for their entities (as writeArticle counted them)
    const links = this.links(id);
    const uncount = this.db.prepare('UPDATE mention_names SET n = n - 1 WHERE entity_id = ? AND text = ?');
    const drop = this.db.prepare('DELETE FROM mention_names WHERE entity_id = ? AND text = ? AND n <= 0');
    for (const entity of extraction.entities) {
      const entityId = links.get(entity.id);
      if (entityId === undefined) continue;
      for (const m of distinctMentions(entity))
        if (isName(m.text)) {
          uncount.run(entityId, m.text);
          drop.run(entityId, m.text);
        }
    }
    for (const table of [
      'extractions',
      'article_entities',
      'roles',
      'times',
      'quantities',
      'quotes',
      'events',
      'event_participants',
      'labels',
    ])
      this.db.prepare(`DELETE FROM ${table} WHERE article_id = ?`).run(id);
    this.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  }

  /**
   * Merges each full-text index into one segment (fewer lookups per search), rewrites the file
   * without the free space that growing indexes leave (VACUUM), then folds the write-ahead log
   * back in. Worth it after a bulk load; skipped when another connection is writing (the store
   * is just as valid uncompacted). Returns whether it ran.
   */
  compact(): boolean {
    try {
      this.db.exec("INSERT INTO article_fts (article_fts) VALUES ('optimize')");
      this.db.exec("INSERT INTO quote_content_fts (quote_content_fts) VALUES ('optimize')");
      this.db.exec("INSERT INTO quote_source_fts (quote_source_fts) VALUES ('optimize')");
      this.db.exec('VACUUM');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      return true;
    } catch {
      return false;
    }
  }

  /** How many articles are stored. */
  articleCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** Row counts of the main tables (the summary `ingest` and `demo` print). */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const table of [
      'articles',
      'entities',
      'mentions',
      'quotes',
      'events',
      'event_clusters',
      'times',
      'quantities',
      'labels',
    ])
      out[table] = this.db
        .prepare(
          // mentions are counted per article and entity (article_entities.mentions)
          table === 'mentions'
            ? 'SELECT coalesce(sum(mentions), 0) FROM article_entities'
            : `SELECT count(*) FROM ${table}`,
        )
        .pluck()
        .get() as number;
    return out;
  }

  close(): void {
    this.db.close();
  }
}
