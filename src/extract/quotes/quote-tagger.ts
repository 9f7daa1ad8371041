import { LinearModel } from '../../models/linear-model.js';
import { CUE_CLASSES, ROLE_CLASSES, Tag } from './tags.js';
import { type CueHistory } from './cue-history.js';
import { cueFeatures, MAX_FEATURES, type CueNeighbours } from './features.js';
import { cueSides, roleFeatures, sideLeftSame, sideRightSame } from './role-features.js';
import { ContextSums, FormSums, SumKind } from './form-sums.js';
import { addCueGroups, addRoleGroups, cueGroupsOf, roleGroupsOf } from './tagger-groups.js';
import type { TokenContext } from './token-context.js';

/** What the taggers need of a model: a linear scorer (a LinearModel, or a PerceptronTrainer while training). */
export interface Scorer {
  readonly nClasses: number;
  score(features: ArrayLike<number>, count: number, scores: Float32Array): Float32Array;
}

/**
 * Training hook: called per token with the features, the guess, the position and the tag just
 * given to the token before it (the history the guess was made with); may update the model.
 */
export type Learner = (
  features: Uint32Array,
  count: number,
  guess: number,
  i: number,
  prevTag: number,
) => void;

/**
 * The best class given the history (a dynamic oracle for IOB): when gold continues a span with an
 * I tag but the previous guess did not start that span, the right move is to start it with B.
 */
export function oracleTag(gold: Tag, prevTag: number): Tag {
  if (gold === Tag.O || gold % 2 === 1) return gold;
  return prevTag === gold || prevTag === gold - 1 ? gold : ((gold - 1) as Tag);
}

/** An I tag may only continue a span of its own role. */
function allowed(cls: number, prevTag: number, classes: readonly Tag[]): boolean {
  const t = classes[cls];
  if (t === Tag.ICue) return prevTag === Tag.BCue || prevTag === Tag.ICue;
  if (t === Tag.ISource) return prevTag === Tag.BSource || prevTag === Tag.ISource;
  if (t === Tag.IContent) return prevTag === Tag.BContent || prevTag === Tag.IContent;
  return true;
}

function best(scores: Float32Array, prevTag: number, classes: readonly Tag[]): number {
  let top = 0;
  let topScore = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    if (!allowed(c, prevTag, classes)) continue;
    if (scores[c] > topScore) {
      topScore = scores[c];
      top = c;
    }
  }
  return top;
}

/**
 * Tokens the cue tagger skips (tag O): quoted words, and punctuation other than colons and dashes
 * outside a cue. In PolNeAR train they hold 0.4% and 1.2% of cue tokens but 29% of all tokens.
 */
function cannotCue(ctx: TokenContext, i: number, prevTag: number): boolean {
  if (ctx.quotes.inside[i]) return true;
  if (prevTag !== Tag.O || ctx.shape[i] < 6 || ctx.reporting[i] !== 0) return false;
  const c = ctx.doc.text.charCodeAt(ctx.doc.start[i]);
  return c !== 0x2d && (c < 0x2012 || c > 0x2015);
}

/** Form sums of each shipped model (see form-sums.ts), made on first use. */
const formSums = new WeakMap<LinearModel, FormSums[]>();

/** A tagger's form sums over one context: the start of each token's rows, found on first need. */
class FormRows {
  readonly sums: FormSums;
  /** -2 not looked up yet, -1 none (see FormSums.rowsOf). */
  readonly rows: Int32Array;
  private readonly ctx: TokenContext;
  private readonly form: Int32Array;
  private readonly generation: number;

  constructor(ctx: TokenContext, sums: FormSums, form: Int32Array, generation: number) {
    this.ctx = ctx;
    this.sums = sums;
    this.form = form;
    this.generation = generation;
    this.rows = new Int32Array(form.length).fill(-2);
  }

  private has(j: number): boolean {
    let r = this.rows[j];
    if (r === -2) {
      const e = this.form[j];
      r = this.rows[j] = e < 0 ? -1 : this.sums.rowsOf(e, this.generation, this.ctx.cueRate[j]);
    }
    return r >= 0;
  }

  /** Whether token i and the two tokens on each side have form rows (summed now when not yet). */
  around(i: number): boolean {
    return (
      i >= 2 &&
      i + 2 < this.rows.length &&
      this.has(i) &&
      this.has(i - 1) &&
      this.has(i + 1) &&
      this.has(i - 2) &&
      this.has(i + 2)
    );
  }
}

