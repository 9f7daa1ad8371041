/**
 * The recognizer's passes as one linear model: feature k's row holds the first pass's entries
 * (classes 0 .. LABEL_COUNT - 1) then the second pass's (moved up by LABEL_COUNT), so that one
 * table lookup sums a feature's weights for both passes. Each half keeps its own pass's quantized
 * values: the sums of a half are the integer sums that pass's model gives (its `scale` is not
 * read; only addRaw is).
 */
import { LinearModel } from '../linear-model.js';

/** One model whose classes are those of `models` side by side (the only model itself when alone). */
export function jointModel(models: readonly LinearModel[]): LinearModel {
  if (models.length === 1) return models[0];
  let keyCount = 0;
  let entryCount = 0;
  for (const m of models) {
    keyCount += m.keys.length;
    entryCount += m.classes.length;
  }
  const keys = new Uint32Array(keyCount);
  const offsets = new Uint32Array(keyCount + 1);
  const classes = new Uint16Array(entryCount);
  const values = new Int16Array(entryCount);
  // a k-way merge of the sorted key lists
  const at = new Array<number>(models.length).fill(0);
  let k = 0;
  let e = 0;
  for (;;) {
    let key = -1;
    for (let p = 0; p < models.length; p++) {
      const m = models[p];
      if (at[p] < m.keys.length && (key < 0 || m.keys[at[p]] < key)) key = m.keys[at[p]];
    }
    if (key < 0) break;
    let shift = 0;
    for (let p = 0; p < models.length; p++) {
      const m = models[p];
      if (at[p] < m.keys.length && m.keys[at[p]] === key) {
        for (let x = m.offsets[at[p]]; x < m.offsets[at[p] + 1]; x++) {
          classes[e] = m.classes[x] + shift;
          values[e++] = m.values[x];
        }
        at[p]++;
      }
      shift += m.nClasses;
    }
    keys[k++] = key;
    offsets[k] = e;
  }
  const nClasses = models.reduce((sum, m) => sum + m.nClasses, 0);
  return new LinearModel(nClasses, keys.slice(0, k), offsets.slice(0, k + 1), classes, values, 1);
}
