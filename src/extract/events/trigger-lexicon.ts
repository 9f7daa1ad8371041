import { IRREGULAR_VERBS, NOUN_TRIGGERS, VERB_TRIGGERS } from './trigger-words.js';
import { inflectNoun, inflectVerb, wordHash } from './word-hash.js';

/** What a trigger word or phrase codes: PLOVER type, mode and context. */
export interface TriggerSense {
  type: string;
  mode?: string;
  context?: string;
}

/** One lexicon entry keyed by its first word: the hashes each later word may take. */
export interface TriggerEntry extends TriggerSense {
  /** 'v' for verbs (the tagger must say VERB), 'n' for event nouns. */
  pos: 'v' | 'n';
  /** Allowed hashes of the 2nd, 3rd... words (each a set of inflected forms). */
  rest: Set<number>[];
  /** The entry as listed, for debugging and tests. */
  phrase: string;
}

function parseGroups(block: string): { sense: TriggerSense; phrases: string[] }[] {
  const out: { sense: TriggerSense; phrases: string[] }[] = [];
  for (const line of block.split('\n')) {
    const bar = line.indexOf('|');
    if (bar < 0) continue;
    const [type, mode, context] = line.slice(0, bar).trim().split(/\s+/);
    const sense: TriggerSense = { type };
    if (mode && mode !== '-') sense.mode = mode;
    if (context && context !== '-') sense.context = context;
    const phrases = line
      .slice(bar + 1)
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    out.push({ sense, phrases });
  }
  return out;
}

function irregularForms(): Map<string, string[]> {
  const byBase = new Map<string, string[]>();
  for (const pair of IRREGULAR_VERBS.split(/[|\n]/)) {
    const [form, base] = pair.trim().split(/\s+/);
    if (!base) continue;
    byBase.set(base, [...(byBase.get(base) ?? []), form]);
  }
  return byBase;
}

function build(): Map<number, TriggerEntry[]> {
  const lexicon = new Map<number, TriggerEntry[]>();
  const irregular = irregularForms();
  const add = (first: string[], rest: Set<number>[], entry: Omit<TriggerEntry, 'rest'>): void => {
    for (const form of new Set(first)) {
      const key = wordHash(form);
      const list = lexicon.get(key) ?? [];
      // the first listing of a phrase wins: groups are ordered from specific to general
      if (list.some((e) => e.pos === entry.pos && e.phrase === entry.phrase)) continue;
      list.push({ ...entry, rest });
      lexicon.set(key, list);
    }
  };
  for (const { sense, phrases } of parseGroups(VERB_TRIGGERS)) {
    for (const phrase of phrases) {
      const [head, ...tail] = phrase.split(' ');
      const forms = [...inflectVerb(head), ...(irregular.get(head) ?? [])];
      const rest = tail.map((w) => new Set(inflectNoun(w).map(wordHash)));
      add(forms, rest, { ...sense, pos: 'v', phrase });
    }
  }
  for (const { sense, phrases } of parseGroups(NOUN_TRIGGERS)) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const last = words.length - 1;
      const forms = words.map((w, k) => (k === last ? inflectNoun(w) : [w]));
      add(
        forms[0],
        forms.slice(1).map((f) => new Set(f.map(wordHash))),
        { ...sense, pos: 'n', phrase },
      );
    }
  }
  // longest phrases first, so "hunger strike" is tried before "strike"
  for (const list of lexicon.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return lexicon;
}

/** Trigger entries by the hash of their first word (lower-case, any inflection). */
export const TRIGGERS: ReadonlyMap<number, TriggerEntry[]> = build();
