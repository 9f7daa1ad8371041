import type { QuantityJson, TextSpan, TimeJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import { boundsOf, findBound } from './bounds.js';
import { findCategory } from './category.js';
import { countsAfter, countsBefore } from './counts.js';
import { isNotAmount, isYear, phoneSpans } from './exclusions.js';
import { CURRENCY_WORDS } from './patterns/money.js';
import { QUANTITY_PATTERNS } from './patterns/index.js';
import type { FoundQuantity, QuantityKind, QuantityMod } from './quantity.js';
import { listOf } from '../object-list.js';

/** The words before an age: "aged 91", "aged between 15 and 34". */
const AGED = /\baged\s+(?:(?:about|around|over|under|between|just|nearly|almost)\s+)?$/i;

/** A quantity in the contract's shape, with what the text stated kept apart: the numeral, the bound words, the counted phrase, the category cue. */
export interface Quantity extends QuantityJson {
  kind: QuantityKind;
  /** The numeral as written (without bound words). */
  number: TextSpan;
  mod?: QuantityMod;
  /** The words that state the bound ("exceeded", "at least"). */
  bound?: TextSpan;
  vague?: boolean;
  countsSpan?: TextSpan;
  category?: string;
  categoryCue?: TextSpan;
  /** Id of the time expression (a duration) this quantity sits in. */
  timex?: string;
}

const TIME_UNITS: Record<string, string> = {
  year: 'year',
  years: 'year',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  day: 'day',
  days: 'day',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  second: 'second',
  seconds: 'second',
};

/** Every pattern's matches, overlaps resolved: the longer wins, then the pattern listed first. */
function candidates(text: string): FoundQuantity[] {
  const all: { q: FoundQuantity; rank: number }[] = [];
  QUANTITY_PATTERNS.forEach((pattern, rank) => {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const q = pattern.match(m);
      if (q) all.push({ q, rank });
    }
  });
  all.sort((a, b) => b.q.end - b.q.start - (a.q.end - a.q.start) || a.rank - b.rank || a.q.start - b.q.start);
  const kept: FoundQuantity[] = [];
  for (const { q } of all) if (!kept.some((k) => k.start < q.end && q.start < k.end)) kept.push(q);
  return kept.sort((a, b) => a.start - b.start);
}

function sentenceRange(doc: Doc, offset: number): [number, number] {
  const i = doc.tokenAt(offset);
  if (i < 0 || doc.sentenceCount === 0) return [0, doc.text.length];
  const s = doc.sentenceOf(i);
  const first = doc.sentStart[s];
  const next = s + 1 < doc.sentenceCount ? doc.sentStart[s + 1] : doc.length;
  return [doc.start[first], next < doc.length ? doc.start[next] : doc.text.length];
}

/** The window [from, to) cut to the clause around [start, end): a cue across a comma, semicolon or "and" belongs to another count. */
function clause(text: string, from: number, start: number, end: number, to: number): [number, number] {
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  const after = /[,;]|\sand\s/.exec(text.slice(end, to));
  return [cut >= 0 ? from + cut + 1 : from, after ? end + after.index : to];
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/**
 * The quantities of a Doc: amounts with their bounds, what they count and a conflict category.
 * Numbers inside dates, clock times and sets (doc.layers.times, when present) are left out; those
 * inside a duration ("20 months") are kept with their time unit.
 */
export function extractQuantities(doc: Doc): Quantity[] {
  const text = doc.text;
  const times = listOf<TimeJson>(doc.layers.times);
  const phones = phoneSpans(text);
  const out: Quantity[] = [];
  for (const q of candidates(text)) {
    if (phones.some(([s, e]) => s < q.end && q.start < e)) continue;
    const time = times.find((t) => t.start <= q.start && q.end <= t.end);
    if (time && time.type !== 'DURATION') continue;
    const bound = findBound(text, q.start, q.end);
    if ((!bound && isYear(q, text)) || isNotAmount(q, text)) continue;
    const [sentenceStart, sentenceEnd] = sentenceRange(doc, q.start);
    let counts = countsAfter(doc, q.end);
    // an age ("died aged 91") counts nothing, and the subject of its verb is no counted thing
    if (
      !counts &&
      q.kind !== 'money' &&
      q.kind !== 'percent' &&
      !AGED.test(text.slice(sentenceStart, q.start))
    )
      counts = countsBefore(doc, bound?.start ?? q.start, sentenceStart);
    let kind = q.kind;
    let unit = q.unit;
    const head = counts ? counts.text.split(/\s+/).pop()!.toLowerCase() : '';
    if (!unit && counts && CURRENCY_WORDS[head]) {
      kind = 'money';
      unit = CURRENCY_WORDS[head];
    } else if (!unit && counts && TIME_UNITS[head] && counts.start >= q.end) {
      kind = 'duration';
      unit = TIME_UNITS[head];
    }
    const start = bound && bound.start < q.start ? bound.start : q.start;
    const end = bound && bound.end > q.end ? bound.end : q.end;
    const limited = q.value !== null && bound ? boundsOf(bound.mod, q.value) : {};
    const low = q.low ?? limited.low;
    const high = q.high ?? limited.high;
    const [categoryFrom, categoryTo] = clause(
      text,
      Math.max(sentenceStart, start - 40),
      start,
      Math.max(end, counts?.end ?? 0),
      Math.min(sentenceEnd, Math.max(end, counts?.end ?? 0) + 80),
    );
    const category =
      kind === 'duration' || kind === 'percent'
        ? null
        : findCategory(text, counts, categoryFrom, categoryTo, end);
    // every field always there, in the order written out (JSON leaves out the undefined ones):
    // one hidden class for all quantities, not one per set of fields found
    out.push({
      start,
      end,
      text: text.slice(start, end),
      value: q.value,
      low,
      high,
      unit: unit || undefined,
      counts: counts ? counts.text : undefined,
      countsSpan: counts || undefined,
      kind,
      number: span(text, q.start, q.end),
      mod: bound ? bound.mod : undefined,
      bound: bound ? span(text, bound.start, bound.end) : undefined,
      vague: q.vague ? true : undefined,
      category: category ? category.category : undefined,
      categoryCue: category ? category.cue : undefined,
      timex: time ? time.id : undefined,
    });
  }
  return out;
}
