/** The attribution tag set: IOB2 over the three PolNeAR roles, one tag per token (PolNeAR is univocal). */
export const enum Tag {
  O = 0,
  BSource = 1,
  ISource = 2,
  BCue = 3,
  ICue = 4,
  BContent = 5,
  IContent = 6,
}

/** Tags the cue model predicts, by class id. */
export const CUE_CLASSES: readonly Tag[] = [Tag.O, Tag.BCue, Tag.ICue];
/** Tags the role model predicts, by class id (cue tokens are fixed by the cue model). */
export const ROLE_CLASSES: readonly Tag[] = [Tag.O, Tag.BSource, Tag.ISource, Tag.BContent, Tag.IContent];

/** The role of a tag: 0 none, 1 source, 2 cue, 3 content. */
export function roleOfTag(tag: number): number {
  return (tag + 1) >> 1;
}

/** A run of tokens [start, end) with one role. */
export interface TagSpan {
  role: number;
  start: number;
  end: number;
}

/** Spans of a tag sequence: a B tag starts one, an I tag continues a span of its role (or starts one). */
export function tagSpans(tags: Uint8Array): TagSpan[] {
  const out: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const role = roleOfTag(t);
    if (role === 0) {
      cur = null;
      continue;
    }
    const begin = t % 2 === 1;
    if (!cur || begin || cur.role !== role) {
      cur = { role, start: i, end: i + 1 };
      out.push(cur);
    } else cur.end = i + 1;
  }
  return out;
}
