import { existsSync, readFileSync } from 'node:fs';
import { DossierError } from '../../errors/dossier-error.js';
import { loadClusters, type WordClusters } from '../clusters/word-clusters.js';
import type { LinearModel } from '../linear-model.js';
import { decodeModelFile, encodeModelFile, type ModelHeader } from '../model-file.js';
import { modelPath } from '../paths.js';
import {
  absentGroups,
  BUFFER_FEATURES,
  bufferFeatures,
  FEATURE_VERSION,
  MAX_FEATURES,
  stackFeatures,
} from './features.js';
import { ParserWeights } from './parser-weights.js';
import { SentenceCodes } from './sentence-codes.js';
import { LEFT, MOVE_COUNT, ParseState, RIGHT, ROOT_LABEL, SHIFT } from './transition-system.js';

/** The model file's kind. */
export const PARSER_KIND = 'dossier-parser';

/** A parse of one sentence: `heads[i]` is the head's index (i itself for the root), `deprels[i]` the relation. */
export interface ParseResult {
  heads: Int32Array;
  deprels: string[];
}

/**
 * A greedy arc-hybrid dependency parser over three linear models: the move classifier (SHIFT,
 * LEFT, RIGHT) and one relation classifier per arc direction, all over the same state features.
 * One instance parses one sentence at a time and reuses its buffers.
 */
export class Parser {
  readonly moves: LinearModel;
  readonly leftLabels: LinearModel;
  readonly rightLabels: LinearModel;
  /** Relation names by class id ("root" is not among them: it is given to the root arc only). */
  readonly labels: string[];
  /** Facts recorded at training time (data, epochs, dev scores). */
  readonly info: Record<string, unknown>;
  /** The word classes its features read (models/clusters.bin for the shipped parser). */
  readonly clusters: WordClusters;
  private readonly state = new ParseState();
  private readonly codes: SentenceCodes;
  private readonly features = new Uint32Array(MAX_FEATURES);
  private readonly weights: ParserWeights;
  private readonly moveScores = new Int32Array(MOVE_COUNT);
  private readonly bufferScores = new Int32Array(MOVE_COUNT);
  private readonly bufferFeatures = new Uint32Array(BUFFER_FEATURES);
  private readonly labelScores: Int32Array;

  constructor(
    moves: LinearModel,
    leftLabels: LinearModel,
    rightLabels: LinearModel,
    labels: string[],
    info: Record<string, unknown> = {},
    clusters: WordClusters = loadClusters(),
  ) {
    this.moves = moves;
    this.leftLabels = leftLabels;
    this.rightLabels = rightLabels;
    this.labels = labels;
    this.info = info;
    this.clusters = clusters;
    this.codes = new SentenceCodes(clusters);
    this.weights = new ParserWeights(moves, leftLabels, rightLabels);
    this.labelScores = new Int32Array(labels.length);
  }

  /** Parses a sentence from its words and their tags (Penn XPOS, as the model was trained). */
  parse(words: readonly string[], tags: readonly string[]): ParseResult {
    this.codes.fill(words, tags);
    return this.result(this.run(this.codes));
  }

  /** Parses a sentence already turned into codes; the returned state is reused by the next call. */
  run(codes: SentenceCodes): ParseState {
    const state = this.state.reset(codes.n);
    const features = this.features;
    const weights = this.weights;
    const scores = this.moveScores;
    const buffer = this.bufferScores;
    // The buffer's features (bufferFeatures) are scored once per b0, and their slots kept first
    // in the weights' found list: `b0` is the b0 they were scored for, `kept` how many were found.
    let b0 = -1;
    let kept = 0;
    weights.checkAbsent(codes);
    while (!state.isTerminal()) {
      // Forced moves need no scores (about one state in nine): SHIFT onto an empty stack, and the
      // last word's arc to the root, which takes the root relation.
      if (state.depth === 0) {
        state.apply(SHIFT, 0);
        continue;
      }
      if (state.depth === 1 && state.b0 === state.n) {
        state.apply(LEFT, 0);
        continue;
      }
      if (state.b0 !== b0) {
        b0 = state.b0;
        weights.scoreMoves(this.bufferFeatures, bufferFeatures(state, codes, this.bufferFeatures), buffer);
        weights.markBuffer();
        kept = weights.found;
      }
      // The features of the groups whose position is absent (s2, children) are the same ids in
      // every state with those groups absent: their sums are built once per combination.
      const absent = absentGroups(state);
      if (!weights.hasAbsent(absent)) {
        weights.buildAbsent(absent, features, stackFeatures(state, codes, features, 0, absent, true));
      }
      scores.set(buffer);
      weights.scoreMoves(features, stackFeatures(state, codes, features, 0, absent), scores, kept);
      weights.addAbsent(absent, scores);
      let move = -1;
      for (let m = 0; m < MOVE_COUNT; m++) {
        if (state.isValid(m) && (move < 0 || scores[m] > scores[move])) move = m;
      }
      let label = 0;
      if (move === RIGHT || (move === LEFT && state.b0 < state.n)) {
        label = this.bestLabel(move, absent);
      }
      state.apply(move, label);
    }
    return state;
  }

