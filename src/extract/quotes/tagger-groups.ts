/**
 * The taggers' feature groups that read only small values (features.ts: posTrigram, labelsAndHead,
 * earlierCueFeatures, cueSegment, cueFrame, cueHead, cueFormFrame, roleDistances), added to a token's raw
 * scores as rows of GroupSums keyed by the exact values: a token of 2 <= i < n - 2 gets the same
 * integer sums as from its features one by one. A value too large for its bits (a label id past
 * 255, say) is never keyed: its group's features are looked up directly.
 */
import type { LinearModel } from '../../models/linear-model.js';
import {
  closeBefore,
  cueFormFrame,
  cueFrame,
  cueHead,
  cueSegment,
  FRAME,
  labelsAndHead,
  NONE,
  posTrigram,
  segmentPosition,
  type CueNeighbours,
} from './features.js';
import { earlierCueFeatures, lastCueLink, type CueHistory } from './cue-history.js';
import { GroupSums } from './group-sums.js';
import {
  cueSides,
  roleDistances,
  sideLeftDistance,
  sideLeftSame,
  sideRightDistance,
  sideRightSame,
} from './role-features.js';
import type { TokenContext } from './token-context.js';

const scratch = new Uint32Array(16);

/** Adds features scratch[0 .. count) to raw directly (values not keyed). */
function addDirect(model: LinearModel, count: number, raw: Int32Array): void {
  model.addRaw(scratch, 0, count, raw, 0);
}

/** The part-of-speech label id of token i (what TokenContext.pos hashes). */
function posId(ctx: TokenContext, i: number): number {
  return ctx.doc.xpos[i] || ctx.doc.upos[i];
}

/** Adds the posTrigram group of token i. */
function addPosTrigram(
  g: GroupSums,
  model: LinearModel,
  ctx: TokenContext,
  i: number,
  raw: Int32Array,
): void {
  const pos = ctx.pos;
  const before = posId(ctx, i - 1);
  const own = posId(ctx, i);
  const after = posId(ctx, i + 1);
  if ((before | own | after) > 0xff) {
    addDirect(model, posTrigram(pos[i - 1], pos[i], pos[i + 1], scratch, 0), raw);
    return;
  }
  const key = before | (own << 8) | (after << 16);
  let row = g.find(key, 0);
  if (row < 0) row = g.store(~row, key, 0, scratch, posTrigram(pos[i - 1], pos[i], pos[i + 1], scratch, 0));
  g.add(row, raw);
}

/** The cue tagger's groups of one model. */
export interface CueGroups {
  model: LinearModel;
  pos: GroupSums;
  /** labelsAndHead and cueHead */
  head: GroupSums;
  frame: GroupSums;
  /** cueSegment and earlierCueFeatures */
  segment: GroupSums;
  /** cueFormFrame */
  formFrame: GroupSums;
}

/** The role tagger's groups of one model. */
export interface RoleGroups {
  model: LinearModel;
  pos: GroupSums;
  /** labelsAndHead */
  head: GroupSums;
  distances: GroupSums;
}

const cueGroups = new WeakMap<LinearModel, CueGroups>();
const roleGroups = new WeakMap<LinearModel, RoleGroups>();

/** The value kept for `model` in `cache`, made by `make` on first use. */
function kept<T>(cache: WeakMap<LinearModel, T>, model: LinearModel, make: () => T): T {
  let value = cache.get(model);
  if (!value) {
    value = make();
    cache.set(model, value);
  }
  return value;
}

/** The cue tagger's group sums of `model`, made on first use. */
export function cueGroupsOf(model: LinearModel): CueGroups {
  return kept(cueGroups, model, () => ({
    model,
    pos: new GroupSums(model, 15),
    head: new GroupSums(model, 14),
    frame: new GroupSums(model, 13),
    segment: new GroupSums(model, 14),
    formFrame: new GroupSums(model, 15),
  }));
}

/** The role tagger's group sums of `model`, made on first use. */
export function roleGroupsOf(model: LinearModel): RoleGroups {
  return kept(roleGroups, model, () => ({
    model,
    pos: new GroupSums(model, 15),
    head: new GroupSums(model, 14),
    distances: new GroupSums(model, 13),
  }));
}

/** labelsAndHead of token i, then (cue tagger) cueHead. */
function headFeatures(ctx: TokenContext, i: number, prev1: number, cue: boolean, out: Uint32Array): number {
  const h = ctx.doc.head[i];
  const rep = ctx.reporting;
  let k = labelsAndHead(
    ctx.pos[i],
    ctx.ent[i],
    prev1,
    ctx.parsed,
    ctx.dep[i],
    h >= 0 ? rep[h] : NONE,
    out,
    0,
  );
  if (cue && ctx.parsed) {
    const hasHead = h >= 0 && h !== i;
    const rate = ctx.cueRate;
    k = cueHead(ctx.dep[i], hasHead ? rep[h] : NONE, rate[i], hasHead ? rate[h] : NONE, prev1, out, k);
  }
  return k;
}

