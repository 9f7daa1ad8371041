import type { TimePattern } from '../time-expression.js';
import { ago } from './ago.js';
import { dayAnaphora } from './day-anaphora.js';
import { decade } from './decade.js';
import { duration, halfDuration } from './duration.js';
import { earlierLater } from './earlier-later.js';
import { holiday } from './holiday.js';
import { dayMonthYear, monthDayYear } from './month-day-year.js';
import { monthName } from './month-name.js';
import { numericDate } from './numeric-date.js';
import { partOfDay } from './part-of-day.js';
import { period } from './period.js';
import { presentRef } from './present-ref.js';
import { quarter } from './quarter.js';
import { relativeDay } from './relative-day.js';
import { relativeUnit } from './relative-unit.js';
import { season } from './season.js';
import { setEvery } from './set-every.js';
import { spelledYear } from './spelled-year.js';
import { timeOfDay } from './time-of-day.js';
import { unitEdge } from './unit-edge.js';
import { vagueDuration } from './vague-duration.js';
import { weekdayRelative } from './weekday-relative.js';
import { shortYear, year, yearEdge } from './year.js';
import { yearRange } from './year-range.js';

/**
 * Every recognizer. Where two matches overlap the longer wins; on equal length the one listed first wins, so
 * the list runs from the most specific to the most generic.
 */
export const TIME_PATTERNS: TimePattern[] = [
  numericDate,
  monthDayYear,
  dayMonthYear,
  holiday,
  timeOfDay,
  // Sets before durations and weekdays: "every Friday" is a SET, not the date "Friday".
  setEvery,
  // Counted dates before durations: "two months ago" is a DATE holding the duration "two months".
  ago,
  earlierLater,
  quarter,
  period,
  unitEdge,
  relativeUnit,
  relativeDay,
  dayAnaphora,
  partOfDay,
  weekdayRelative,
  season,
  decade,
  yearRange,
  year,
  yearEdge,
  shortYear,
  spelledYear,
  monthName,
  halfDuration,
  duration,
  vagueDuration,
  // Vague references last: "the past two months" is a duration, "the past" alone a PAST_REF.
  presentRef,
];
