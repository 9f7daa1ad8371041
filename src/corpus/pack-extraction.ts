import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  deflateRawSync,
  inflateRawSync,
} from 'node:zlib';
import type { ArticleJson } from '../doc/contract.js';
import { DossierError } from '../errors/dossier-error.js';
import { ByteReader, ByteWriter } from './byte-buffer.js';
import { LAYERS_DICTIONARY, TOKEN_LABELS_DICTIONARY } from './pack-dictionaries.js';
import { skipTokens, tokenBounds, tokenColumns, tokensFromColumns, unpackTokens } from './token-columns.js';

/**
 * The first byte of a packed text or extraction. 2: one brotli stream (a text; an extraction of
 * schema 4-5: token columns, then JSON). 3: an extraction as several brotli streams (schema 6).
 * 4: as 3, but the layers and the token labels deflated with a preset dictionary (below).
 * 5: as 4, but an entity's name is the index of a mention with that text, and its geo is the
 * store's (see shrinkEntities). 6: as 5, with the sentences as runs of tokens (see sentenceRuns).
 */
const TEXT_FORMAT = 2;
const FORMAT_3 = 3;
const FORMAT_4 = 4;
const FORMAT_5 = 5;
const EXTRACTION_FORMAT = 6;

/** Where format 5 left an entity's geo to the store (`geos`, through article_entities). */
const GEO_IN_STORE = 1;

/** An article's entity geos as the store holds them: local entity id → the geo's JSON. */
export type StoredGeos = (localId: string) => string | undefined;

/** The preset dictionary of each stream of formats 4 and 5 (null: brotli, as in format 3). */
const DICTIONARIES: (Buffer | null)[] = [
  Buffer.from(LAYERS_DICTIONARY, 'utf8'),
  null,
  Buffer.from(TOKEN_LABELS_DICTIONARY, 'base64'),
  null,
  null,
];

/** Deflate with a preset dictionary: what every article repeats (key names, tag codes) costs little. */
function deflate(data: Uint8Array, dictionary: Buffer): Buffer {
  return deflateRawSync(data, { level: 9, dictionary });
}

/**
 * Brotli's window for `length` bytes: the smallest that holds them (at least 1 KB, at most its
 * default 4 MB). The encoder's tables follow the window, so a small stream costs less to set up;
 * what it finds is the same, as no match can reach further back than the stream's start (a
 * window holds 16 bytes less than its size).
 */
function brotliWindow(length: number): number {
  let bits = 10;
  while (bits < 22 && (1 << bits) - 16 < length) bits++;
  return bits;
}

/**
 * Brotli at quality 5: within a few percent of its best on articles, at deflate's speed. (Quality
 * 10 packs an article's text 15% smaller but costs some 1.6 ms more per article, about 6% of its
 * analysis: not taken.)
 */
function brotli(data: Uint8Array, mode: number): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: mode,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_LGWIN]: brotliWindow(data.length),
    },
  });
}

function formatError(found: number, expected: string): DossierError {
  return new DossierError(
    'STORE_INVALID',
    'a stored article is packed in a format this Dossier cannot read',
    {
      expected,
      found: `format ${found}`,
    },
  );
}

/** Restores `text` 0 (a span's text equal to the text it points at) while JSON is parsed (format 2, and format 1 on repacking). */
export function restoreZeroTexts(text: string) {
  return (_key: string, value: unknown) => {
    const span = value as { start?: unknown; end?: unknown; text?: unknown } | null;
    if (
      typeof span === 'object' &&
      span !== null &&
      typeof span.start === 'number' &&
      typeof span.end === 'number' &&
      span.text === 0
    )
      span.text = text.slice(span.start, span.end);
    return value;
  };
}

/** An object with integer `start` and `end`: a span of the text (its offsets go to the span columns). */
function isSpan(value: Record<string, unknown>): value is { start: number; end: number; text?: unknown } {
  return Number.isInteger(value.start) && Number.isInteger(value.end);
}

