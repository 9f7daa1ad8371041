import type { ConlluSentence } from './conllu.js';
import { rebuildDocuments } from './conllu-text.js';

/** One gold mention: its character span, the spans of its minimal words (its head), its entity and type. */
export interface GoldMention {
  start: number;
  end: number;
  /** Character spans of the mention's minimal-span words ("minspan"), its head for matching. */
  heads: [number, number][];
  entity: string;
  etype: string;
}

/** One document: its rebuilt text and its gold mentions. */
export interface CorefDocument {
  id: string;
  text: string;
  mentions: GoldMention[];
}

interface Open {
  entity: string;
  etype: string;
  minspan: number[];
  firstWord: number;
}

/**
 * Reads the coreference brackets of a CoNLL-U file's MISC column (GUM's `Entity=`): "(12-person-…"
 * opens a mention of entity 12, "12)" closes it, "(12-person-…)" is a one-word mention. The
 * fields follow `# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity`:
 * the second is the type, the sixth the minimal span (word positions in the mention, from 1).
 */
export function readCorefDocuments(sentences: ConlluSentence[], file = '<conllu>'): CorefDocument[] {
  const documents = rebuildDocuments(sentences, file);
  const out: CorefDocument[] = [];
  let d = -1;
  let word = 0;
  let open: Open[] = [];
  let doc: CorefDocument | undefined;
  for (const sentence of sentences) {
    if (d < 0 || sentence.newdoc) {
      d++;
      word = 0;
      open = [];
      const id =
        sentence.comments
          .find((c) => c.startsWith('newdoc id'))
          ?.split('=')[1]
          ?.trim() ?? `doc${d + 1}`;
      doc = { id, text: documents[d].text, mentions: [] };
      out.push(doc);
    }
    const gold = documents[d];
    for (const w of sentence.words) {
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(w.misc)?.[1];
      if (entity) readBrackets(entity, word, open, gold.wordStarts, gold.wordEnds, doc!);
      word++;
    }
  }
  return out;
}

function readBrackets(
  value: string,
  word: number,
  open: Open[],
  starts: number[],
  ends: number[],
  doc: CorefDocument,
): void {
  let k = 0;
  while (k < value.length) {
    if (value[k] === '(') {
      let j = k + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const fields = value.slice(k + 1, j).split('-');
      const mention: Open = {
        entity: fields[0],
        etype: fields[1] ?? '',
        minspan: (fields[5] ?? '')
          .split(',')
          .map(Number)
          .filter((n) => n > 0),
        firstWord: word,
      };
      if (value[j] === ')') {
        close(mention, word, starts, ends, doc);
        j++;
      } else open.push(mention);
      k = j;
    } else {
      let j = k;
      while (j < value.length && value[j] !== ')') j++;
      const entity = value.slice(k, j);
      for (let o = open.length - 1; o >= 0; o--) {
        if (open[o].entity === entity) {
          close(open[o], word, starts, ends, doc);
          open.splice(o, 1);
          break;
        }
      }
      k = j + 1;
    }
  }
}

function close(mention: Open, lastWord: number, starts: number[], ends: number[], doc: CorefDocument): void {
  const heads: [number, number][] = [];
  for (const position of mention.minspan.length ? mention.minspan : [lastWord - mention.firstWord + 1]) {
    const w = mention.firstWord + position - 1;
    if (w <= lastWord) heads.push([starts[w], ends[w]]);
  }
  doc.mentions.push({
    start: starts[mention.firstWord],
    end: ends[lastWord],
    heads,
    entity: mention.entity,
    etype: mention.etype,
  });
}
