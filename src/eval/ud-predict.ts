import { parseUd } from '../models/parser/parser.js';
import { loadTagger, type Tagger } from '../models/tagger/tagger.js';
import { parseConllu, type ConlluSentence } from './conllu.js';
import { scoreUd, type UdScores } from './ud-eval.js';

/** A dependency analysis of one sentence: 1-based heads (0 = root) and relations, one per word. */
export interface UdParse {
  heads: ArrayLike<number>;
  deprels: string[];
}

/** Parses one sentence given its words and predicted tags. */
export type UdParser = (words: string[], upos: string[], xpos: string[]) => UdParse;

/** The parser that fills HEAD and DEPREL: the shipped dependency parser (models/parser.bin). */
export const defaultUdParser: UdParser | undefined = parseUd;

/** What predicts the UD columns: the tagger and, when there is one, the parser. */
export interface UdPredictor {
  tagger: Tagger;
  parser?: UdParser;
}

function defaultPredictor(): UdPredictor {
  return { tagger: loadTagger(), parser: defaultUdParser };
}

/** Predicts UPOS and XPOS (and HEAD/DEPREL with a parser) from each sentence's FORM column only. */
export function predictUdSentences(
  sentences: ConlluSentence[],
  predictor: UdPredictor = defaultPredictor(),
): ConlluSentence[] {
  let classes = new Uint16Array(64);
  return sentences.map((sentence) => {
    const words = sentence.words.map((w) => w.form);
    if (classes.length < words.length) classes = new Uint16Array(words.length * 2);
    predictor.tagger.tag(words, classes);
    const upos = words.map((_, i) => predictor.tagger.upos[classes[i]]);
    const xpos = words.map((_, i) => predictor.tagger.xpos[classes[i]]);
    const parse = predictor.parser?.(words, upos, xpos);
    return {
      ...sentence,
      words: sentence.words.map((w, i) => ({
        ...w,
        upos: upos[i],
        xpos: xpos[i],
        ...(parse ? { head: parse.heads[i], deprel: parse.deprels[i] } : {}),
      })),
    };
  });
}

/**
 * `predict ud` on CoNLL-U text: the same text with UPOS and XPOS (and HEAD, DEPREL when parsed)
 * replaced on every word line; comments, multiword tokens and empty nodes pass through untouched.
 */
export function predictUdText(source: string, file = '<conllu>', predictor?: UdPredictor): string {
  const predicted = predictUdSentences(parseConllu(source, file), predictor);
  const parsed = predictor ? predictor.parser !== undefined : defaultUdParser !== undefined;
  const lines = source.split(/\r?\n/);
  let s = 0;
  let w = 0;
  let inSentence = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.trim() === '') {
      if (inSentence) s++;
      inSentence = false;
      w = 0;
      continue;
    }
    inSentence = true;
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!/^[0-9]+$/.test(cols[0])) continue;
    const word = predicted[s].words[w++];
    cols[3] = word.upos;
    cols[4] = word.xpos;
    if (parsed) {
      cols[6] = String(word.head);
      cols[7] = word.deprel;
    }
    lines[k] = cols.join('\t');
  }
  return lines.join('\n');
}

/** The input side of gold sentences: FORM kept, the predicted columns emptied. */
export function blindUd(sentences: ConlluSentence[]): ConlluSentence[] {
  return sentences.map((sentence) => ({
    ...sentence,
    words: sentence.words.map((w) => ({
      ...w,
      lemma: '_',
      upos: '_',
      xpos: '_',
      feats: '_',
      head: -1,
      deprel: '_',
      deps: '_',
    })),
  }));
}

/** `eval ud`: predicts on the gold file's words (gold columns hidden) and scores the result. */
export function evaluateUd(gold: ConlluSentence[], file = '<conllu>', predictor?: UdPredictor): UdScores {
  return scoreUd(gold, predictUdSentences(blindUd(gold), predictor), file);
}
