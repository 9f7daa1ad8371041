/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the artificial
 * root at the end of the buffer (Ballesteros and Nivre 2013), so that the root attachment is the
 * last move and every parse has exactly one root.
 *
 * Moves: SHIFT pushes the buffer front b0; LEFT makes b0 the head of the stack top s0 and pops it;
 * RIGHT makes s1 (the item below the top) the head of s0 and pops it.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVE_COUNT = 3;

/** The label id stored for the arc from the artificial root (the parser's label list never holds it). */
export const ROOT_LABEL = 0xffff;

/**
 * A parse in progress over n words, with buffers reused across sentences.
 *
 * Word indices are 0..n-1 and the artificial root is index n. `stack[0 .. depth-1]` holds word
 * indices (top at depth-1); the buffer is the contiguous range b0..n. Per token (length n+1, the
 * root included): `heads`/`labels` (-1 while unattached), the two leftmost and two rightmost
 * children (`left1` is the leftmost, `left2` the next; -1 when absent), the number of left and
 * right children, and a 32-bit set of their labels (bit `label & 31`).
 */
export class ParseState {
  n = 0;
  b0 = 0;
  depth = 0;
  stack = new Int32Array(0);
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  left1 = new Int32Array(0);
  left2 = new Int32Array(0);
  right1 = new Int32Array(0);
  right2 = new Int32Array(0);
  leftCount = new Int32Array(0);
  rightCount = new Int32Array(0);
  leftSet = new Int32Array(0);
  rightSet = new Int32Array(0);

  constructor(n = 0) {
    this.reset(n);
  }

  /** Starts a new parse of n words, growing the buffers only when needed. */
  reset(n: number): this {
    if (this.stack.length < n + 1) {
      const size = Math.max(n + 1, this.stack.length * 2, 64);
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.labels = new Int32Array(size);
      this.left1 = new Int32Array(size);
      this.left2 = new Int32Array(size);
      this.right1 = new Int32Array(size);
      this.right2 = new Int32Array(size);
      this.leftCount = new Int32Array(size);
      this.rightCount = new Int32Array(size);
      this.leftSet = new Int32Array(size);
      this.rightSet = new Int32Array(size);
    }
    this.n = n;
    this.b0 = 0;
    this.depth = 0;
    const m = n + 1;
    this.heads.fill(-1, 0, m);
    this.labels.fill(-1, 0, m);
    this.left1.fill(-1, 0, m);
    this.left2.fill(-1, 0, m);
    this.right1.fill(-1, 0, m);
    this.right2.fill(-1, 0, m);
    this.leftCount.fill(0, 0, m);
    this.rightCount.fill(0, 0, m);
    this.leftSet.fill(0, 0, m);
    this.rightSet.fill(0, 0, m);
    return this;
  }

  /** The stack item k places below the top (0 = top), or -1. */
  s(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k] : -1;
  }

  /** The buffer item k places after the front (the root counts; past it, -1). */
  b(k: number): number {
    const i = this.b0 + k;
    return i <= this.n ? i : -1;
  }

  /** True once every word is attached: only the root is left in the buffer and the stack is empty. */
  isTerminal(): boolean {
    return this.b0 === this.n && this.depth === 0;
  }

  /** Whether a move is allowed now. LEFT onto the root needs a one-item stack (a single root). */
  isValid(move: number): boolean {
    switch (move) {
      case SHIFT:
        return this.b0 < this.n;
      case LEFT:
        return this.depth > 0 && (this.b0 < this.n || this.depth === 1);
      case RIGHT:
        return this.depth > 1;
      default:
        return false;
    }
  }

  /** Applies a valid move; `label` is the relation id of the arc it makes (ignored by SHIFT). */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b0++;
    } else if (move === LEFT) {
      const d = this.stack[--this.depth];
      this.attach(this.b0, d, this.b0 === this.n ? ROOT_LABEL : label);
    } else {
      const d = this.stack[--this.depth];
      this.attach(this.stack[this.depth - 1], d, label);
    }
  }

  private attach(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    const bit = 1 << (label & 31);
    // Arc-hybrid adds left children right to left and right children left to right,
    // so each new child is the new outermost one.
    if (d < h) {
      this.left2[h] = this.left1[h];
      this.left1[h] = d;
      this.leftCount[h]++;
      this.leftSet[h] |= bit;
    } else {
      this.right2[h] = this.right1[h];
      this.right1[h] = d;
      this.rightCount[h]++;
      this.rightSet[h] |= bit;
    }
  }
}