/**
 * Adds the head group of token i: labelsAndHead, with cueHead for the cue tagger (`cue`). Its key:
 * the tag, entity and relation label ids, the previous tag, the head's reporting class (7 without a
 * head), whether the doc is parsed and the head is another token; the cue rates of the token and
 * its head (15 without one) for the cue tagger.
 */
function addHead(
  g: GroupSums,
  model: LinearModel,
  ctx: TokenContext,
  i: number,
  prev1: number,
  cue: boolean,
  raw: Int32Array,
): void {
  const doc = ctx.doc;
  const h = doc.head[i];
  const hasHead = h >= 0 && h !== i;
  const ent = doc.ent[i];
  const dep = doc.dep[i];
  const repOfHead = h >= 0 ? ctx.reporting[h] : 7;
  const rate = cue ? ctx.cueRate[i] : 0;
  const rateOfHead = cue && hasHead ? ctx.cueRate[h] : 15;
  const pos = posId(ctx, i);
  if ((pos | ent | dep) > 0xff || prev1 > 7 || repOfHead > 7 || rate > 15 || rateOfHead > 15) {
    addDirect(model, headFeatures(ctx, i, prev1, cue, scratch), raw);
    return;
  }
  const k1 =
    ent |
    (dep << 8) |
    (prev1 << 16) |
    (repOfHead << 19) |
    ((ctx.parsed ? 1 : 0) << 22) |
    ((hasHead ? 1 : 0) << 23);
  const k2 = rate | (rateOfHead << 4) | (pos << 8);
  let row = g.find(k1, k2);
  if (row < 0) row = g.store(~row, k1, k2, scratch, headFeatures(ctx, i, prev1, cue, scratch));
  g.add(row, raw);
}

/** Adds the cueFrame group of token i (parsed docs): its tag, dependents, a quote below, class and cue rate. */
function addFrame(g: GroupSums, model: LinearModel, ctx: TokenContext, i: number, raw: Int32Array): void {
  const pos = posId(ctx, i);
  const children = ctx.parse.children[i];
  const below = ctx.parse.quotedBelow[i];
  const rep = ctx.reporting[i];
  const rate = ctx.cueRate[i];
  if (pos > 0xff || children > 0x3ff || below > 1 || rep > 7 || rate > 15) {
    addDirect(model, cueFrame(ctx.pos[i], children, below, rep, rate, scratch, 0), raw);
    return;
  }
  const k1 = pos | (children << 8) | (below << 18) | (rep << 19) | (rate << 22);
  let row = g.find(k1, 0);
  if (row < 0)
    row = g.store(~row, k1, 0, scratch, cueFrame(ctx.pos[i], children, below, rep, rate, scratch, 0));
  g.add(row, raw);
}

/** cueSegment and earlierCueFeatures of token i (`link` from lastCueLink). */
function segmentFeatures(
  ctx: TokenContext,
  i: number,
  prev1: number,
  link: number,
  close: number,
  fromStart: number,
): number {
  const rep = ctx.reporting[i];
  const rate = ctx.cueRate;
  const k = earlierCueFeatures(link, rep, rate[i], ctx.wordClass[i], prev1, scratch, 0);
  return cueSegment(
    close,
    rep,
    ctx.quotedBefore[i],
    ctx.quotedAfter[i],
    fromStart,
    ctx.shape[i - 1],
    rate[i - 1],
    rate[i],
    rate[i + 1],
    scratch,
    k,
  );
}

/**
 * Adds the segment group of token i: cueSegment and earlierCueFeatures. Its key: the closing
 * mark before, reporting class, quotes before and after, place in the segment, shape before and
 * the cue rates around; the earlier cue's link, the previous tag and (with an earlier cue) the
 * word class.
 */
