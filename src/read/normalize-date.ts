const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** RFC 2822 / RSS: "Sun, 29 Jun 2025 18:00:00 +0300". */
const RFC2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|UT|UTC|GMT|[ECMP][SD]T|[+-]\d{4})?)?$/i;
/** Prose dates: "June 29, 2025", "Jun. 29 2025". */
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** The North American zone names RFC 822 allows in dates (RSS pubDate), as offsets. */
const ZONES: Record<string, string> = {
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

/** Writes an offset as ±hh:mm ("Z" for UTC names). */
function offset(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(Z|UTC?|GMT)$/i.test(zone)) return 'Z';
  if (ZONES[zone.toUpperCase()]) return ZONES[zone.toUpperCase()];
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
}

/** Assembles an ISO string, or null when the calendar date does not exist. */
function build(y: number, m: number, d: number, time?: [string, string, string?, string?], zone?: string) {
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  const [hh, mm, ss, frac] = time;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 60) return null;
  return `${date}T${hh}:${mm}:${ss ?? '00'}${frac ?? ''}${offset(zone)}`;
}

/**
 * Normalizes a publication date to ISO 8601: a date-time (with its offset when the source gives
 * one) when the source states a time, else the bare date (a zone-less midnight counts as a bare
 * date). Returns null for what is not a date.
 * Numbers are read as Unix time (seconds, or milliseconds when large).
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    // past the range of a JavaScript date (±8.64e15 ms) a number is no date
    if (Number.isNaN(date.getTime())) return null;
    return date.toISOString().replace('.000Z', 'Z');
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = ISO.exec(s);
  if (m) {
    // midnight with no zone is how news-please and many CMSs write a bare date
    if (m[4] === '00' && m[5] === '00' && !Number(m[6] ?? 0) && !m[7] && !m[8])
      return build(+m[1], +m[2], +m[3]);
    const time = m[4] ? ([m[4], m[5], m[6], m[7]] as [string, string, string?, string?]) : undefined;
    return build(+m[1], +m[2], +m[3], time, m[8]);
  }
  m = RFC2822.exec(s);
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()]) {
    const time = m[4] ? ([m[4], m[5], m[6]] as [string, string, string?]) : undefined;
    return build(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1], time, m[7]);
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()]) {
    return build(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]);
  }
  return null;
}
