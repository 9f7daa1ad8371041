import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildClusters } from '../clusters/build-clusters.js';
import { loadClusters } from '../clusters/word-clusters.js';
import { encodeModelFile } from '../model-file.js';
import {
  absentGroups,
  ABSENT_S1,
  ABSENT_S2,
  bufferFeatures,
  extractFeatures,
  FEATURE_VERSION,
  MAX_FEATURES,
  stackFeatures,
} from './features.js';
import { loadParser, Parser, PARSER_KIND } from './parser.js';
import { hashLower, SentenceCodes } from './sentence-codes.js';
import { trainParser, type TreebankSentence } from './train-parser.js';
import { LEFT, MOVE_COUNT, ParseState, RIGHT, SHIFT } from './transition-system.js';

/** Three tiny sentences with UD trees (heads by index, -1 for the root). */
const TOY: TreebankSentence[] = [
  {
    words: ['The', 'cat', 'sat', 'on', 'the', 'mat', '.'],
    tags: ['DT', 'NN', 'VBD', 'IN', 'DT', 'NN', '.'],
    heads: [1, 2, -1, 5, 5, 2, 2],
    deprels: ['det', 'nsubj', 'root', 'case', 'det', 'obl', 'punct'],
  },
  {
    words: ['Dogs', 'chase', 'cats', '.'],
    tags: ['NNS', 'VBP', 'NNS', '.'],
    heads: [1, -1, 1, 1],
    deprels: ['nsubj', 'root', 'obj', 'punct'],
  },
  {
    words: ['Her', 'brother', 'met', 'the', 'leaders', 'on', 'Sunday', '.'],
    tags: ['PRP$', 'NN', 'VBD', 'DT', 'NNS', 'IN', 'NNP', '.'],
    heads: [1, 2, -1, 4, 2, 6, 2, 2],
    deprels: ['nmod:poss', 'nsubj', 'root', 'det', 'obj', 'case', 'obl:tmod', 'punct'],
  },
];

function features(words: string[], tags: string[], shifts: number): number[] {
  const codes = new SentenceCodes().fill(words, tags);
  const state = new ParseState(words.length);
  for (let k = 0; k < shifts; k++) state.apply(SHIFT, 0);
  const out = new Uint32Array(MAX_FEATURES);
  return [...out.subarray(0, extractFeatures(state, codes, out))];
}

test('words are hashed case-insensitively, from a string or a range of a text', () => {
  assert.equal(hashLower('Gaza'), hashLower('GAZA'));
  assert.equal(hashLower('in Gaza today', 3, 7), hashLower('gaza'));
  assert.notEqual(hashLower('Gaza'), hashLower('Gazb'));
});

test('feature extraction is deterministic, bounded, and sees the words and tags', () => {
  const a = features(['Dogs', 'chase', 'cats'], ['NNS', 'VBP', 'NNS'], 1);
  assert.ok(a.length > 50 && a.length <= MAX_FEATURES);
  assert.deepEqual(features(['Dogs', 'chase', 'cats'], ['NNS', 'VBP', 'NNS'], 1), a);
  assert.ok(a.every((f) => f >= 0 && f < 2 ** 30), 'feature ids are 30-bit');
  const otherWord = features(['Cows', 'chase', 'cats'], ['NNS', 'VBP', 'NNS'], 1);
  const otherTag = features(['Dogs', 'chase', 'cats'], ['NN', 'VBP', 'NNS'], 1);
  assert.notDeepEqual(otherWord, a);
  assert.notDeepEqual(otherTag, a);
  // Features that read neither s0's word nor tag stay the same (the bias, the buffer's).
  assert.ok(otherWord.filter((f) => a.includes(f)).length >= 10);
});

test('a parser trained on a toy treebank parses it back, and survives a save/load round trip', () => {
  const parser = trainParser(TOY, { epochs: 10, seed: 3 });
  for (const s of TOY) {
    const { heads, deprels } = parser.parse(s.words, s.tags);
    assert.deepEqual([...heads], s.heads.map((h, i) => (h < 0 ? i : h)), s.words.join(' '));
    assert.deepEqual(deprels, s.deprels);
  }
  const loaded = Parser.decode(parser.encode());
  assert.deepEqual(loaded.labels, parser.labels);
  for (const s of TOY) assert.deepEqual(loaded.parse(s.words, s.tags), parser.parse(s.words, s.tags));
});