const zigzag = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/** Whether `v` is `text.slice(start, end)`, compared in place where the offsets are in order (no slice made). */
function isTextAt(v: unknown, text: string, start: number, end: number): boolean {
  if (typeof v !== 'string') return false;
  if (start < 0 || end < start || end > text.length) return v === text.slice(start, end);
  return v.length === end - start && text.startsWith(v, start);
}

/**
 * Copies the layers with every span's offsets taken out into two varint columns (start as the
 * difference from the previous span's start, then length), in document order, leaving -1 in
 * their place; a span's `text` equal to the text it points at becomes 0. Offsets written as JSON
 * digits were most of what the compressed layers held.
 */
function takeSpans(
  value: unknown,
  text: string,
  starts: ByteWriter,
  lengths: ByteWriter,
  last: { start: number },
): unknown {
  if (Array.isArray(value)) return value.map((v) => takeSpans(v, text, starts, lengths, last));
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  const span = isSpan(object);
  if (span) {
    starts.uint(zigzag(object.start - last.start));
    lengths.uint(zigzag(object.end - object.start));
    last.start = object.start;
  }
  const out: Record<string, unknown> = {};
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    const v: unknown = (object as Record<string, unknown>)[key];
    if (span && (key === 'start' || key === 'end')) out[key] = -1;
    else if (span && key === 'text' && isTextAt(v, text, object.start, object.end)) out[key] = 0;
    else out[key] = typeof v === 'object' && v !== null ? takeSpans(v, text, starts, lengths, last) : v;
  }
  return out;
}

/** Puts back what `takeSpans` took out, visiting the parsed layers in the same order. */
function putSpans(
  value: unknown,
  text: string,
  starts: ByteReader,
  lengths: ByteReader,
  last: { start: number },
): void {
  if (Array.isArray(value)) {
    for (const v of value) putSpans(v, text, starts, lengths, last);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const object = value as Record<string, unknown>;
  if (object.start === -1 && object.end === -1) {
    const start = last.start + unzigzag(starts.uint());
    const end = start + unzigzag(lengths.uint());
    last.start = start;
    object.start = start;
    object.end = end;
    if (object.text === 0) object.text = text.slice(start, end);
  }
  for (const v of Object.values(object)) putSpans(v, text, starts, lengths, last);
}

/**
 * Format 5's entities: an entity's name that is the text of one of its mentions becomes that
 * mention's index (95% of names on BBC News; the mention texts are kept, mostly as offsets), a
 * name that is not a string is wrapped in an array, and a geo (any truthy value, which
 * writeArticle stores as JSON in `geos`) becomes GEO_IN_STORE, unless local ids repeat (the store
 * keeps one geo per local id) or `geos` is false; given `geos`, only a geo the store holds.
 */
function shrinkEntities(entities: unknown, geos: StoredGeos | false | undefined): unknown {
  if (!Array.isArray(entities)) return entities;
  const ids = entities.map((e) => (e as { id?: unknown } | null)?.id);
  const unique =
    geos !== false && ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
  // with `geos`, only where the store holds the same geo (a repacked older store)
  const geoInStore = (id: unknown, value: unknown) =>
    unique && !!value && (!geos || geos(id as string) === JSON.stringify(value));
  return entities.map((e: unknown) => {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return e;
    const entity = e as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entity)) {
      if (key === 'name') {
        const mentions = Array.isArray(entity.mentions) ? (entity.mentions as unknown[]) : [];
        const k =
          typeof value === 'string'
            ? mentions.findIndex((m) => (m as { text?: unknown } | null)?.text === value)
            : -1;
        out[key] = k >= 0 ? k : typeof value === 'string' ? value : [value];
      } else if (key === 'geo' && geoInStore(entity.id, value)) out[key] = GEO_IN_STORE;
      else out[key] = value;
    }
    return out;
  });
}

