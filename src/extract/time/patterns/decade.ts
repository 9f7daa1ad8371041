import { candidate, type TimePattern } from '../time-expression.js';

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
const ORDINAL_CENTURY: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/** "the 1990s" (199X), "the nineties" (199), "the '80s", "the nineties", "the 20th century" (19): decades and centuries. */
export const decade: TimePattern = {
  name: 'decade',
  regex:
    /(?:\b|(?<![\w'’])(?=['’]\d0['’]?s\b))(?:the\s+)?(?:(1[0-9]|20)(\d)0['’]?s|['’](\d)0['’]?s|(?:nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(\d{1,2})(?:st|nd|rd|th)[- ]century|(\w+(?:-first)?)[- ]century)\b/gi,
  match(m) {
    const [, century, digit, shortDigit, word, centuryNumber, centuryWord] = m;
    if (centuryNumber !== undefined || centuryWord !== undefined) {
      const n =
        centuryNumber !== undefined ? Number(centuryNumber) : ORDINAL_CENTURY[centuryWord.toLowerCase()];
      if (!n || n > 21) return null;
      return candidate('decade', m, 'DATE', { century: n }, () => ({
        value: String(n - 1).padStart(2, '0'),
      }));
    }
    // "the eighties" and "the '80s" leave the century implied: the 1900s, as in the news this was written for.
    const prefix = century ?? '19';
    const d = digit ?? shortDigit ?? String(DECADE_WORDS[word.toLowerCase()]);
    if (!/^the\s/i.test(m[0]) && word && !century) return null;
    // TimeBank writes a numeric decade with its open digit ("the 1990s": 199X, "the nineties": 199) and leaves
    // "the" out of a numeric decade's extent.
    const start =
      century && /^the\s/i.test(m[0]) ? m.index + m[0].length - m[0].replace(/^the\s+/i, '').length : m.index;
    return candidate(
      'decade',
      m,
      'DATE',
      { decade: `${prefix}${d}0s` },
      () => ({
        value: century ? `${prefix}${d}X` : `${prefix}${d}`,
        ...(century ? {} : { inferred: 'century-assumed' }),
      }),
      { start, end: m.index + m[0].length },
    );
  },
};