/**
 * The form sums of `model` for tagging ctx: none while training, or for a scorer that is no
 * LinearModel, or a context without form entries.
 */
function sumsFor(
  ctx: TokenContext,
  model: Scorer,
  kind: SumKind,
  learn: Learner | undefined,
): FormRows | null {
  if (learn || !(model instanceof LinearModel) || !ctx.form || ctx.formGeneration === undefined) return null;
  let tables = formSums.get(model);
  if (!tables) formSums.set(model, (tables = []));
  const sums = (tables[kind] ??= new FormSums(model, kind));
  return new FormRows(ctx, sums, ctx.form, ctx.formGeneration);
}

/** Context sums of each shipped model, made on first use. */
const contextSums = new WeakMap<LinearModel, ContextSums>();

function contextSumsOf(model: LinearModel): ContextSums {
  let sums = contextSums.get(model);
  if (!sums) contextSums.set(model, (sums = new ContextSums(model)));
  return sums;
}

/** Adds the contextOwn and contextPrev weights of token i (2 <= i < n - 2) to raw. */
function addContext(
  sums: ContextSums,
  ctx: TokenContext,
  i: number,
  p1: number,
  p2: number,
  raw: Int32Array,
): void {
  const shape = ctx.shape;
  const rep = ctx.reporting;
  const mark = ctx.quotes.mark;
  const inside = ctx.quotes.inside[i];
  sums.addPrev(inside, ctx.sentence[i - 1] !== ctx.sentence[i] ? 1 : 0, p1, p2, raw);
  sums.addOwn(
    shape[i - 1],
    shape[i],
    shape[i + 1],
    rep[i - 1],
    rep[i],
    rep[i + 1],
    inside,
    mark[i - 1],
    mark[i + 1],
    ctx.paragraphStart[i],
    ctx.paragraphStart[i + 1],
    raw,
  );
}

/** Adds the previous-tag row of token i and the neighbour rows of the words around it. */
function addFormRows(sums: FormSums, rows: Int32Array, i: number, prev1: number, raw: Int32Array): void {
  sums.addRow(rows[i], sums.prevRow(prev1), raw);
  sums.addRow(rows[i - 1], sums.neighbourRow(0), raw);
  sums.addRow(rows[i + 1], sums.neighbourRow(1), raw);
  sums.addRow(rows[i - 2], sums.neighbourRow(2), raw);
  sums.addRow(rows[i + 2], sums.neighbourRow(3), raw);
}

/** scores = raw * the model's scale, as LinearModel.score computes them. */
function scaled(model: LinearModel, raw: Int32Array, scores: Float32Array): Float32Array {
  const scale = model.scale;
  for (let c = 0; c < scores.length; c++) scores[c] = raw[c] * scale;
  return scores;
}

/**
 * Greedy left-to-right cue tagging: returns tags (Tag.O, BCue, ICue) for every token. `bias` is
 * added to the score of starting a cue (tuned on dev data: above 0 trades precision for recall).
 */
export function tagCues(ctx: TokenContext, model: Scorer, learn?: Learner, bias = 0): Uint8Array {
  const n = ctx.doc.length;
  const tags = new Uint8Array(n);
  const features = new Uint32Array(MAX_FEATURES + 8);
  const scores = new Float32Array(model.nClasses);
  const raw = new Int32Array(model.nClasses);
  const form = sumsFor(ctx, model, SumKind.Cue, learn);
  const context = form ? contextSumsOf(model as LinearModel) : null;
  const groups = form ? cueGroupsOf(model as LinearModel) : null;
  const history: CueHistory = { tags, last: -1 };
  for (let i = 0; i < n; i++) {
    const p1 = i > 0 ? tags[i - 1] : Tag.O;
    const p2 = i > 1 ? tags[i - 2] : Tag.O;
    if (p1 === Tag.BCue || p1 === Tag.ICue) history.last = i - 1;
    if (cannotCue(ctx, i, p1)) continue;
    let count: number;
    if (form && form.around(i)) {
      // the form features as summed rows, the rest one by one: the same integer sums
      raw.fill(0);
      form.sums.addRow(form.rows[i], ctx.quotedBefore[i] * 2 + ctx.quotedAfter[i], raw);
      addFormRows(form.sums, form.rows, i, p1, raw);
      if (context) addContext(context, ctx, i, p1, p2, raw);
      if (groups) addCueGroups(groups, ctx, i, p1, history, raw);
      count = cueFeatures(ctx, i, p1, p2, features, history, true);
      const linear = model as LinearModel;
      scaled(linear, linear.addRaw(features, 0, count, raw, 0), scores);
    } else {
      count = cueFeatures(ctx, i, p1, p2, features, history);
      model.score(features, count, scores);
    }
    scores[1] += bias;
    const guess = best(scores, p1, CUE_CLASSES);
    if (learn) learn(features, count, guess, i, p1);
    tags[i] = CUE_CLASSES[guess];
  }
  return tags;
}