  /** The best relation for an arc made by this move, from the features of the last scored state. */
  private bestLabel(move: number, absent: number): number {
    const scores = this.labelScores;
    this.weights.scoreLabels(move, scores, absent);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return best;
  }

  /** Converts a finished state into heads (root = itself) and relation names. */
  result(state: ParseState): ParseResult {
    const n = state.n;
    const heads = new Int32Array(n);
    const deprels: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const h = state.heads[i];
      heads[i] = h === n ? i : h;
      const label = state.labels[i];
      deprels[i] = label === ROOT_LABEL ? 'root' : (this.labels[label] ?? 'dep');
    }
    return { heads, deprels };
  }

  /** The model file bytes. */
  encode(): Uint8Array {
    const header: ModelHeader = {
      kind: PARSER_KIND,
      featureVersion: FEATURE_VERSION,
      labels: this.labels,
      moves: ['SHIFT', 'LEFT', 'RIGHT'],
      clusters: this.clusters.checksum,
      info: this.info,
    };
    return encodeModelFile(header, [this.moves, this.leftLabels, this.rightLabels]);
  }

  /**
   * Reads a parser from model file bytes; `name` is used in errors. A model of another feature
   * version, or trained with other word classes than `clusters` (by default the shipped table), is
   * refused.
   */
  static decode(bytes: Uint8Array, name = 'parser.bin', clusters: WordClusters = loadClusters()): Parser {
    const { header, models } = decodeModelFile(bytes, name);
    if (header.kind !== PARSER_KIND || header.featureVersion !== FEATURE_VERSION || models.length !== 3) {
      throw new DossierError('MODEL_INVALID', 'the file is not a parser model of this version', {
        file: name,
        expected: `${PARSER_KIND} with feature version ${FEATURE_VERSION}`,
        found: `${String(header.kind)} with feature version ${String(header.featureVersion)}`,
      });
    }
    if (header.clusters !== clusters.checksum) {
      throw new DossierError('MODEL_INVALID', 'the parser was trained with other word classes', {
        file: name,
        expected: `word classes with checksum ${clusters.checksum} (models/clusters.bin)`,
        found: String(header.clusters),
      });
    }
    const labels = header.labels as string[];
    const info = (header.info ?? {}) as Record<string, unknown>;
    return new Parser(models[0], models[1], models[2], labels, info, clusters);
  }
}

/** File name of the shipped parser under models/. */
export const PARSER_FILE = 'parser.bin';

let shipped: Parser | undefined;

/** The shipped parser (models/parser.bin), loaded once per process. */
export function loadParser(): Parser {
  if (shipped) return shipped;
  const file = modelPath(PARSER_FILE);
  if (!existsSync(file)) {
    throw new DossierError('MODEL_INVALID', 'the parser model is missing', {
      file,
      expected: 'a model built by `npm run train -- parser`',
    });
  }
  shipped = Parser.decode(readFileSync(file), PARSER_FILE);
  return shipped;
}

/** Parses one sentence with the shipped parser. */
export function parse(words: readonly string[], tags: readonly string[]): ParseResult {
  return loadParser().parse(words, tags);
}

/** Parses one sentence for CoNLL-U output: 1-based heads, 0 for the root (the `predict ud` hook). */
export function parseUd(words: string[], _upos: string[], xpos: string[]): ParseResult {
  const { heads, deprels } = parse(words, xpos);
  for (let i = 0; i < heads.length; i++) heads[i] = heads[i] === i ? 0 : heads[i] + 1;
  return { heads, deprels };
}
