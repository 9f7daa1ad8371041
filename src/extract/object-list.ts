/**
 * An empty list meant for objects or strings. V8 gives a `[]` literal the elements kind of small
 * integers until something else is stored in it, so a list left empty has another hidden class
 * than a filled one, and the optimized code that reads such lists (entities, times, events, ids)
 * is thrown away whenever an article turns up an empty one after it was compiled. A list started
 * here has the kind of a filled list from the start. Nothing else differs.
 */
export function objectList<T>(): T[] {
  const list = [null as T];
  list.pop();
  return list;
}

/** `value` when it is an array, else an empty object list (see objectList). */
export function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : objectList<T>();
}

/** The list, or an object list when it is empty (which may have been made by a `[]` literal). */
export function filledKind<T>(list: T[]): T[] {
  return list.length === 0 ? objectList<T>() : list;
}

/**
 * `list.map(f)` as a packed object list. V8's optimized `map` makes a holey array where the
 * unoptimized one makes a packed one, so lists made by `map` change hidden class when the function
 * that made them is optimized, and the optimized code reading them is thrown away for it.
 */
export function mapList<T, U>(list: readonly T[], f: (x: T, i: number) => U): U[] {
  const out = objectList<U>();
  for (let i = 0; i < list.length; i++) out.push(f(list[i], i));
  return out;
}

/** A packed object list with the items of `list` (a list made by `filter` keeps a holey input's kind). */
export function packedList<T>(list: readonly T[]): T[] {
  const out = objectList<T>();
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}