/** How far (tokens) from a cue the role tagger looks for sources and content outside quotes. */
const ROLE_REACH = 30;

function near(cue: number, i: number): boolean {
  return cue >= 0 && Math.abs(cue - i) <= ROLE_REACH;
}

/** Nearest cue tokens on each side of every token, from a tag sequence. */
export function cueNeighbours(ctx: TokenContext, tags: Uint8Array): CueNeighbours {
  const n = tags.length;
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const word = new Uint32Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    left[i] = last;
    if (tags[i] === Tag.BCue || tags[i] === Tag.ICue) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = last;
    if (tags[i] === Tag.BCue || tags[i] === Tag.ICue) last = i;
  }
  // The word of each cue: its first reporting word, else its first token.
  for (let i = 0; i < n; i++) {
    if (tags[i] !== Tag.BCue) continue;
    let end = i + 1;
    while (end < n && tags[end] === Tag.ICue) end++;
    let main = i;
    for (let j = i; j < end; j++) {
      if (ctx.reporting[j] !== 0) {
        main = j;
        break;
      }
    }
    for (let j = i; j < end; j++) word[j] = ctx.lower[main];
  }
  return { left, right, word };
}

/**
 * Greedy left-to-right source/content tagging around the given cue tags; cue tokens keep their
 * tags. Returns the full tag sequence.
 */
export function tagRoles(ctx: TokenContext, cueTags: Uint8Array, model: Scorer, learn?: Learner): Uint8Array {
  const n = ctx.doc.length;
  const tags = Uint8Array.from(cueTags);
  const cues = cueNeighbours(ctx, cueTags);
  const features = new Uint32Array(MAX_FEATURES + 8);
  const scores = new Float32Array(model.nClasses);
  const raw = new Int32Array(model.nClasses);
  const form = sumsFor(ctx, model, SumKind.Role, learn);
  const context = form ? contextSumsOf(model as LinearModel) : null;
  const groups = form ? roleGroupsOf(model as LinearModel) : null;
  for (let i = 0; i < n; i++) {
    if (cueTags[i] === Tag.BCue || cueTags[i] === Tag.ICue) continue;
    // Far from every cue and outside quotes: no source or content to find (saves most of the time).
    if (!ctx.quotes.inside[i] && !near(cues.left[i], i) && !near(cues.right[i], i)) continue;
    const p1 = i > 0 ? tags[i - 1] : Tag.O;
    const p2 = i > 1 ? tags[i - 2] : Tag.O;
    let count: number;
    if (form && form.around(i)) {
      // the cue flags of roleFeatures: a cue on that side in the same segment
      const sides = cueSides(ctx, i, cues);
      const sl = sideLeftSame(sides);
      const sr = sideRightSame(sides);
      raw.fill(0);
      form.sums.addRow(form.rows[i], ctx.quotes.inside[i] * 4 + sl * 2 + sr, raw);
      addFormRows(form.sums, form.rows, i, p1, raw);
      if (context) addContext(context, ctx, i, p1, p2, raw);
      if (groups) addRoleGroups(groups, ctx, i, p1, cues, raw);
      count = roleFeatures(ctx, i, p1, p2, cues, features, true);
      const linear = model as LinearModel;
      scaled(linear, linear.addRaw(features, 0, count, raw, 0), scores);
    } else {
      count = roleFeatures(ctx, i, p1, p2, cues, features);
      model.score(features, count, scores);
    }
    const guess = best(scores, p1, ROLE_CLASSES);
    if (learn) learn(features, count, guess, i, p1);
    tags[i] = ROLE_CLASSES[guess];
  }
  return tags;
}
