import { DossierError } from '../errors/dossier-error.js';
import { LinearModel } from './linear-model.js';

const MAGIC = 0x4d525344; // "DSRM" little-endian
const FORMAT_VERSION = 1;

/** What a model file says about itself: its kind, feature-template version, labels and training facts. */
export interface ModelHeader {
  kind: string;
  featureVersion: number;
  [key: string]: unknown;
}

/**
 * Encodes a model file: magic, format version, header JSON, then for each linear model its
 * nClasses, scale and the CSR arrays (keys, offsets, classes, values), each 4-byte aligned.
 */
export function encodeModelFile(header: ModelHeader, models: LinearModel[]): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify({ ...header, models: models.length }));
  const parts: Uint8Array[] = [];
  const head = new Uint32Array([MAGIC, FORMAT_VERSION, json.length]);
  parts.push(new Uint8Array(head.buffer), pad(json));
  for (const m of models) {
    const meta = new ArrayBuffer(20);
    const view = new DataView(meta);
    view.setUint32(0, m.nClasses, true);
    view.setFloat32(4, m.scale, true);
    view.setUint32(8, m.keys.length, true);
    view.setUint32(12, m.classes.length, true);
    parts.push(new Uint8Array(meta));
    parts.push(bytesOf(m.keys), bytesOf(m.offsets), pad(bytesOf(m.classes)), pad(bytesOf(m.values)));
  }
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Decodes a model file written by encodeModelFile; a corrupt file gives MODEL_INVALID naming `name`. */
export function decodeModelFile(bytes: Uint8Array, name: string): { header: ModelHeader; models: LinearModel[] } {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const view = new DataView(buffer);
    if (view.getUint32(0, true) !== MAGIC) throw new Error('not a Dossier model file');
    if (view.getUint32(4, true) !== FORMAT_VERSION) throw new Error('unsupported model format version');
    const jsonLength = view.getUint32(8, true);
    let at = 12;
    const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, at, jsonLength))) as ModelHeader & {
      models: number;
    };
    at += align(jsonLength);
    const models: LinearModel[] = [];
    for (let i = 0; i < header.models; i++) {
      const nClasses = view.getUint32(at, true);
      const scale = view.getFloat32(at + 4, true);
      const nKeys = view.getUint32(at + 8, true);
      const nEntries = view.getUint32(at + 12, true);
      at += 20;
      const keys = new Uint32Array(buffer, at, nKeys);
      at += nKeys * 4;
      const offsets = new Uint32Array(buffer, at, nKeys + 1);
      at += (nKeys + 1) * 4;
      const classes = new Uint16Array(buffer, at, nEntries);
      at += align(nEntries * 2);
      const values = new Int16Array(buffer, at, nEntries);
      at += align(nEntries * 2);
      models.push(new LinearModel(nClasses, keys, offsets, classes, values, scale));
    }
    return { header, models };
  } catch (cause) {
    throw new DossierError('MODEL_INVALID', 'the model file is corrupt or of another version', {
      file: name,
      found: cause instanceof Error ? cause.message : String(cause),
      cause,
    });
  }
}

function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function align(n: number): number {
  return (n + 3) & ~3;
}

function pad(b: Uint8Array): Uint8Array {
  if (b.length % 4 === 0) return b;
  const out = new Uint8Array(align(b.length));
  out.set(b);
  return out;
}
