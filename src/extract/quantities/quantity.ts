/** A bound stated by the words around a number ("more than", "at least", "nearly", "about"), in TIMEX3's mod names. */
export type QuantityMod = 'MORE_THAN' | 'EQUAL_OR_MORE' | 'LESS_THAN' | 'EQUAL_OR_LESS' | 'APPROX';

/** What kind of amount a pattern found. */
export type QuantityKind = 'number' | 'money' | 'percent' | 'vague' | 'range' | 'duration';

/** An amount as a pattern finds it, before bounds, counts and category are added. */
export interface FoundQuantity {
  /** Pattern that matched. */
  pattern: string;
  kind: QuantityKind;
  start: number;
  end: number;
  /** The number stated; null for a vague amount ("dozens"). */
  value: number | null;
  low?: number;
  high?: number;
  unit?: string;
  /** True when the amount is vague by its words ("dozens", "several hundred"). */
  vague?: boolean;
}

/** A pattern over the raw text (chrono's shape): a global regex and what one match means. */
export interface QuantityPattern {
  name: string;
  /** Global (`g`) regex; a match's index is the quantity's start. */
  regex: RegExp;
  /** The quantity a match states, or null when the match is not one after all. */
  match(m: RegExpExecArray): FoundQuantity | null;
}

/** A quantity at the text offsets of match `m`. */
export function found(
  pattern: string,
  kind: QuantityKind,
  m: RegExpExecArray,
  value: number | null,
  extra: Partial<FoundQuantity> = {},
): FoundQuantity {
  // one shape for every pattern's finds (absent fields undefined), so the code sorting and
  // filtering them is not recompiled for each new combination of fields
  return {
    pattern,
    kind,
    start: m.index,
    end: m.index + m[0].length,
    value,
    low: extra.low,
    high: extra.high,
    unit: extra.unit,
    vague: extra.vague,
  };
}
