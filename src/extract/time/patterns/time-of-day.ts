import { fmt } from '../calendar.js';
import { candidate, type TimePattern } from '../time-expression.js';

/** "10:35 a.m.", "3 p.m. EST", "noon", "midnight": a clock time on the date just mentioned or the publication day. */
export const timeOfDay: TimePattern = {
  name: 'time-of-day',
  regex:
    /(?<![\w.:$])(?:(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|(noon|midnight|midday)|(\d{1,2})\s+(?:o['’]clock\s+)?in\s+the\s+(morning|afternoon|evening)|(\d{1,2}):(\d{2})(?=\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|local time)\b))(?:\s+(GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|local time))?/gi,
  match(m, text) {
    const [, hourText, minuteText, meridiem, word, partHour, part, hour24, minute24] = m;
    // "High Noon", "high noon comes today": the film and the idiom.
    if (word && /\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
    let hour: number;
    let minute: number;
    if (word) {
      hour = word.toLowerCase() === 'midnight' ? 24 : 12;
      minute = 0;
    } else if (partHour !== undefined) {
      // "4 in the morning", "8 in the evening".
      const h = Number(partHour);
      if (h < 1 || h > 12) return null;
      hour = part.toLowerCase() === 'morning' ? h % 12 : (h % 12) + 12;
      minute = 0;
    } else if (hour24 !== undefined) {
      hour = Number(hour24);
      minute = Number(minute24);
    } else {
      hour = (Number(hourText) % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
      minute = minuteText ? Number(minuteText) : 0;
      if (Number(hourText) > 12 || Number(hourText) === 0) return null;
    }
    if (hour > 24 || minute > 59) return null;
    const clock = `T${fmt.pad(hour)}:${fmt.pad(minute)}`;
    return candidate('time-of-day', m, 'TIME', { hour, minute }, (context) => {
      // A clock time right after a date ("Friday at 10:35 a.m.") belongs to that date.
      const near =
        context.previous && context.previousDistance !== undefined && context.previousDistance < 40;
      const date = near ? context.previous : context.anchor;
      if (!date) return { value: `XXXX-XX-XX${clock}`, inferred: 'no-anchor' };
      return { value: fmt.day(date) + clock, inferred: near ? 'previous-date' : 'anchor' };
    });
  },
};