/** Puts back what shrinkEntities took out (after putSpans, which restores the mention texts). */
function growEntities(entities: unknown, geos: StoredGeos | undefined): void {
  if (!Array.isArray(entities)) return;
  for (const e of entities) {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) continue;
    const entity = e as Record<string, unknown>;
    if (typeof entity.name === 'number')
      entity.name = ((entity.mentions as { text: unknown }[])[entity.name] as { text: unknown }).text;
    else if (Array.isArray(entity.name)) entity.name = (entity.name as unknown[])[0];
    if (entity.geo === GEO_IN_STORE) {
      const geo = geos?.(entity.id as string);
      if (geo === undefined)
        throw new DossierError('STORE_INVALID', 'a stored entity has lost its place', {
          expected: `the geo of entity ${String(entity.id)} in the store`,
          found: geos ? 'none' : 'no store given',
        });
      entity.geo = JSON.parse(geo) as unknown;
    }
  }
}

/**
 * Format 6's sentences: `{t: [gap, count, ...]}`, each sentence as the tokens it spans (the tokens
 * skipped since the previous one, then how many), when every sentence is a `{start, end}` that
 * starts at a token's start and ends at a later token's end, in order; otherwise as they are (an
 * array), or `{v: value}` for a value that is not an array. Read back from the token positions.
 */
function sentenceRuns(sentences: unknown, tokens: ArticleJson['tokens']): unknown {
  if (!Array.isArray(sentences)) return { v: sentences };
  if (sentences.length === 0 || tokens.length === 0) return sentences;
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!byStart.has(t.start)) byStart.set(t.start, i);
    byEnd.set(t.end, i);
  });
  const runs: number[] = [];
  let next = 0;
  for (const s of sentences as unknown[]) {
    const keys = typeof s === 'object' && s !== null ? Object.keys(s) : [];
    if (keys.length !== 2 || keys[0] !== 'start' || keys[1] !== 'end') return sentences;
    const { start, end } = s as { start: unknown; end: unknown };
    const first = byStart.get(start as number);
    const last = byEnd.get(end as number);
    if (first === undefined || last === undefined || first < next || last < first) return sentences;
    runs.push(first - next, last - first + 1);
    next = last + 1;
  }
  return { t: runs };
}

/** The sentences `sentenceRuns` wrote, given the token offsets (see tokenBounds). */
function sentencesFromRuns(
  value: unknown,
  bounds: () => { starts: number[]; ends: number[] },
): ArticleJson['sentences'] {
  if (Array.isArray(value)) return value as ArticleJson['sentences'];
  const packed = value as { t?: number[]; v?: unknown };
  if (!packed.t) return packed.v as ArticleJson['sentences'];
  const { starts, ends } = bounds();
  const out: ArticleJson['sentences'] = [];
  let next = 0;
  for (let i = 0; i < packed.t.length; i += 2) {
    const first = next + packed.t[i];
    next = first + packed.t[i + 1];
    out.push({ start: starts[first], end: ends[next - 1] });
  }
  return out;
}

/**
 * Packs an extraction for the store (format 6): a format byte, then compressed streams, each
 * preceded by its length: (1) the token count, the token labels and the layers as JSON with their
 * spans' offsets taken out (see takeSpans); (2-3) the token positions and labels (see
 * token-columns.ts); (4-5) the span starts and lengths. Unlike kinds of numbers compress far
 * better apart than mixed in one stream. The sentences become runs of tokens (sentenceRuns) and
 * the entities are shrunk (shrinkEntities: the geos are
left to the store unless `geos` is false; given `geos`, where it holds the same). Streams 1 and 3 are deflated with a preset dictionary
 * (pack-dictionaries.ts): an article's layers are a few kilobytes, too short for brotli to learn
 * their key names before they end; the others are brotli streams. The text is left out (the
 * articles table holds it, see packText).
 */
