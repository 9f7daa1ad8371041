import { candidate, type TimePattern } from '../time-expression.js';
import { durationValue, unitOf } from '../words.js';

const REF: [RegExp, string][] = [
  [
    /^(?:the\s+)?(?:near\s+|foreseeable\s+|distant\s+)?future$|^soon$|^a\s+(?:later|future)\s+date$/i,
    'FUTURE_REF',
  ],
  [/^(?:recently|lately|recent|the\s+past)$/i, 'PAST_REF'],
];

// Words right around "soon" that put it in a past narrative.
const PAST_BEFORE = /\b(?:was|were|had|then)\s+$/i;
const PAST_WORD = /^(?:became|was|were|had|came|went|began|found|left|got|made|took|turned|\w{3,}ed)$/i;

/** "now", "currently", "this critical period" (PRESENT_REF); "recently", "the past" (PAST_REF); "the future", "soon" (FUTURE_REF). */
export const presentRef: TimePattern = {
  name: 'present-ref',
  regex:
    /\b(?:now|currently|nowadays|at present|these days|at the moment|the present|current|this\s+(?:(?:critical|crucial|difficult|sensitive|decisive|delicate|tense|early|late|particular)\s+)?(?:period|stage|phase|juncture|moment)|recently|lately|recent(?:\s+(?:years|months|weeks|days|decades))?|the\s+past|(?:the\s+)?(?:near\s+|foreseeable\s+|distant\s+)?future|soon|a\s+(?:later|future)\s+date|(?:the\s+)?coming\s+(?:years|months|weeks|days|decades)|(?:the\s+)?(?:years|months|weeks|days|decades)\s+ahead)\b/gi,
  match(m, text) {
    const word = m[0].toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    // "current account", "the future of X" and "future" as a plain adjective are not times.
    if (word === 'now' && /\bfrom\s+$/i.test(before)) return null;
    if (
      word === 'current' &&
      /^\s+(?:account|affairs|events|flow|flows|of|and|members?|holders?|and former|president|chairman|leader|owners?)\b/i.test(
        after,
      )
    )
      return null;
    if (word === 'current' && !/(?:\b(?:the|its|their|his|her|our|at|of)|['’]s)\s+$/i.test(before))
      return null;
    if (
      /future$/.test(word) &&
      !/^(?:the|near|foreseeable|distant)/.test(word) &&
      !/\b(?:in|for|into)\s+$/i.test(before)
    )
      return null;
    if (
      word === 'the past' &&
      /^\s+(?:\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade)/i.test(
        after,
      )
    )
      return null;
    if (word === 'soon' && /^\s+(?:after|before|as)\b/i.test(after)) return null;
    // "was soon released", "that soon became a flood": narrative sequence in the past, not a future reference.
    if (word === 'soon' && (PAST_BEFORE.test(before) || /^\s+(\w+)/.exec(after)?.[1].match(PAST_WORD)))
      return null;
    const recent =
      /^(?:recent|(?:the\s+)?coming)\s+(\w+)$/.exec(word) ?? /^(?:the\s+)?(\w+)\s+ahead$/.exec(word);
    // "in recent years", "in the coming weeks" measure a stretch of time up to (or from) now: a vague duration.
    if (recent)
      return candidate('present-ref', m, 'DURATION', { ref: word }, () => ({
        value: durationValue('X', unitOf(recent[1])),
      }));
    const value = REF.find(([re]) => re.test(word))?.[1] ?? 'PRESENT_REF';
    return candidate('present-ref', m, 'DATE', { ref: word }, () => ({ value }));
  },
};
