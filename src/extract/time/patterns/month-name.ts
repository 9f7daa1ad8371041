import { fmt } from '../calendar.js';
import { inferYear } from '../anchor.js';
import { candidate, isCapitalized, type TimePattern } from '../time-expression.js';
import { MONTH_RE, monthOf } from '../words.js';

// A month without day or year is a date only after words like these ("in March", "since May", "early June");
// otherwise "March" may be a protest and "May" a verb or a name.
const CUE_BEFORE =
  /\b(?:in|since|until|till|by|of|early|late|mid|last|next|this|from|through|to|during|before|after|between|and|or|on|around|as of|end of|beginning of|start of|middle of)[\s-]+$/i;

const FOR_BEFORE = /\bfor\s+$/i;

// The relative year right after a month: "February this year".
const YEAR_AFTER = /^\s+(last|this|next)\s+year\b(?!['’])/i;

/** "in March", "last October", "June 2024", "May of 1998": a month, its year stated or implied. */
export const monthName: TimePattern = {
  name: 'month-name',
  regex: new RegExp(
    `\\b(?:(last|next|this|coming|past)\\s+)?(${MONTH_RE})(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`,
    'gi',
  ),
  match(m, text) {
    const [, relation, name, yearText] = m;
    const month = monthOf(name);
    if (!month || !isCapitalized(name)) return null;
    // Abbreviations alone ("Jan", "Dec.") are names or noise far more often than months.
    if (!yearText && /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/i.test(name)) return null;
    const rel = relation?.toLowerCase();
    const cued =
      CUE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) ||
      // "turnover for October", "scheduled for March"; "voted for May" is a person.
      (name !== 'May' && FOR_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)));
    // "the October slaying", "The March accession": a month used as a modifier of an event noun ("the March on
    // Washington" and "the May government" are not months).
    const modifier =
      name !== 'May' &&
      /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
      /^\s+(?!on\b|of\b|for\b|against\b|to\b|in\b|and\b|through\b|from\b|at\b)[a-z]{3,}/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 16),
      );
    if (!yearText && !rel && !cued && !modifier) return null;
    // "May" after a cue may still be the modal ("and May be"): require no lowercase verb right after it.
    if (
      name === 'May' &&
      !yearText &&
      /^\s+(?:be|have|not|also|well|never|soon)\b/.test(text.slice(m.index + m[0].length))
    )
      return null;
    const year = yearText ? Number(yearText) : undefined;
    // "in February this year", "in April next year": the year the month belongs to is said right after it
    // (TimeBank marks the month alone; the tagger drops the year phrase that follows).
    const yearAfter =
      year || rel ? undefined : YEAR_AFTER.exec(text.slice(m.index + m[0].length))?.[1].toLowerCase();
    const yearStep = yearAfter
      ? { last: -1, this: 0, next: 1 }[yearAfter as 'last' | 'this' | 'next']
      : undefined;
    return candidate(
      'month-name',
      m,
      'DATE',
      {
        month,
        ...(year ? { year } : {}),
        ...(rel ? { relation: rel } : {}),
        ...(yearAfter ? { yearAfter } : {}),
      },
      (context) => {
        if (year !== undefined) return { value: fmt.month(year, month) };
        if (yearStep !== undefined && context.anchor)
          return { value: fmt.month(context.anchor.y + yearStep, month), inferred: 'year-after' };
        if (!context.anchor) return { value: `XXXX-${fmt.pad(month)}`, inferred: 'no-anchor' };
        let y: number;
        if (rel === 'last' || rel === 'past')
          y = month < context.anchor.m ? context.anchor.y : context.anchor.y - 1;
        else if (rel === 'next' || rel === 'coming')
          y = month > context.anchor.m ? context.anchor.y : context.anchor.y + 1;
        else if (rel === 'this') y = context.anchor.y;
        // "the October slaying" names a past event unless the clause looks ahead.
        else
          y = inferYear(
            context.anchor,
            month,
            15,
            modifier && context.tense !== 'future' ? 'past' : context.tense,
          );
        return { value: fmt.month(y, month), inferred: 'year-from-anchor' };
      },
    );
  },
};
