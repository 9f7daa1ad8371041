import type { LabelJson } from '../../doc/contract.js';
import { hashSet, wordHashes } from '../events/word-hash.js';
import { entityAt, outletOrQuoted, type LabelContext } from './label.js';
import { objectList } from '../object-list.js';

/**
 * Words that take a side when a writer applies them: Dossier reports who uses them, and takes
 * no side itself. Data only.
 */
const LOADED = hashSet(
  `genocidal genocide massacre massacres terrorist terrorists terror regime occupation occupied occupier occupiers
  martyr martyrs martyred apartheid aggression atrocity atrocities butcher butchers thugs puppet extremist extremists
  radical hardline barbaric brutal savage invaders invasion slaughter liberation freedom-fighters zionist jihadist`,
);
const NAMED = new Set(['ORG', 'GPE', 'PERSON', 'NORP']);
const LEGAL =
  /^(?:case|cases|charge|charges|convention|trial|allegations?|accusations?|probe|investigation|ruling)$/i;

/**
 * Marks a label as a loaded term, in place: one property added to an object of a known shape
 * (a spread copy would give every label a hidden class of its own, and the code reading labels
 * would keep being recompiled).
 */
function loaded(label: LabelJson): LabelJson {
  label.loaded = true;
  return label;
}

/**
 * Loaded terms and the noun they qualify ("genocidal war"), attached to the entity that the
 * phrase is about: the possessor just before it ("Israel's genocidal war"), else the nearest
 * named entity earlier in the sentence. Terms inside an existing label are left to it.
 */
export function loadedTermLabels(ctx: LabelContext, taken: LabelJson[]): LabelJson[] {
  const hashes = wordHashes(ctx.doc);
  const out = objectList<LabelJson>();
  // the scan over every token stays apart from the rare work on a loaded term (see attributedLabels)
  for (let i = 0; i < ctx.doc.length; i++) {
    if (!LOADED.has(hashes[i])) continue;
    const label = loadedTermAt(ctx, taken, i);
    if (label) out.push(label);
  }
  return out;
}

/** The label of the loaded term at token i, or null. */
function loadedTermAt(ctx: LabelContext, taken: LabelJson[], i: number): LabelJson | null {
  const { doc } = ctx;
  const start = doc.start[i];
  if (taken.some((l) => l.start <= start && start < l.end)) return null;
  // the term and the noun it qualifies: "genocidal war", "terrorist group"
  const end = i + 1 < doc.length && doc.label('upos', i + 1) === 'NOUN' ? doc.end[i + 1] : doc.end[i];
  // a term naming a legal process ("a genocide case") reports the case, it does not label
  if (end > doc.end[i] && LEGAL.test(doc.text.slice(doc.start[i + 1], end))) return null;
  const floor = doc.sentStart[doc.sentenceOf(i)];
  let entity: string | null = null;
  let bestEnd = -1;
  // "the more brutal Israeli attacks": the entity named inside the phrase comes first
  const inside = i + 1 < doc.length ? entityAt(ctx, doc.start[i + 1]) : null;
  if (inside && NAMED.has(inside.type)) return loaded(outletOrQuoted(ctx, inside.id, start, end));
  for (const e of ctx.entities) {
    if (!NAMED.has(e.type)) continue;
    for (const m of e.mentions) {
      if (m.end <= start && m.start >= doc.start[floor] && m.end > bestEnd) [entity, bestEnd] = [e.id, m.end];
    }
  }
  return entity ? loaded(outletOrQuoted(ctx, entity, start, end)) : null;
}
