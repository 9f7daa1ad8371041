import type { Database, Statement } from 'better-sqlite3';

/** How far apart two reports' dates may be and still tell of one event (days). */
export const EVENT_WINDOW_DAYS = 2;

/** The day (YYYY-MM-DD) a time value or publication date falls on, or null when it names no day. */
export function dayOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1] : null;
}

/**
 * Merges reports of one event: the same PLOVER type, the same linked actors and targets, and
 * dates at most EVENT_WINDOW_DAYS apart share an event cluster. An undated report stands alone.
 */
export class EventMerger {
  private readonly find: Statement<[{ type: string; actors: string; targets: string; day: string }]>;
  private readonly insert: Statement<[string, string | null, string, string]>;

  constructor(db: Database) {
    this.find = db.prepare(
      `SELECT id FROM event_clusters WHERE type = @type AND actors = @actors AND targets = @targets
       AND day BETWEEN date(@day, '-${EVENT_WINDOW_DAYS} days') AND date(@day, '+${EVENT_WINDOW_DAYS} days')
       ORDER BY abs(julianday(day) - julianday(@day)), id LIMIT 1`,
    );
    this.insert = db.prepare('INSERT INTO event_clusters (type, day, actors, targets) VALUES (?, ?, ?, ?)');
  }

  /** The cluster for one report (found or created). Actors and targets are corpus entity ids. */
  cluster(type: string, actors: number[], targets: number[], day: string | null): number {
    const a = [...new Set(actors)].sort((x, y) => x - y).join(',');
    const t = [...new Set(targets)].sort((x, y) => x - y).join(',');
    if (day) {
      const row = this.find.get({ type, actors: a, targets: t, day }) as { id: number } | undefined;
      if (row) return row.id;
    }
    return Number(this.insert.run(type, day, a, t).lastInsertRowid);
  }
}
