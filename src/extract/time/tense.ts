import type { Tense } from './time-expression.js';

/** Tells the tense of the clause around a character span. */
export type TenseAt = (start: number, end: number) => Tense;

/** A verb cue: where it is and which tense it marks. */
export interface TenseCue {
  start: number;
  tense: Exclude<Tense, null>;
}

// Future cues include plans and schedules reported in the past ("planned a rally on Saturday").
const FUTURE = new Set(
  (
    "will 'll ’ll shall wo won't won’t tomorrow would plans planned planning plan scheduled expect expected expects " +
    'due intends intend intended upcoming soon might ahead postponed'
  ).split(' '),
);
const PRESENT = new Set(['is', 'are', 'am', 'says', 'say', 'has', 'have', 'does', 'do']);
const PAST = new Set(
  (
    'was were had did said told met came went saw took gave made began began won lost held left got ' +
    'found became brought thought knew ran fell rose sent spent struck stood sold bought paid kept ' +
    'led met put set cut hit quit shut spoke wrote broke chose drove flew grew threw wore ' +
    'agreed announced reported voiced sought fought caught taught heard felt meant drew withdrew swore ' +
    'upheld overtook since'
  ).split(' '),
);
// Words ending in -ed that are not past-tense verbs.
const NOT_PAST = new Set([
  'need',
  'speed',
  'bed',
  'red',
  'hundred',
  'seed',
  'feed',
  'indeed',
  'shed',
  'breed',
  'proceed',
  'exceed',
  'succeed',
  'united',
  'limited',
  'based',
  'related',
]);

/** The tense a single word marks, if any (word cues used when the Doc has no part-of-speech tags). */
export function wordTense(word: string): Exclude<Tense, null> | null {
  const w = word.toLowerCase();
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return 'past';
  return null;
}

/** The tense of the cue nearest to a span among the cues of its sentence (cues sorted by start). */
export function nearestCue(cues: TenseCue[], start: number, end: number): Tense {
  let best: Tense = null;
  let bestDistance = Infinity;
  for (const cue of cues) {
    const distance = cue.start < start ? start - cue.start : cue.start - end;
    // A cue before the expression binds a little more tightly than one after it ("met on Sunday").
    const weighted = cue.start < start ? distance : distance * 1.5;
    if (weighted < bestDistance) {
      bestDistance = weighted;
      best = cue.tense;
    }
  }
  return best;
}

const SENTENCE_END = /[.!?\n]/;

// Abbreviations whose period sits inside a sentence: titles before a name ("met Mr. Smith on Friday") and
// "vs." ("the Roe vs. Wade decision").
const INNER_ABBREVIATION =
  /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|vs|Messrs)$/;

/** True when text[i] ends a sentence: a stop followed by space, not the period of "a.m.", "U.S." or "Mr.". */
function endsSentence(text: string, i: number): boolean {
  if (!SENTENCE_END.test(text[i] ?? '') || !/\s|^$/.test(text[i + 1] ?? '')) return false;
  if (text[i] !== '.') return true;
  const before = text.slice(Math.max(0, i - 7), i);
  return !/(?:^|[^A-Za-z])[A-Za-z]$/.test(before) && !INNER_ABBREVIATION.test(before);
}

// Words after which an -ed word is an adjective, not a verb ("the stated aim", "a still unspecified date").
const DETERMINER = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'still', 'very', 'newly']);
// Present forms of "be" before a participle ("is set", "are closed").
const PRESENT_BE = new Set(['is', 'are', 'am']);
// Auxiliaries whose own tense gives way to a future word right after them ("were planning", "is expected").
const AUXILIARY = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);

/** The tense a word marks in its context: `previous` and `next` are the words around it (lower case). */
export function wordTenseInContext(
  word: string,
  previous: string,
  next: string,
): Exclude<Tense, null> | null {
  const w = word.toLowerCase();
  // "plan" and "plans" are nouns as often as verbs: a plan marks the future only as "plans to".
  if ((w === 'plan' || w === 'plans') && next !== 'to') return null;
  // "set to resume Monday", "the vote is set for Thursday": scheduled.
  if (w === 'set' && (next === 'to' || next === 'for')) return 'future';
  // "is scheduled", "are expected", "is closed": a participle after a present auxiliary is no past event; the
  // auxiliary before it gives the tense.
  if (PRESENT_BE.has(previous) && wordTense(w) === 'past') return null;
  if (AUXILIARY.has(w) && wordTense(next) === 'future') return null;
  const tense = wordTense(w);
  // "a planned flight", "the expected result": a participle after a determiner describes a noun
  // and marks no tense ("crashed … just after noon on Sunday … on a planned flight" is past)
  if (tense === 'future' && w.endsWith('ed') && DETERMINER.has(previous)) return null;
  // "had been scheduled to expire Friday": a plan reported as past gives way to the auxiliary before it.
  if (tense === 'future' && previous === 'been') return null;
  if (tense === 'past' && !PAST.has(w) && (w.startsWith('un') || DETERMINER.has(previous))) return null;
  // A passive after "be" ("would be paid") takes its tense from the modal before it.
  if (tense === 'past' && previous === 'be') return null;
  return tense;
}

// Verbs of saying, and the quotation mark that, between a time and such a verb, puts the time inside the quotation.
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds']);
const QUOTE = /["“”]|''|``/;
// What may stand between a verb and the time it dates: "said Thursday", "met on Sunday".
const ADJACENT = /^\s+(?:on\s+)?$/;
const THAT = /\bthat\b/i;

/** A TenseAt that reads word cues in the sentence around a span (no tagger needed). */
export function tenseFromWords(text: string): TenseAt {
  return (start, end) => {
    let from = start;
    while (from > 0 && start - from < 400 && !endsSentence(text, from - 1)) from--;
    let to = end;
    while (to < text.length && to - end < 400 && !endsSentence(text, to)) to++;
    const cues: TenseCue[] = [];
    let adjacent: Tense = null;
    const word = /[A-Za-z]+(?:['’](?:ll|t))?/g;
    word.lastIndex = from;
    const words: { text: string; start: number }[] = [];
    for (let m = word.exec(text); m && m.index < to; m = word.exec(text))
      words.push({ text: m[0].toLowerCase(), start: m.index });
    words.forEach((w, i) => {
      if (w.start >= start && w.start < end) return;
      // A verb of saying outside the quotation dates the saying, not what is quoted
      // ("'The father will leave at 4 a.m. Thursday,' Castro said": the Thursday ahead).
      if (REPORTING.has(w.text)) {
        const between =
          w.start < start ? text.slice(w.start + w.text.length, start) : text.slice(end, w.start);
        if (QUOTE.test(between)) return;
      }
      const tense = wordTenseInContext(w.text, words[i - 1]?.text ?? '', words[i + 1]?.text ?? '');
      if (!tense) return;
      // "warned officials Wednesday that they should expect little help": a verb past a "that" after the time is
      // in the clause the main verb reports, and the time belongs to the main verb.
      if (w.start >= end && cues.some((c) => c.start < start) && THAT.test(text.slice(end, w.start))) return;
      cues.push({ start: w.start, tense });
      // The verb right before the time ("said on Thursday he would resign", "met Sunday") is the one it dates,
      // whatever verb follows it.
      if (w.start < start && ADJACENT.test(text.slice(w.start + w.text.length, start))) adjacent = tense;
    });
    return adjacent ?? nearestCue(cues, start, end);
  };
}
