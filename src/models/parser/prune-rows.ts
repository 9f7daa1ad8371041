import { LinearModel } from '../linear-model.js';

/** The largest weight magnitude of each feature row of a model, by feature id. */
function rowMaxima(model: LinearModel, into: Map<number, number>): void {
  for (let k = 0; k < model.keys.length; k++) {
    let max = 0;
    for (let e = model.offsets[k]; e < model.offsets[k + 1]; e++) max = Math.max(max, Math.abs(model.values[e]));
    const key = model.keys[k];
    into.set(key, Math.max(into.get(key) ?? 0, max * model.scale));
  }
}

/**
 * A copy of `model` with the rows whose feature `keepRow` accepts and, in them, the entries whose
 * weight (in the model's float units) `keepEntry` accepts; a row left empty goes. Weights keep
 * their quantization (same scale).
 */
function filtered(
  model: LinearModel,
  keepRow: (key: number) => boolean,
  keepEntry: (weight: number) => boolean,
): LinearModel {
  const keys: number[] = [];
  const offsets: number[] = [0];
  const classes: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < model.keys.length; k++) {
    if (!keepRow(model.keys[k])) continue;
    for (let e = model.offsets[k]; e < model.offsets[k + 1]; e++) {
      if (!keepEntry(model.values[e] * model.scale)) continue;
      classes.push(model.classes[e]);
      values.push(model.values[e]);
    }
    if (classes.length === offsets[offsets.length - 1]) continue;
    keys.push(model.keys[k]);
    offsets.push(classes.length);
  }
  return new LinearModel(
    model.nClasses,
    Uint32Array.from(keys),
    Uint32Array.from(offsets),
    Uint16Array.from(classes),
    Int16Array.from(values),
    model.scale,
  );
}

/**
 * Drops the features whose weights are all small in every one of the parser's models (move and
 * relation classifiers): the features of a state are looked up in one merged table, so a feature
 * costs a slot as long as any model keeps a weight for it. `below` is in the models' float units
 * (the averaged perceptron's). Rows that stay keep all their entries.
 */
export function pruneRows(models: LinearModel[], below: number): LinearModel[] {
  const maxima = new Map<number, number>();
  for (const model of models) rowMaxima(model, maxima);
  const keep = new Set<number>();
  for (const [key, max] of maxima) if (max >= below) keep.add(key);
  return models.map((model) => filtered(model, (key) => keep.has(key), () => true));
}

/**
 * Drops the entries of a model whose weight is below `below` in magnitude (in the model's float
 * units), and the rows left empty; the others keep their quantized weights. For the relation
 * classifiers: fewer entries to add at each arc.
 */
export function pruneEntries(model: LinearModel, below: number): LinearModel {
  return filtered(model, () => true, (weight) => Math.abs(weight) >= below);
}