test('training is reproducible: the same data and seed give the same model bytes', () => {
  const a = trainParser(TOY, { epochs: 3, seed: 5 }).encode();
  const b = trainParser(TOY, { epochs: 3, seed: 5 }).encode();
  assert.deepEqual(a, b);
});

test('a corrupt model file is refused with MODEL_INVALID', () => {
  assert.throws(() => Parser.decode(new Uint8Array([1, 2, 3, 4])), { code: 'MODEL_INVALID' });
});

test('a model of an older feature version is refused with MODEL_INVALID', () => {
  const parser = trainParser(TOY, { epochs: 1 });
  const header = { kind: PARSER_KIND, featureVersion: FEATURE_VERSION - 1, labels: parser.labels };
  const old = encodeModelFile(
    { ...header, clusters: loadClusters().checksum },
    [parser.moves, parser.leftLabels, parser.rightLabels],
  );
  assert.throws(() => Parser.decode(old, 'old.bin'), { code: 'MODEL_INVALID' });
});

test('a parser trained with other word classes is refused, and loads with its own', () => {
  const other = buildClusters([['the', 'cat', 'the', 'dog']], { minCount: 1, branching: [2, 2, 2] });
  const parser = trainParser(TOY, { epochs: 2, clusters: other });
  assert.throws(() => Parser.decode(parser.encode(), 'other.bin'), { code: 'MODEL_INVALID' });
  const loaded = Parser.decode(parser.encode(), 'other.bin', other);
  assert.equal(loaded.clusters, other);
  assert.deepEqual(loaded.parse(TOY[1].words, TOY[1].tags), parser.parse(TOY[1].words, TOY[1].tags));
});

test('word classes reach the features: words of one class share the class features', () => {
  const codes = new SentenceCodes().fill(['Monday', 'Tuesday', 'xqzv'], ['NNP', 'NNP', 'NN']);
  assert.equal(codes.cluster[0], codes.cluster[1]);
  assert.notEqual(codes.cluster[0], codes.cluster[2]);
});

test('the state features are the buffer features, the same for every state with one b0, then the stack features', () => {
  const sentence = TOY[2];
  const codes = new SentenceCodes().fill(sentence.words, sentence.tags);
  const state = new ParseState(sentence.words.length);
  const out = new Uint32Array(MAX_FEATURES);
  const byB0 = new Map<number, string>();
  let step = 0;
  while (!state.isTerminal()) {
    const all = [...out.subarray(0, extractFeatures(state, codes, out))];
    const buffer = [...out.subarray(0, bufferFeatures(state, codes, out))];
    const rest = [...out.subarray(0, stackFeatures(state, codes, out))];
    assert.deepEqual(all, [...buffer, ...rest]);
    // what the parser scores once per b0 must not depend on the stack
    const seen = byB0.get(state.b0);
    if (seen !== undefined) assert.equal(buffer.join(','), seen);
    byB0.set(state.b0, buffer.join(','));
    // a fixed mix of moves, so that stacks, children and arcs of both directions are seen
    const order = step % 3 === 0 ? [SHIFT, LEFT, RIGHT] : step % 3 === 1 ? [RIGHT, SHIFT, LEFT] : [LEFT, RIGHT, SHIFT];
    state.apply(order.find((m) => state.isValid(m))!, step % 5);
    step++;
  }
  assert.ok(step > sentence.words.length);
});

