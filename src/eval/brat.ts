/**
 * Brat standoff for attributions (PolNeAR's layout): `T` lines `Source|Cue|Content start end[;start end]`
 * and `E` lines `Attribution:Tn Source:Tn Cue:Tn Content:Tn` that link them.
 */

/** A possibly discontinuous character span: sorted, non-overlapping [start, end) fragments. */
export type Fragments = [number, number][];

/** One attribution read from or written to brat: each role is a span or null when absent. */
export interface BratAttribution {
  source: Fragments | null;
  cue: Fragments | null;
  content: Fragments | null;
}

type Role = keyof BratAttribution;

function roleOf(type: string): Role | null {
  if (type.startsWith('Source')) return 'source';
  if (type.startsWith('Cue')) return 'cue';
  if (type.startsWith('Content')) return 'content';
  return null;
}

function parseFragments(field: string): Fragments | null {
  const out: Fragments = [];
  for (const part of field.split(';')) {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(a) || !Number.isInteger(b) || b < a) return null;
    out.push([a, b]);
  }
  return out.length > 0 ? normalizeFragments(out) : null;
}

/** Sorts fragments and merges those that overlap or touch. */
export function normalizeFragments(fragments: Fragments): Fragments {
  const sorted = fragments
    .map((f) => [f[0], f[1]] as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Fragments = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f[0] <= last[1]) last[1] = Math.max(last[1], f[1]);
    else out.push(f);
  }
  return out;
}

/**
 * Brat counts offsets in characters (Unicode code points, as its Python server does); Dossier in
 * UTF-16 code units. The two differ after a character outside the BMP (an emoji): these map one
 * to the other over a text (the identity when it has none).
 */
function codePointIndex(text: string): (utf16: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (i) => i;
  const before = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i <= text.length; i++) {
    before[i] = n;
    // the low half of a surrogate pair adds nothing: the pair is one character
    if (i < text.length && !(i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)))) n++;
  }
  return (i) => before[Math.max(0, Math.min(i, text.length))];
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function utf16Index(text: string): (codePoint: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (i) => i;
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    at.push(i);
    i += ch.length;
  }
  at.push(i);
  return (cp) => at[Math.max(0, Math.min(cp, at.length - 1))];
}

/**
 * Reads the attributions of a brat .ann text (offsets in code points, turned into UTF-16 indices
 * of `text` when it is given). Lines it does not know (A, R, #, Discuss, ...) are
 * skipped; a role given twice in one E line (PolNeAR's `Content2`) is merged into one span.
 */
export function readBratAttributions(ann: string, text?: string): BratAttribution[] {
  const toUtf16 = text === undefined ? (i: number) => i : utf16Index(text);
  const spans = new Map<string, { type: string; fragments: Fragments }>();
  const events: string[][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    if (line.startsWith('T')) {
      const m = /^(\S+)\s+(.*)$/.exec(cols[1]);
      const parsed = m ? parseFragments(m[2]) : null;
      const fragments = parsed?.map((f): [number, number] => [toUtf16(f[0]), toUtf16(f[1])]) ?? null;
      if (m && fragments) spans.set(cols[0], { type: m[1], fragments });
    } else if (line.startsWith('E')) events.push(cols[1].trim().split(/\s+/));
  }
  const out: BratAttribution[] = [];
  for (const args of events) {
    const attribution: BratAttribution = { source: null, cue: null, content: null };
    for (const arg of args) {
      const [type, id] = arg.split(':');
      const role = roleOf(type ?? '');
      const span = id ? spans.get(id) : undefined;
      if (!role || !span) continue;
      const prev = attribution[role];
      attribution[role] = prev ? normalizeFragments([...prev, ...span.fragments]) : span.fragments;
    }
    if (attribution.cue || attribution.content) out.push(attribution);
  }
  return out;
}

/**
 * Writes attributions (UTF-16 spans of `text`) as brat standoff, offsets in code points: one T line per role span (a span shared by several
 * attributions is written once), an `Attribution` trigger on the cue, and one E line each.
 */
export function writeBratAttributions(text: string, attributions: BratAttribution[]): string {
  const lines: string[] = [];
  const ids = new Map<string, string>();
  let t = 0;
  const toCodePoints = codePointIndex(text);
  const tLine = (type: string, fragments: Fragments, share: boolean): string => {
    const key = `${type} ${fragments.map((f) => `${toCodePoints(f[0])} ${toCodePoints(f[1])}`).join(';')}`;
    const known = share ? ids.get(key) : undefined;
    if (known) return known;
    const id = `T${++t}`;
    const body = fragments.map((f) => text.slice(f[0], f[1]).replace(/[\t\r\n]+/g, ' ')).join(' ');
    lines.push(`${id}\t${key}\t${body}`);
    if (share) ids.set(key, id);
    return id;
  };
  attributions.forEach((a, n) => {
    const args: string[] = [];
    const trigger = a.cue ?? a.content;
    if (!trigger) return;
    args.push(`Attribution:${tLine('Attribution', trigger, false)}`);
    if (a.source) args.push(`Source:${tLine('Source', a.source, true)}`);
    if (a.cue) args.push(`Cue:${tLine('Cue', a.cue, true)}`);
    if (a.content) args.push(`Content:${tLine('Content', a.content, true)}`);
    lines.push(`E${n + 1}\t${args.join(' ')}`);
  });
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
