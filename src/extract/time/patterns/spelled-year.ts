import { fmt } from '../calendar.js';
import { candidate, type TimePattern } from '../time-expression.js';
import { amountOf, monthOf } from '../words.js';

const TENS =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand": years as transcripts spell them. */
export const spelledYear: TimePattern = {
  name: 'spelled-year',
  regex: new RegExp(
    `\\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?` +
      `(?:(eighteen|nineteen)[- ](${TENS}|${TEENS})|(?:the\\s+year\\s+)?two[- ]thousand(?:[- ]and)?(?:[- ](${TENS}|one|two|three|four|five|six|seven|eight|nine|${TEENS}))?)\\b`,
    'gi',
  ),
  match(m, text) {
    const [whole, monthName, hundreds, rest, afterThousand] = m;
    // "two thousand" alone is a count ("two thousand troops") unless it is "the year two thousand".
    if (!hundreds && !/^the\s+year\s/i.test(whole) && !monthName && !afterThousand) return null;
    if (!hundreds && /^\s+(?:people|troops|dollars|of)\b/i.test(text.slice(m.index + whole.length)))
      return null;
    const number = (words: string | undefined): number => {
      const n = words ? amountOf(words) : 0;
      return typeof n === 'number' ? n : 0;
    };
    const y = hundreds
      ? (hundreds.toLowerCase() === 'eighteen' ? 1800 : 1900) + number(rest)
      : 2000 + number(afterThousand);
    const month = monthName ? monthOf(monthName) : undefined;
    return candidate('spelled-year', m, 'DATE', { year: y, ...(month ? { month } : {}) }, () => ({
      value: month ? fmt.month(y, month) : fmt.year(y),
    }));
  },
};
