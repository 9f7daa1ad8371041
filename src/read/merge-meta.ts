import type { ArticleMeta } from '../doc/article.js';
import { normalizeDate } from './normalize-date.js';

/** Keeps only the fields that hold a non-empty value. */
function defined(meta: Partial<ArticleMeta>): Partial<ArticleMeta> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (typeof value === 'string' ? value.trim() !== '' : value != null) out[key] = value;
  }
  return out as Partial<ArticleMeta>;
}

/**
 * Merges what a file says about an article with what the caller gives; the caller's values are
 * applied last and win. The publication date is normalized to ISO 8601 either way.
 */
export function mergeMeta(
  found: Partial<ArticleMeta>,
  overrides: Partial<ArticleMeta> = {},
): Partial<ArticleMeta> {
  const meta = { ...defined(found), ...defined(overrides) };
  // the contract's published is an ISO date or null: a date that does not read as one ("5 hours
  // ago", "Monday") is dropped rather than passed on to break the schema
  if (meta.published) meta.published = normalizeDate(meta.published) ?? undefined;
  // one convention for language: the primary subtag ("en-GB", "en_US" -> "en")
  if (meta.language) meta.language = meta.language.split(/[-_]/)[0].toLowerCase();
  for (const key of ['title', 'outlet', 'byline'] as const) {
    const value = meta[key];
    if (typeof value === 'string') meta[key] = value.replace(/\s+/g, ' ').trim();
  }
  return meta;
}
