import type { LabelJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../pipeline/component.js';
import { attributedLabels } from './attributed-label.js';
import { descriptorLabels } from './descriptor-label.js';
import { labelContext } from './label.js';
import { loadedTermLabels } from './loaded-terms.js';
import { filledKind, objectList } from '../object-list.js';

/** Who holds a label: the speaker's entity, else their words, else the outlet. */
const holderKey = (l: LabelJson): string => l.by ?? String(l.holder ?? 'outlet');

/**
 * Flags the labels of every entity that different holders label differently (`contested: true`)
 * and lists, on each of them, every view with its holder. Dossier reports the views; it takes no side.
 */
export function markContested(labels: LabelJson[]): LabelJson[] {
  const byEntity = new Map<string, LabelJson[]>();
  for (const l of labels) byEntity.set(l.entity, [...(byEntity.get(l.entity) ?? []), l]);
  for (const list of byEntity.values()) {
    const holders = new Set(list.map(holderKey));
    const texts = new Set(list.map((l) => l.label.toLowerCase()));
    if (holders.size < 2 || texts.size < 2) continue;
    const views = list.map((l) => ({ label: l.label, by: l.by, holder: l.holder ?? null }));
    for (const l of list) Object.assign(l, { contested: true, views });
  }
  return labels;
}

/** Every label of a doc: descriptions by the outlet, labels inside attributions, loaded terms; sorted by position. */
export function extractLabels(doc: Doc): LabelJson[] {
  const ctx = labelContext(doc);
  if (ctx.entities.length === 0) return objectList<LabelJson>();
  const found = [...descriptorLabels(ctx), ...attributedLabels(ctx)];
  found.push(...loadedTermLabels(ctx, found));
  const seen = new Set<string>();
  const unique = found.filter((l) => {
    const key = `${l.entity}:${l.start}:${l.end}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return filledKind(markContested(unique.sort((a, b) => a.start - b.start)));
}

/** The pipeline component that fills `doc.layers.labels` (reads entities and quotes). */
export const labelsComponent: Component = {
  name: 'labels',
  requires: ['entities'],
  assigns: ['labels'],
  apply(doc: Doc): void {
    doc.layers.labels = extractLabels(doc);
  },
};
