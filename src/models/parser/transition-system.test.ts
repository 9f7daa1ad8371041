import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moveCosts, isProjective, projectivize } from './oracle.js';
import { LEFT, MOVE_COUNT, ParseState, RIGHT, ROOT_LABEL, SHIFT } from './transition-system.js';

/** "The cat sat on the mat ." — heads by index, 7 = root. */
const CAT = [1, 2, 7, 5, 5, 2, 2];
/** A non-projective tree: "A hearing is scheduled on the issue today ." with "issue" on "hearing". */
const HEARING = [1, 3, 3, 9, 6, 6, 1, 3, 3];

/** Follows zero-cost moves (lowest move id first) from the start and returns the heads built. */
function followOracle(gold: number[]): Int32Array {
  const n = gold.length;
  const state = new ParseState(n);
  const costs = new Int32Array(MOVE_COUNT);
  for (let steps = 0; !state.isTerminal(); steps++) {
    assert.ok(steps < 4 * n, 'the oracle terminates');
    moveCosts(state, gold, costs);
    const move = [SHIFT, LEFT, RIGHT].find((m) => costs[m] === 0);
    assert.notEqual(move, undefined, 'a zero-cost move exists on a projective tree');
    state.apply(move as number, 7);
  }
  return state.heads.slice(0, n);
}

test('a fresh state allows only SHIFT; a one-word sentence is SHIFT then LEFT onto the root', () => {
  const state = new ParseState(1);
  assert.deepEqual([SHIFT, LEFT, RIGHT].map((m) => state.isValid(m)), [true, false, false]);
  state.apply(SHIFT, 0);
  assert.deepEqual([SHIFT, LEFT, RIGHT].map((m) => state.isValid(m)), [false, true, false]);
  state.apply(LEFT, 3);
  assert.ok(state.isTerminal());
  assert.equal(state.heads[0], 1);
  assert.equal(state.labels[0], ROOT_LABEL);
});

test('LEFT onto the root needs a one-item stack, so every parse has a single root', () => {
  const state = new ParseState(2);
  state.apply(SHIFT, 0);
  state.apply(SHIFT, 0);
  assert.equal(state.isValid(LEFT), false);
  assert.equal(state.isValid(RIGHT), true);
});

test('arcs update the outermost children, valencies and label sets', () => {
  const state = new ParseState(4);
  state.apply(SHIFT, 0);
  state.apply(SHIFT, 0);
  state.apply(SHIFT, 0);
  state.apply(LEFT, 2); // 2 <- 3
  state.apply(LEFT, 5); // 1 <- 3
  assert.equal(state.left1[3], 1);
  assert.equal(state.left2[3], 2);
  assert.equal(state.leftCount[3], 2);
  assert.equal(state.leftSet[3], (1 << 2) | (1 << 5));
  state.apply(SHIFT, 0); // stack 0 3
  state.apply(RIGHT, 4); // 0 -> 3
  assert.equal(state.right1[0], 3);
  assert.equal(state.rightCount[0], 1);
});

test('following the zero-cost moves rebuilds a projective gold tree', () => {
  assert.deepEqual([...followOracle(CAT)], CAT);
  const left = [1, 2, 3, 4, 5, 5]; // a chain of left arcs: 5 is the root
  left[5] = 6;
  assert.deepEqual([...followOracle(left)], left);
  const right = [6, 0, 1, 2, 3, 4]; // a chain of right arcs
  assert.deepEqual([...followOracle(right)], right);
});

test('dynamic-oracle costs count the gold arcs a move loses', () => {
  const state = new ParseState(7);
  const costs = new Int32Array(MOVE_COUNT);
  state.apply(SHIFT, 0); // stack: The
  moveCosts(state, CAT, costs);
  assert.deepEqual([...costs], [1, 0, -1]); // SHIFT loses The <- cat
  state.apply(SHIFT, 0); // stack: The cat (a mistake: The <- cat is lost)
  moveCosts(state, CAT, costs);
  // RIGHT (The -> cat) loses cat's head sat; LEFT (cat <- sat) is right; SHIFT loses cat <- sat.
  assert.deepEqual([...costs], [1, 0, 1]);
  state.apply(LEFT, 0); // cat <- sat, stack: The
  moveCosts(state, CAT, costs);
  // The's head is already lost: no move loses anything more.
  assert.deepEqual([...costs], [0, 0, -1]);
});

test('projectivize lifts crossing arcs until the tree is projective', () => {
  assert.equal(isProjective(HEARING), false);
  const lifted = projectivize(HEARING);
  assert.ok(isProjective(lifted));
  assert.equal(lifted[6], 3); // "issue" lifted from "hearing" to "scheduled"
  assert.deepEqual([...projectivize(CAT)], CAT);
});

test('on random projective trees, following the zero-cost moves rebuilds the tree', () => {
  let seed = 7;
  const random = (k: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % k;
  };
  let checked = 0;
  while (checked < 200) {
    const n = 2 + random(7);
    const root = random(n);
    // Random heads that form a tree: attach each word to an earlier-placed word.
    const order = [...Array(n).keys()].filter((i) => i !== root).sort(() => random(3) - 1);
    const heads = new Array<number>(n).fill(n);
    const placed = [root];
    for (const d of order) {
      heads[d] = placed[random(placed.length)];
      placed.push(d);
    }
    if (!isProjective(heads)) continue;
    checked++;
    assert.deepEqual([...followOracle(heads)], heads);
  }
});
