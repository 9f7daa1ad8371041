import { LEFT, MOVE_COUNT, ParseState, RIGHT, SHIFT } from './transition-system.js';

/**
 * The arc-hybrid dynamic oracle (Goldberg and Nivre 2013): the number of gold arcs each move makes
 * unreachable from the current state, for a projective gold tree. `gold[d]` is the gold head of
 * word d (n = the root). Invalid moves get cost -1. Writes into and returns `costs`.
 */
export function moveCosts(state: ParseState, gold: ArrayLike<number>, costs: Int32Array): Int32Array {
  const { n, b0, depth, stack } = state;
  const s0 = depth > 0 ? stack[depth - 1] : -1;
  const s1 = depth > 1 ? stack[depth - 2] : -1;
  costs.fill(-1, 0, MOVE_COUNT);
  if (state.isValid(SHIFT)) {
    // b0 goes onto the stack: it can no longer take a dependent in S, nor a head in S below s0.
    let cost = 0;
    for (let k = 0; k < depth; k++) {
      const d = stack[k];
      if (gold[d] === b0) cost++;
      if (d !== s0 && gold[b0] === d) cost++;
    }
    costs[SHIFT] = cost;
  }
  if (depth > 0) {
    // s0 leaves the stack: it loses its dependents still in the buffer.
    let lost = 0;
    for (let d = b0; d < n; d++) if (gold[d] === s0) lost++;
    const h = gold[s0];
    // LEFT gives s0 the head b0, losing s1 and the rest of the buffer as heads.
    if (state.isValid(LEFT)) costs[LEFT] = lost + (h !== b0 && (h === s1 || h > b0) ? 1 : 0);
    // RIGHT gives s0 the head s1, losing the whole buffer as heads.
    if (state.isValid(RIGHT)) costs[RIGHT] = lost + (h >= b0 ? 1 : 0);
  }
  return costs;
}

/** True when arc h -> d is projective: every word strictly between them is dominated by h. */
function isProjectiveArc(heads: ArrayLike<number>, h: number, d: number): boolean {
  const n = heads.length;
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    let steps = 0;
    while (a !== h && a < n && steps++ <= n) a = heads[a];
    if (a !== h) return false;
  }
  return true;
}

/**
 * A projective copy of a tree by lifting (Nivre and Nilsson 2005, without label encoding): while
 * some arc is non-projective, the shortest one is moved up to its head's head. `heads[d]` is the
 * head of word d, n for the root; labels are kept as they are.
 */
export function projectivize(heads: ArrayLike<number>): Int32Array {
  const out = Int32Array.from(heads);
  const n = out.length;
  for (let guard = 0; guard < n * n; guard++) {
    let worst = -1;
    let worstLength = Infinity;
    for (let d = 0; d < n; d++) {
      const h = out[d];
      if (h >= n || h < 0) continue;
      const length = Math.abs(h - d);
      if (length < worstLength && !isProjectiveArc(out, h, d)) {
        worst = d;
        worstLength = length;
      }
    }
    if (worst < 0) break;
    out[worst] = out[out[worst]];
  }
  return out;
}

/** True when the tree (heads[d], n = the root) has no crossing arcs. */
export function isProjective(heads: ArrayLike<number>): boolean {
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d];
    if (h >= 0 && h < heads.length && !isProjectiveArc(heads, h, d)) return false;
  }
  return true;
}
