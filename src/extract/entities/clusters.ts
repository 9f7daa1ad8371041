import type { Mention } from './mention.js';

/**
 * The mentions of one article and the partition of them into entities (union-find over mention
 * indices). Mentions are appended as passes find them; `parent[i]` is the union-find link of
 * mention i. A group key ("country:Türkiye", "kalin") names the cluster that every mention with
 * that key joins, so passes can link to an entity before or without knowing its mentions.
 */
export class Clusters {
  readonly mentions: Mention[] = [];
  private readonly parent: number[] = [];
  private readonly byKey = new Map<string, number>();
  /** Names a pass knows for a cluster that no mention spells (a country's or an acronym's full name), by mention. */
  readonly impliedName = new Map<number, string>();

  /** Adds a mention as its own cluster and returns its index. */
  add(mention: Mention): number {
    const i = this.mentions.length;
    this.mentions.push(mention);
    this.parent.push(i);
    return i;
  }

  /** The representative mention of i's cluster. */
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) {
      const next = this.parent[i];
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Puts mentions a and b in one cluster (the earlier mention stays the representative). */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  /** Joins mention i to the cluster named by `key`, creating that name when new. */
  join(i: number, key: string): void {
    const other = this.byKey.get(key);
    if (other === undefined) this.byKey.set(key, i);
    else this.union(i, other);
  }

  /** The mention that stands for the cluster named `key`, or undefined. */
  keyed(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** Mention indices grouped by cluster, each group in text order, groups by first mention. */
  groups(): number[][] {
    const order = this.mentions
      .map((_, i) => i)
      .sort((a, b) => this.mentions[a].charStart - this.mentions[b].charStart);
    const byRoot = new Map<number, number[]>();
    const out: number[][] = [];
    for (const i of order) {
      const root = this.find(i);
      let group = byRoot.get(root);
      if (!group) {
        byRoot.set(root, (group = []));
        out.push(group);
      }
      group.push(i);
    }
    return out;
  }
}
