import { fmt } from '../calendar.js';
import { candidate, type TimePattern } from '../time-expression.js';

// Nouns after a four-digit number that make it a count, not a year ("2000 troops").
const COUNTED =
  /^\s+(?:people|persons|men|women|children|troops|soldiers|police|shares|workers|employees|jobs|units|cars|vehicles|members|residents|homes|houses|tons|tonnes|barrels|acres|miles|feet|meters|metres|kilometers|kilometres|dollars|yen|euros|pounds|points|votes|cases|deaths|students|rooms|beds|pages|words|times|percent|hours|days|years|refugees|prisoners|protesters|delegates|fighters|civilians|families|patients|lb|kg|km|mph|ft)\b/i;

/** "1998", "in 2023", "fiscal 1989": a four-digit year between 1600 and 2099 that is not a count, price or code. */
export const year: TimePattern = {
  name: 'year',
  regex:
    /(?<![\w$#£€.,/:-])(?:(fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year)\s*)?((?:1[6-9]|20)\d{2})(?![\w%/]|[.,:]\d|-\d|\s*(?:%|percent\b))/gi,
  match(m, text) {
    const y = Number(m[2]);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (COUNTED.test(after)) return null;
    // "No. 1990", "Room 2001", "Flight 1998", "$ 1990": identifiers and amounts.
    if (/(?:No\.?|Nos\.?|Room|Flight|Route|Highway|Resolution|number|page|Article|\$|US\$)\s*$/i.test(before))
      return null;
    // A number in a list of numbers or a score ("1998 to 2,100", "by 1,500") is usually a count; keep years in "1990 to 1995".
    if (/^\s*[-–]\s*\d/.test(after)) return null;
    return candidate('year', m, 'DATE', { year: y, ...(m[1] ? { fiscal: m[1].toLowerCase() } : {}) }, () => ({
      value: fmt.year(y),
    }));
  },
};

const EDGE_MOD = { mid: 'MID', pre: 'BEFORE', post: 'AFTER' } as const;

/** "mid-1990", "post-1959", "pre-1914": a year with the part or side of it as the mod. */
export const yearEdge: TimePattern = {
  name: 'year',
  regex: /\b(mid|pre|post)-((?:1[6-9]|20)\d{2})(?![\w%/]|[.,:]\d|-\d)/gi,
  hint: ['mid-', 'pre-', 'post-'],
  match(m) {
    const y = Number(m[2]);
    const mod = EDGE_MOD[m[1].toLowerCase() as keyof typeof EDGE_MOD];
    return candidate('year', m, 'DATE', { year: y, edge: m[1].toLowerCase() }, () => ({
      value: fmt.year(y),
      mod,
    }));
  },
};

// Words after which "'88" is a year ("in '88", "since '95", "fiscal '90", "the class of '62").
const SHORT_YEAR_CUE =
  /\b(?:in|since|of|by|until|till|from|through|to|and|fiscal|early|late|mid|spring|summer|fall|autumn|winter)\s+$/i;

/** "in '88", "since '95": a year written with its last two digits, the century the one nearest the anchor. */
export const shortYear: TimePattern = {
  name: 'year',
  regex: /(?<![\w'’])['’](\d{2})(?![\w'’%]|[.,]\d)/g,
  match(m, text) {
    if (!SHORT_YEAR_CUE.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    const two = Number(m[1]);
    return candidate('year', m, 'DATE', { year: two, short: 1 }, (context) => {
      if (!context.anchor) return { value: fmt.year(1900 + two), inferred: 'century-assumed' };
      // The century that puts the year at most 20 years after the publication date.
      let y = Math.floor(context.anchor.y / 100) * 100 + two;
      if (y + 100 <= context.anchor.y + 20) y += 100;
      else if (y > context.anchor.y + 20) y -= 100;
      return { value: fmt.year(y), inferred: 'century-from-anchor' };
    });
  },
};
