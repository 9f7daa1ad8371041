import type { ArticleMeta } from './article.js';
import type { Doc } from './doc.js';

/** The schema id written in every output object. */
export const SCHEMA_ID = 'dossier/article@1';

/** A character span into `text`, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One token in the output: offsets and, once the NLP core has run, tag, head and relation. */
export interface TokenJson {
  start: number;
  end: number;
  pos?: string;
  tag?: string;
  /** Index of the head token in `tokens` (null for a sentence root). */
  head?: number | null;
  dep?: string;
}

export interface EntityJson {
  id: string;
  name: string;
  type: string;
  mentions: TextSpan[];
  roles: { title: string; of: string | null; start: number; end: number }[];
  geo?: { lat: number; lon: number; country?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface TimeJson {
  id: string;
  start: number;
  end: number;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  mod?: string;
  [key: string]: unknown;
}

export interface QuantityJson {
  start: number;
  end: number;
  text: string;
  value: number | null;
  low?: number;
  high?: number;
  unit?: string;
  counts?: string;
  [key: string]: unknown;
}

export interface QuoteJson {
  id: string;
  kind: 'direct' | 'indirect' | 'mixed';
  content: TextSpan | null;
  cue: TextSpan | null;
  source: TextSpan | null;
  speaker: string | null;
  sourceType: string;
  [key: string]: unknown;
}

export interface EventJson {
  id: string;
  type: string;
  mode?: string;
  context?: string;
  actor: string[];
  target: string[];
  trigger: TextSpan;
  time?: string;
  place?: string;
  modality: string;
  attribution?: string;
  [key: string]: unknown;
}

export interface LabelJson {
  entity: string;
  label: string;
  by: string | null;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Contract v1: one JSON object per article. */
export interface ArticleJson {
  schema: typeof SCHEMA_ID;
  meta: ArticleMeta;
  text: string;
  sentences: { start: number; end: number }[];
  tokens: TokenJson[];
  entities: EntityJson[];
  times: TimeJson[];
  quantities: QuantityJson[];
  quotes: QuoteJson[];
  events: EventJson[];
  labels: LabelJson[];
  /** The main story (5W1H), when an event was found. */
  summary?: unknown;
}

/** The contract sections that components fill through `doc.layers`. */
export type LayerName = 'entities' | 'times' | 'quantities' | 'quotes' | 'events' | 'labels';

function layer<T>(doc: Doc, name: LayerName): T[] {
  const value = doc.layers[name];
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Builds the contract-v1 object for an analysed Doc. */
export function toContract(doc: Doc): ArticleJson {
  const sentences: { start: number; end: number }[] = [];
  for (const s of doc.sentences()) if (s.length > 0) sentences.push({ start: s.startChar, end: s.endChar });
  const tokens: TokenJson[] = new Array(doc.length);
  for (let i = 0; i < doc.length; i++) {
    const t: TokenJson = { start: doc.start[i], end: doc.end[i] };
    if (doc.upos[i]) t.pos = doc.label('upos', i);
    if (doc.xpos[i]) t.tag = doc.label('xpos', i);
    if (doc.head[i] >= 0) t.head = doc.head[i] === i ? null : doc.head[i];
    if (doc.dep[i]) t.dep = doc.label('dep', i);
    tokens[i] = t;
  }
  return {
    schema: SCHEMA_ID,
    meta: doc.article.meta,
    text: doc.text,
    sentences,
    tokens,
    entities: layer<EntityJson>(doc, 'entities'),
    times: layer<TimeJson>(doc, 'times'),
    quantities: layer<QuantityJson>(doc, 'quantities'),
    quotes: layer<QuoteJson>(doc, 'quotes'),
    events: layer<EventJson>(doc, 'events'),
    labels: layer<LabelJson>(doc, 'labels'),
    ...(doc.layers.summary ? { summary: doc.layers.summary } : {}),
  };
}
