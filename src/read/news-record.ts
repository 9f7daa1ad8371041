import { makeArticle, type Article, type ArticleMeta } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { mergeMeta } from './merge-meta.js';
import { normalizeDate } from './normalize-date.js';

type Json = Record<string, unknown>;

/** Where a record sits, for messages: the file and, for JSONL, the line. */
export interface RecordPlace {
  file: string;
  line?: number;
  /** 1-based position in a JSON array. */
  index?: number;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** The first key of the record that holds a non-empty string. */
function pick(record: Json, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = str(record[key]);
    if (value) return value;
  }
  return undefined;
}

/** A name list (news-please `authors`) as one byline. */
function byline(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ') || undefined;
  return str(value);
}

/**
 * Turns one news-please style record into an article: `maintext` or `text` is the text (kept
 * exactly); `title`, `date_publish`/`published`, `url`, `source_domain`/`outlet`, `language` and
 * `authors` are its metadata. A Dossier output object (with `meta`) is read back the same way.
 * Where the caller can read files, a record without text may name its text's file (`textFile`).
 */
export function recordToArticle(
  record: unknown,
  place: RecordPlace,
  overrides: Partial<ArticleMeta> = {},
  readTextFile?: (name: string) => string,
): Article {
  const where = { file: place.file, line: place.line };
  const which = place.index ? `record ${place.index}` : 'the record';
  // in a JSONL file a bad record is a bad line
  const code = place.line ? 'JSONL_LINE' : 'RECORD_INVALID';
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new DossierError(code, `${which} is not an object`, {
      ...where,
      expected: 'a JSON object with a "maintext" or "text" field',
      found: Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record,
    });
  }
  const r = record as Json;
  // a metadata record may name the file that holds its text (`textFile`, beside the JSON file)
  const textFile = str(r.textFile);
  const text =
    str(r.maintext) ?? str(r.text) ?? (textFile && readTextFile ? readTextFile(textFile) : undefined);
  if (!text) {
    throw new DossierError(code, `${which} has no article text`, {
      ...where,
      expected: readTextFile
        ? 'a non-empty "maintext" or "text" string, or a "textFile" naming a text file beside it'
        : 'a non-empty "maintext" or "text" string',
      found: `fields ${Object.keys(r).join(', ') || '(none)'}`,
    });
  }
  const nested = typeof r.meta === 'object' && r.meta !== null ? (r.meta as Json) : {};
  // the first date field that reads as a date; an empty or unreadable one does not hide the next
  const dates = [r.date_publish, r.published, r.date, r.datePublished, nested.published];
  const date = dates.find((d) => normalizeDate(d) !== null) ?? dates.find((d) => str(d) !== undefined);
  const found: Partial<ArticleMeta> = {
    title: pick(r, ['title', 'headline']) ?? str(nested.title),
    url: pick(r, ['url']) ?? str(nested.url),
    outlet: pick(r, ['source_domain', 'outlet', 'source']) ?? str(nested.outlet),
    published: normalizeDate(date) ?? str(date),
    language: pick(r, ['language', 'lang']) ?? str(nested.language),
    byline: byline(r.authors) ?? pick(r, ['author', 'byline']) ?? str(nested.byline),
  };
  const origin = place.line
    ? `${place.file}:${place.line}`
    : place.index
      ? `${place.file}#${place.index}`
      : place.file;
  return makeArticle(text, mergeMeta(found, overrides), origin);
}
