import { addDays, fmt, nearestWeekday } from '../calendar.js';
import { directionOf, resolveWeekday } from '../anchor.js';
import { candidate, isCapitalized, type TimePattern } from '../time-expression.js';
import { WEEKDAY_RE, WEEKDAYS } from '../words.js';

const PART = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as const;
// Words before a weekday that make it a name, not a date ("Good Friday", "Girl Friday").
const NAME_BEFORE = /(?:Good|Black|Holy|Ash|Palm|Easter|Bloody|Girl|Man|Cyber|Super|Mothering)\s+$/;
// A capitalized word right after the weekday that is not a month makes it a title ("Sunday Times").
const NAME_AFTER =
  /^\s+(?!January|February|March|April|May|June|July|August|September|October|November|December|Jan\b|Feb\b|Aug\b|Sept?\b|Oct\b|Nov\b|Dec\b)[A-Z][a-z]/;

/** "Friday", "last Friday", "next Sunday", "Wednesday night": a weekday, its direction from the tense. */
export const weekdayRelative: TimePattern = {
  name: 'weekday-relative',
  regex: new RegExp(
    `\\b(?:((?:the\\s+)?(?:following|previous)|last|next|this|coming|past|that)\\s+)?(${WEEKDAY_RE})(?:\\s+(morning|afternoon|evening|night))?\\b`,
    'gi',
  ),
  match(m, text) {
    const [, relation, name, part] = m;
    if (!isCapitalized(name)) return null;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!relation && NAME_BEFORE.test(before)) return null;
    if (!part && NAME_AFTER.test(after)) return null;
    const day = WEEKDAYS[name.toLowerCase()];
    // "That Friday", "on that Friday" point back; "said that Friday's attack..." is a conjunction before the day.
    const pointing =
      relation?.toLowerCase() !== 'that' ||
      relation === 'That' ||
      /\b(?:on|by|until|till|since|before|after|from)\s+$/i.test(before);
    const rel = pointing ? relation?.toLowerCase().replace(/^the\s+/, '') : undefined;
    const start = pointing ? m.index : m.index + m[0].indexOf(name);
    const partCode = part ? PART[part.toLowerCase() as keyof typeof PART] : undefined;
    const possessive = !part && /^['’]s\b/.test(after);
    // "has until Monday to comply", "must decide by Friday": a deadline, ahead unless the clause is past.
    const deadline = !relation && /\b(?:until|till|by)\s+$/i.test(before);
    return candidate(
      'weekday-relative',
      m,
      partCode && partCode !== 'NI' ? 'TIME' : 'DATE',
      { weekday: day, ...(rel ? { relation: rel } : {}), ...(partCode ? { part: partCode } : {}) },
      (context) => {
        let resolved;
        // "March 3, 1996 ... the following Monday", "That Friday", "the previous Friday": counted from the date
        // just mentioned, not from publication.
        if ((rel === 'following' || rel === 'previous' || rel === 'that') && context.previous) {
          const step = rel === 'following' ? 1 : rel === 'previous' ? -1 : 0;
          const date = nearestWeekday(
            addDays(context.previous, step),
            day,
            step > 0 ? 'future' : step < 0 ? 'past' : 'nearest',
          );
          resolved = { value: fmt.day(date), inferred: 'previous-date', date };
        } else if (rel === 'following') {
          resolved = resolveWeekday(
            { ...context, anchor: context.anchor && addDays(context.anchor, 1) },
            day,
            'future',
          );
        } else if (rel === 'that') {
          resolved = resolveWeekday(context, day, directionOf(context.tense, 'past'));
        } else if (rel === 'last' || rel === 'past' || rel === 'previous') {
          // "last Friday" on a Friday is the week before, not today.
          resolved = resolveWeekday(
            { ...context, anchor: context.anchor && addDays(context.anchor, -1) },
            day,
            'past',
          );
        } else if (rel === 'next' || rel === 'coming') {
          resolved = resolveWeekday(
            { ...context, anchor: context.anchor && addDays(context.anchor, 1) },
            day,
            'future',
          );
        } else if (rel === 'this') {
          resolved = resolveWeekday(context, day, directionOf(context.tense, 'nearest'));
        } else if (possessive) {
          // "Wednesday's ruling", "Sunday's election": an event named by its day, the nearest such day
          // whatever the tense of the clause around it.
          resolved = resolveWeekday(context, day, 'nearest');
        } else if (deadline && context.tense !== 'past') {
          resolved = resolveWeekday(context, day, 'future');
        } else if (context.tense === 'future') {
          // "Launch is scheduled … Tuesday" published on a Tuesday is that day: online news is
          // stamped in UTC and often written the evening before ("will gather … on Friday morning"
          // published early on that Friday; 5 such in the news clusters, none a week ahead;
          // TimeBank and AQUAINT have none either way)
          resolved = resolveWeekday(context, day, 'future');
        } else {
          // Present tense ("opens Tuesday") takes the nearest such day; past tense and no cue look back.
          resolved = resolveWeekday(context, day, context.tense === 'present' ? 'nearest' : 'past');
        }
        // "Friday night" is written as the day itself in TimeBank practice; mornings and evenings are TIMEs.
        if (partCode && partCode !== 'NI' && resolved.date)
          return { ...resolved, value: `${fmt.day(resolved.date)}T${partCode}` };
        return resolved;
      },
      { start, end: m.index + m[0].length },
    );
  },
};
