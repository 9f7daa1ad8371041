import { extname } from 'node:path';
import type { Article, ArticleMeta } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { decodeText } from '../read/decode-text.js';
import { readHtml } from '../read/read-html.js';
import { readJson, readJsonl } from '../read/read-json.js';
import type { ReadResult } from '../read/read-path.js';
import { readText } from '../read/read-text.js';

/**
 * Reads an uploaded file into one article with the file readers (chosen by the file's extension,
 * or by a content type; plain text otherwise). A file holding several records is refused.
 */
export function readUpload(
  bytes: Uint8Array,
  name: string,
  contentType: string,
  meta: Partial<ArticleMeta>,
  maxBytes: number,
): Article {
  const text = decodeText(bytes, name, { maxBytes });
  const ext = extname(name).toLowerCase();
  const kind =
    ext === '.html' || ext === '.htm' || ext === '.xhtml' || contentType.includes('html')
      ? 'html'
      : ext === '.json' || contentType.includes('application/json')
        ? 'json'
        : ext === '.jsonl' || ext === '.ndjson'
          ? 'jsonl'
          : 'text';
  if (kind === 'html') return readHtml(text, name, meta);
  if (kind === 'text') return readText(text, name, meta);
  const results: ReadResult[] = kind === 'json' ? readJson(text, name, meta) : readJsonl(text, name, meta);
  const first = results[0];
  if (!first) throw new DossierError('RECORD_INVALID', 'the file holds no article', { file: name });
  if ('error' in first) throw first.error;
  if (results.length > 1)
    throw new DossierError('REQUEST_INVALID', 'the file holds several articles', {
      file: name,
      expected: 'one article per request',
      found: `${results.length} records`,
    });
  return first.article;
}
