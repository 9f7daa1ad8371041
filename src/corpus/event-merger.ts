import type { Database, Statement } from 'better-sqlite3';

/** How far apart two reports' dates may be and still tell of one event (days). */
export const EVENT_WINDOW_DAYS = 2;

/** The day (YYYY-MM-DD) a time value or publication date falls on, or null when it names no day. */
export function dayOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1] : null;
}

interface Cluster {
  id: number;
  day: string;
  actors: string;
  targets: string;
}

const ids = (list: string) => (list ? list.split(',').map(Number) : []);
const shares = (a: number[], b: number[]) => a.some((x) => b.includes(x));

/**
 * Whether a report fits a cluster: where both name actors they share one, where both name
 * targets they share one, and at least one participant is shared (a report that leaves the
 * target out still joins the reports that name it).
 */
export function sameEvent(actors: number[], targets: number[], cluster: Cluster): boolean {
  const ca = ids(cluster.actors);
  const ct = ids(cluster.targets);
  if (actors.length && ca.length && !shares(actors, ca)) return false;
  if (targets.length && ct.length && !shares(targets, ct)) return false;
  return shares(actors, ca) || shares(targets, ct);
}

/**
 * Merges reports of one event: the same PLOVER type, shared actors and targets (see sameEvent),
 * and dates at most EVENT_WINDOW_DAYS apart. The cluster keeps the union of the participants.
 * A report without a date or without any linked participant stands alone.
 */
export class EventMerger {
  private readonly candidates: Statement<[{ type: string; day: string }]>;
  private readonly insert: Statement<[string, string | null, string, string]>;
  private readonly widen: Statement<[string, string, number]>;

  constructor(db: Database) {
    this.candidates = db.prepare(
      `SELECT id, day, actors, targets FROM event_clusters WHERE type = @type
       AND day BETWEEN date(@day, '-${EVENT_WINDOW_DAYS} days') AND date(@day, '+${EVENT_WINDOW_DAYS} days')
       ORDER BY abs(julianday(day) - julianday(@day)), id LIMIT 200`,
    );
    this.insert = db.prepare('INSERT INTO event_clusters (type, day, actors, targets) VALUES (?, ?, ?, ?)');
    this.widen = db.prepare('UPDATE event_clusters SET actors = ?, targets = ? WHERE id = ?');
  }

  /** The cluster for one report (found or created). Actors and targets are corpus entity ids. */
  cluster(type: string, actors: number[], targets: number[], day: string | null): number {
    const a = [...new Set(actors)].sort((x, y) => x - y);
    const t = [...new Set(targets)].sort((x, y) => x - y);
    if (day && (a.length || t.length)) {
      const found = (this.candidates.all({ type, day }) as Cluster[]).find((c) => sameEvent(a, t, c));
      if (found) {
        const union = (x: number[], list: string) =>
          [...new Set([...ids(list), ...x])].sort((p, q) => p - q).join(',');
        const actorsNow = union(a, found.actors);
        const targetsNow = union(t, found.targets);
        if (actorsNow !== found.actors || targetsNow !== found.targets)
          this.widen.run(actorsNow, targetsNow, found.id);
        return found.id;
      }
    }
    return Number(this.insert.run(type, day, a.join(','), t.join(',')).lastInsertRowid);
  }
}