export function packExtraction(contract: ArticleJson, geos?: StoredGeos | false): Buffer {
  const { text, tokens, ...rest } = contract;
  if ('entities' in rest) rest.entities = shrinkEntities(rest.entities, geos) as ArticleJson['entities'];
  if ('sentences' in rest) rest.sentences = sentenceRuns(rest.sentences, tokens) as ArticleJson['sentences'];
  const starts = new ByteWriter();
  const lengths = new ByteWriter();
  const layers = JSON.stringify(takeSpans(rest, text, starts, lengths, { start: 0 }));
  const columns = tokenColumns(tokens, text);
  const head = new ByteWriter();
  head.uint(columns.n);
  head.string(columns.labels);
  head.string(layers);
  const out = new ByteWriter();
  [head.finish(), ...columns.columns, starts.finish(), lengths.finish()].forEach((stream, i) => {
    const dictionary = DICTIONARIES[i];
    out.block(dictionary ? deflate(stream, dictionary) : brotli(stream, constants.BROTLI_MODE_GENERIC));
  });
  return Buffer.concat([Buffer.from([EXTRACTION_FORMAT]), out.finish()]);
}

/**
 * Unpacks a stored extraction and its article text back into the contract-v1 object. With
 * `withTokens` false the token layer is skipped, not built, and comes back empty (a reader that
 * does not show it, such as the HTTP API's article view, saves most of the work). `geos` gives the
 * entity geos format 5 left to the store (see storedGeos); without it, such an extraction is refused.
 */
export function unpackExtraction(
  data: Uint8Array,
  text: string,
  withTokens = true,
  geos?: StoredGeos,
): ArticleJson {
  let tokens: ArticleJson['tokens'] = [];
  let parsed: Omit<ArticleJson, 'text' | 'tokens'>;
  const format = data[0];
  if (format === EXTRACTION_FORMAT || format === FORMAT_5 || format === FORMAT_4 || format === FORMAT_3) {
    const input = new ByteReader(data.subarray(1));
    let stream = 0;
    const unpack = () => {
      const dictionary = data[0] !== FORMAT_3 ? DICTIONARIES[stream] : null;
      stream++;
      const block = input.block();
      return dictionary ? inflateRawSync(block, { dictionary }) : brotliDecompressSync(block);
    };
    const head = new ByteReader(unpack());
    const n = head.uint();
    const labels = head.string();
    parsed = JSON.parse(head.string()) as typeof parsed;
    // format 6 reads the token positions for the sentences in any case (labels only with tokens)
    const positions = withTokens || format === EXTRACTION_FORMAT ? unpack() : (stream++, input.block());
    if (withTokens) tokens = tokensFromColumns({ n, labels, columns: [positions, unpack()] }, text);
    else for (; stream < 3; stream++) input.block();
    if (format === EXTRACTION_FORMAT)
      parsed.sentences = sentencesFromRuns(parsed.sentences, () => tokenBounds(n, positions, text));
    putSpans(parsed, text, new ByteReader(unpack()), new ByteReader(unpack()), { start: 0 });
    if (format >= FORMAT_5) growEntities(parsed.entities, geos);
  } else if (data[0] === TEXT_FORMAT) {
    // schema 4-5: one stream, tokens as packTokens wrote them, then the JSON
    const input = new ByteReader(brotliDecompressSync(data.subarray(1)));
    if (withTokens) tokens = unpackTokens(input);
    else skipTokens(input);
    parsed = JSON.parse(input.string(), restoreZeroTexts(text)) as typeof parsed;
  } else throw formatError(data[0], `format ${EXTRACTION_FORMAT}`);
  const { schema, meta, sentences, ...layers } = parsed;
  // the contract's own field order: schema, meta, text, sentences, tokens, then the layers
  return { schema, meta, text, sentences, tokens, ...layers };
}

/** Packs an article's text for the store (brotli, text mode). */
export function packText(text: string): Buffer {
  return Buffer.concat([
    Buffer.from([TEXT_FORMAT]),
    brotli(Buffer.from(text, 'utf8'), constants.BROTLI_MODE_TEXT),
  ]);
}

/** The text `packText` packed. */
export function unpackText(data: Uint8Array): string {
  if (data[0] !== TEXT_FORMAT) throw formatError(data[0], `format ${TEXT_FORMAT}`);
  return brotliDecompressSync(data.subarray(1)).toString('utf8');
}
