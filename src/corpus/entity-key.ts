import { foldedWords } from './fold.js';

/** Words that precede a person's name as a title or honorific ("Turkish President ...", "Dr"). */
const TITLE_WORDS = new Set(
  (
    'president prime minister premier chancellor mr mrs ms miss dr prof professor gen general lt col colonel ' +
    'maj major capt captain adm admiral sgt sen senator rep representative gov governor mayor king queen ' +
    'prince princess sheikh emir sultan ayatollah imam pope rev reverend sir dame lord lady judge justice ' +
    'secretary spokesman spokeswoman spokesperson ambassador envoy director chief head leader commander ' +
    'chairman chairwoman chair deputy vice former acting foreign defence defense interior finance state ' +
    'health economy opposition party minister-president president-elect'
  ).split(' '),
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'in', 'on', 'la', 'le', 'al', 'el', '&']);

/** Entity types whose names are compared together (a GPE in one article may be a LOC in another). */
export function typeGroup(type: string): string {
  return type === 'GPE' || type === 'LOC' ? 'PLACE' : type;
}

/**
 * The folded words of an entity's name with titles stripped: "Turkish President Recep Tayyip
 * Erdoğan" → ["recep", "tayyip", "erdogan"]. Only persons lose titles; "The" goes from any name.
 */
export function nameWords(name: string, type: string): string[] {
  let words = foldedWords(name);
  if (type === 'PERSON') {
    // everything up to the last title word before the name itself ("Turkish President")
    let cut = -1;
    for (let i = 0; i < words.length - 1; i++) if (TITLE_WORDS.has(words[i])) cut = i;
    words = words.slice(cut + 1);
    while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words = words.slice(0, -1);
  } else if (words.length > 1 && words[0] === 'the') words = words.slice(1);
  return words;
}

/** The key entities are linked by: the name's folded words, titles stripped. */
export function entityKey(name: string, type: string): string {
  return nameWords(name, type).join(' ');
}

/** The initials of an organisation's name ("National Intelligence Organization" → "nio"), or null. */
export function acronymOf(name: string): string | null {
  const words = foldedWords(name).filter((w) => !ACRONYM_SKIP.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/**
 * True when two person names (folded words, same surname) may be one person: one is the surname
 * alone, or the given names agree (equal, one an initial of the other, or one's a subset).
 */
export function sameGivenNames(a: string[], b: string[]): boolean {
  if (a.length === 1 || b.length === 1) return true;
  const ga = a.slice(0, -1);
  const gb = b.slice(0, -1);
  const match = (x: string, y: string) =>
    x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  if (!match(ga[0], gb[0])) return false;
  const [short, long] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
  return short.every((w) => long.some((v) => match(w, v)));
}
