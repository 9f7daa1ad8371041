/** What a schema.org NewsArticle (or Article, BlogPosting...) in JSON-LD says about an article. */
export interface JsonLdArticle {
  title?: string;
  published?: string;
  byline?: string;
  outlet?: string;
  url?: string;
  language?: string;
}

const ARTICLE_TYPES =
  /^(News|Reportage|Analysis|Opinion|Report|Scholarly|Tech|Satirical|Background)?Article$|^(BlogPosting|LiveBlogPosting|WebPage)$/;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in a JSON-LD value, following arrays and @graph. */
function* objects(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (isObject(value)) {
    yield value;
    if (value['@graph']) yield* objects(value['@graph']);
  }
}

/** A name from a string, a {name} object, or a list of them (joined with commas). */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => Boolean(n));
    return names.length ? names.join(', ') : undefined;
  }
  if (isObject(value)) return nameOf(value.name);
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['@id'] === 'string') return value['@id'];
  if (isObject(value) && typeof value.url === 'string') return value.url;
  return undefined;
}

function typesOf(item: Json): string[] {
  const t = item['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/**
 * Reads the first article object from the JSON-LD blocks of a page. Blocks that do not parse are
 * skipped: JSON-LD is a hint, and a broken one must not lose the article.
 */
export function readJsonLd(blocks: string[]): JsonLdArticle {
  const candidates: Json[] = [];
  for (const block of blocks) {
    try {
      for (const item of objects(JSON.parse(block))) candidates.push(item);
    } catch {
      continue;
    }
  }
  // prefer a proper article type over a generic WebPage
  const item =
    candidates.find((c) => typesOf(c).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ??
    candidates.find((c) => typesOf(c).includes('WebPage'));
  if (!item) return {};
  return {
    title: nameOf(item.headline) ?? nameOf(item.name),
    published: typeof item.datePublished === 'string' ? item.datePublished : undefined,
    byline: nameOf(item.author),
    outlet: nameOf(item.publisher),
    url: urlOf(item.url) ?? urlOf(item.mainEntityOfPage),
    language: typeof item.inLanguage === 'string' ? item.inLanguage : undefined,
  };
}
