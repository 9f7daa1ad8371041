import type { Statement } from 'better-sqlite3';
import type { Store } from '../corpus/store.js';

const UTF8 = new TextEncoder();

/**
 * Recent JSON answers by request URL, dropped whenever the database changes. The server only
 * reads; `PRAGMA data_version` moves when another connection (an ingest) commits, so a cached
 * answer is never older than the corpus. Views every client asks for (network, places, the first
 * page of a list) are computed once per corpus version instead of once per request.
 */
export class AnswerCache {
  private readonly answers = new Map<string, Uint8Array<ArrayBuffer>>();
  private version = -1;
  /** Prepared once: `db.pragma()` prepares its statement on every call. */
  private readonly dataVersion: Statement<[], number>;

  constructor(
    store: Store,
    private readonly size = 500,
  ) {
    this.dataVersion = store.db.prepare<[], number>('PRAGMA data_version').pluck();
  }

  /**
   * The cached answer for a URL as UTF-8 JSON, or the computed one (stored, evicting the oldest
   * beyond `size`). Kept as bytes, so a hit is written out without encoding the text again.
   */
  get(url: string, compute: () => unknown): Uint8Array<ArrayBuffer> {
    const version = this.dataVersion.get() as number;
    if (version !== this.version) {
      this.answers.clear();
      this.version = version;
    }
    const hit = this.answers.get(url);
    if (hit !== undefined) {
      // refresh its place: Map order is insertion order, so the first key is the least recently used
      this.answers.delete(url);
      this.answers.set(url, hit);
      return hit;
    }
    const body = UTF8.encode(JSON.stringify(compute()));
    this.answers.set(url, body);
    if (this.answers.size > this.size) this.answers.delete(this.answers.keys().next().value!);
    return body;
  }
}