function addSegment(
  g: GroupSums,
  model: LinearModel,
  ctx: TokenContext,
  i: number,
  prev1: number,
  history: CueHistory,
  raw: Int32Array,
): void {
  const rate = ctx.cueRate;
  const link = lastCueLink(ctx, i, history);
  const close = closeBefore(ctx, i);
  const fromStart = segmentPosition(ctx, i);
  const rep = ctx.reporting[i];
  const shape = ctx.shape[i - 1];
  const wordClass = link < 0 ? 0 : ctx.wordClass[i];
  if ((rate[i - 1] | rate[i] | rate[i + 1]) > 15 || rep > 7 || shape > 7 || prev1 > 7 || link > 30) {
    addDirect(model, segmentFeatures(ctx, i, prev1, link, close, fromStart), raw);
    return;
  }
  const k1 =
    close |
    (rep << 2) |
    (ctx.quotedBefore[i] << 5) |
    (ctx.quotedAfter[i] << 6) |
    (fromStart << 7) |
    (shape << 9) |
    (rate[i - 1] << 12) |
    (rate[i] << 16) |
    (rate[i + 1] << 20);
  const k2 = (link + 1) | (prev1 << 5) | (wordClass << 8);
  let row = g.find(k1, k2);
  if (row < 0) row = g.store(~row, k1, k2, scratch, segmentFeatures(ctx, i, prev1, link, close, fromStart));
  g.add(row, raw);
}

/**
 * Adds the cueFormFrame group of token i (parsed docs): its word form (QUOTE_FORMS entry and
 * generation), frame, a quote below and the previous tag.
 */
function addFormFrame(
  g: GroupSums,
  model: LinearModel,
  ctx: TokenContext,
  i: number,
  prev1: number,
  raw: Int32Array,
): void {
  const e = ctx.form ? ctx.form[i] : -1;
  const children = ctx.parse.children[i];
  const below = ctx.parse.quotedBelow[i];
  const generation = ctx.formGeneration;
  if (e < 0 || e > 0x7fff || generation === undefined || below > 1 || prev1 > 7) {
    addDirect(model, cueFormFrame(ctx.stem[i], ctx.wordClass[i], children, below, prev1, scratch, 0), raw);
    return;
  }
  const k1 = e | ((children & FRAME) << 15) | (below << 24) | (prev1 << 25);
  let row = g.find(k1, generation);
  if (row < 0) {
    const count = cueFormFrame(ctx.stem[i], ctx.wordClass[i], children, below, prev1, scratch, 0);
    row = g.store(~row, k1, generation, scratch, count);
  }
  g.add(row, raw);
}

/** Adds the cue tagger's group features of token i (2 <= i < n - 2) to raw. */
export function addCueGroups(
  g: CueGroups,
  ctx: TokenContext,
  i: number,
  prev1: number,
  history: CueHistory,
  raw: Int32Array,
): void {
  addPosTrigram(g.pos, g.model, ctx, i, raw);
  addHead(g.head, g.model, ctx, i, prev1, true, raw);
  if (ctx.parsed) {
    addFrame(g.frame, g.model, ctx, i, raw);
    addFormFrame(g.formFrame, g.model, ctx, i, prev1, raw);
  }
  addSegment(g.segment, g.model, ctx, i, prev1, history, raw);
}

/** roleDistances of token i with its distance values. */
function distanceFeatures(
  ctx: TokenContext,
  i: number,
  prev1: number,
  dl: number,
  sl: number,
  dr: number,
  sr: number,
): number {
  return roleDistances(
    dl,
    sl,
    dr,
    sr,
    ctx.quotes.inside[i],
    prev1,
    ctx.shape[i],
    ctx.quotes.mark[i],
    ctx.reporting[i],
    ctx.paragraphStart[i],
    scratch,
    0,
  );
}

/** Adds the role tagger's group features of token i (2 <= i < n - 2) to raw. */
export function addRoleGroups(
  g: RoleGroups,
  ctx: TokenContext,
  i: number,
  prev1: number,
  cues: CueNeighbours,
  raw: Int32Array,
): void {
  addPosTrigram(g.pos, g.model, ctx, i, raw);
  addHead(g.head, g.model, ctx, i, prev1, false, raw);
  const sides = cueSides(ctx, i, cues);
  const dl = sideLeftDistance(sides);
  const sl = sideLeftSame(sides);
  const dr = sideRightDistance(sides);
  const sr = sideRightSame(sides);
  const inside = ctx.quotes.inside[i];
  const shape = ctx.shape[i];
  const mark = ctx.quotes.mark[i];
  const rep = ctx.reporting[i];
  const para = ctx.paragraphStart[i];
  if ((inside | para) > 1 || prev1 > 7 || shape > 7 || mark > 3 || rep > 7) {
    addDirect(g.model, distanceFeatures(ctx, i, prev1, dl, sl, dr, sr), raw);
    return;
  }
  const k1 =
    sides | (inside << 10) | (prev1 << 11) | (shape << 14) | (mark << 17) | (rep << 19) | (para << 22);
  let row = g.distances.find(k1, 0);
  if (row < 0) row = g.distances.store(~row, k1, 0, scratch, distanceFeatures(ctx, i, prev1, dl, sl, dr, sr));
  g.distances.add(row, raw);
}
