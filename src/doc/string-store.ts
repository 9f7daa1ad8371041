/** Interns label strings (tags, dependency relations, entity tags) to small integer ids, once per process. */
export class StringStore {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [''];

  /** The id of a string, adding it when new. Id 0 is the empty string (unset). */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The string for an id ('' for 0 or an unknown id). */
  get(id: number): string {
    return this.strings[id] ?? '';
  }
}

/** The process-wide store shared by every Doc's label columns. */
export const labels = new StringStore();
