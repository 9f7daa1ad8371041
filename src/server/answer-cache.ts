import type { Store } from '../corpus/store.js';

/**
 * Recent JSON answers by request URL, dropped whenever the database changes. The server only
 * reads; `PRAGMA data_version` moves when another connection (an ingest) commits, so a cached
 * answer is never older than the corpus. Views every client asks for (network, places, the first
 * page of a list) are computed once per corpus version instead of once per request.
 */
export class AnswerCache {
  private readonly answers = new Map<string, string>();
  private version = -1;

  constructor(
    private readonly store: Store,
    private readonly size = 500,
  ) {}

  /** The cached answer for a URL, or the computed one (stored, evicting the oldest beyond `size`). */
  get(url: string, compute: () => unknown): string {
    const version = this.store.db.pragma('data_version', { simple: true }) as number;
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
    const body = JSON.stringify(compute());
    this.answers.set(url, body);
    if (this.answers.size > this.size) this.answers.delete(this.answers.keys().next().value!);
    return body;
  }
}