test('the absent groups split the stack features: their features are the same ids in every state with them absent', () => {
  const out = new Uint32Array(MAX_FEATURES);
  const byMask = new Map<number, string>();
  let masks = 0;
  for (const sentence of [...TOY, { words: ['Who', 'said', 'so', '?'], tags: ['WP', 'VBD', 'RB', '.'] }]) {
    const codes = new SentenceCodes().fill(sentence.words, sentence.tags);
    const state = new ParseState(sentence.words.length);
    let step = 0;
    while (!state.isTerminal()) {
      if (state.depth > 0) {
        const absent = absentGroups(state);
        if (state.depth === 1) assert.equal(absent & (ABSENT_S1 | ABSENT_S2), ABSENT_S1 | ABSENT_S2);
        const all = [...out.subarray(0, stackFeatures(state, codes, out))];
        const kept = [...out.subarray(0, stackFeatures(state, codes, out, 0, absent))];
        const group = [...out.subarray(0, stackFeatures(state, codes, out, 0, absent, true))];
        // the kept features keep their order; with the group's they are all the features
        assert.deepEqual(
          kept,
          all.filter((f) => !group.includes(f)),
        );
        assert.deepEqual([...kept, ...group].sort(), [...all].sort());
        const seen = byMask.get(absent);
        if (seen === undefined) masks++;
        else assert.equal(group.join(','), seen, `mask ${absent}`);
        byMask.set(absent, group.join(','));
      }
      const order = step % 3 === 0 ? [SHIFT, LEFT, RIGHT] : step % 3 === 1 ? [RIGHT, SHIFT, LEFT] : [LEFT, RIGHT, SHIFT];
      state.apply(order.find((m) => state.isValid(m))!, step % 5);
      step++;
    }
  }
  assert.ok(masks >= 5, `${masks} combinations seen`);
});

/**
 * The reference parse: every state's features scored by the three models' own lookups, one call
 * each (none of the parser's shortcuts); returns the finished state.
 */
function referenceParse(parser: Parser, codes: SentenceCodes): ParseState {
  const out = new Uint32Array(MAX_FEATURES);
  const moves = new Int32Array(MOVE_COUNT);
  const relations = new Int32Array(parser.labels.length);
  const best = (scores: Int32Array, ok: (c: number) => boolean) => {
    let b = -1;
    for (let c = 0; c < scores.length; c++) if (ok(c) && (b < 0 || scores[c] > scores[b])) b = c;
    return b;
  };
  const state = new ParseState(codes.n);
  while (!state.isTerminal()) {
    if (state.depth === 0) {
      state.apply(SHIFT, 0);
      continue;
    }
    if (state.depth === 1 && state.b0 === state.n) {
      state.apply(LEFT, 0);
      continue;
    }
    const n = extractFeatures(state, codes, out);
    const move = best(parser.moves.scoreRaw(out, n, moves), (m) => state.isValid(m));
    let label = 0;
    if (move === RIGHT || (move === LEFT && state.b0 < state.n)) {
      label = best((move === LEFT ? parser.leftLabels : parser.rightLabels).scoreRaw(out, n, relations), () => true);
    }
    state.apply(move, label);
  }
  return state;
}

function assertSameParse(parser: Parser, words: string[], tags: string[]): void {
  const codes = new SentenceCodes(parser.clusters).fill(words, tags);
  const state = referenceParse(parser, codes);
  const parsed = parser.run(codes);
  const n = words.length;
  assert.deepEqual(parsed.heads.subarray(0, n), state.heads.subarray(0, n), words.join(' '));
  assert.deepEqual(parsed.labels.subarray(0, n), state.labels.subarray(0, n), words.join(' '));
}

test('the parser chooses the moves and relations that the three models score highest', () => {
  const parser = trainParser(TOY, { epochs: 4 });
  for (const sentence of [...TOY, { words: ['The', 'dog', 'met', 'her', 'brother', '.'], tags: ['DT', 'NN', 'VBD', 'PRP$', 'NN', '.'] }]) {
    assertSameParse(parser, sentence.words, sentence.tags);
  }
});

test('the shipped parser too: its parses are those of the models scored plainly', () => {
  const parser = loadParser();
  const sentences: [string, string][] = [
    [
      'Ibrahim Kalın , the head of the National Intelligence Organization , met senior Hamas leaders in Ankara on Sunday , officials said .',
      'NNP NNP , DT NN IN DT NNP NNP NNP , VBD JJ NNP NNS IN NNP IN NNP , NNS VBD .',
    ],
    [
      'The talks , which were held behind closed doors , did not produce an agreement that both sides could accept .',
      'DT NNS , WDT VBD VBN IN JJ NNS , VBD RB VB DT NN WDT DT NNS MD VB .',
    ],
    ['Stocks fell sharply on Monday as investors worried about rising interest rates and slowing growth in China .', 'NNS VBD RB IN NNP IN NNS VBD IN VBG NN NNS CC VBG NN IN NNP .'],
    ['Yes .', 'UH .'],
  ];
  for (const [words, tags] of sentences) assertSameParse(parser, words.split(' '), tags.split(' '));
});
