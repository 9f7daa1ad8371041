import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { makeArticle, type Article, type ArticleMeta } from '../../doc/article.js';
import { toContract } from '../../doc/contract.js';
import { DossierError } from '../../errors/dossier-error.js';
import { parseParams, type ParamSpecs } from '../params.js';

/** The metadata a request may give with its text (JSON fields or form fields), declared for checks and OpenAPI. */
export const EXTRACT_FIELDS = {
  title: { type: 'string', maxLength: 500, description: 'headline' },
  url: { type: 'string', maxLength: 2000, description: 'where it was published' },
  outlet: { type: 'string', maxLength: 200, description: 'who published it' },
  published: { type: 'date', description: 'publication date: relative times resolve against it' },
} as const satisfies ParamSpecs;

function fieldsOf(record: Record<string, unknown>): Partial<ArticleMeta> {
  const raw: Record<string, string[]> = {};
  for (const name of Object.keys(EXTRACT_FIELDS)) {
    const value = record[name];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string')
      throw new DossierError('REQUEST_INVALID', `field "${name}" is not valid`, {
        expected: 'a string',
        found: typeof value,
      });
    raw[name] = [value];
  }
  return parseParams(raw, EXTRACT_FIELDS);
}

/** Reads the article a request carries: JSON {text, ...meta}, a multipart file upload, or a plain-text body. */
async function articleOf(req: Request, maxBytes: number): Promise<Article> {
  const type = req.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await req.formData();
    } catch (cause) {
      // a body that does not parse as a form (no boundary, broken parts) was a 500
      throw new DossierError('REQUEST_INVALID', 'the body is not a valid multipart form', {
        expected: 'multipart/form-data with a boundary and a "file" or "text" field',
        cause,
      });
    }
    const file = form.get('file');
    const fields: Record<string, unknown> = {};
    form.forEach((value, key) => {
      if (key !== 'file' && key !== 'text') fields[key] = value;
    });
    const meta = fieldsOf(fields);
    if (file instanceof File)
      return (await import('../read-upload.js')).readUpload(
        new Uint8Array(await file.arrayBuffer()),
        file.name || 'upload',
        file.type,
        meta,
        maxBytes,
      );
    const text = form.get('text');
    if (typeof text === 'string' && text.trim()) return makeArticle(text, meta, 'pasted text');
    throw new DossierError('REQUEST_INVALID', 'the form has no file and no text', {
      expected: 'a "file" field (an article file) or a "text" field',
    });
  }
  if (type.startsWith('application/json')) {
    let body: unknown;
    try {
      body = await req.json();
    } catch (cause) {
      throw new DossierError('JSON_MALFORMED', 'the request body is not JSON', { cause });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new DossierError('REQUEST_INVALID', 'the body is not a JSON object', {
        expected: '{"text": "...", "published"?: "2025-06-29", "title"?, "url"?, "outlet"?}',
      });
    const { text, ...rest } = body as Record<string, unknown>;
    const unknown = Object.keys(rest).filter((k) => !(k in EXTRACT_FIELDS));
    if (unknown.length)
      throw new DossierError('REQUEST_INVALID', `unknown field "${unknown[0]}"`, {
        expected: `text, ${Object.keys(EXTRACT_FIELDS).join(', ')}`,
      });
    if (typeof text !== 'string' || !text.trim())
      throw new DossierError('REQUEST_INVALID', 'field "text" is missing or empty', {
        expected: 'the article text',
      });
    return makeArticle(text, fieldsOf(rest), 'pasted text');
  }
  if (type.startsWith('text/plain') || type.startsWith('text/html')) {
    const bytes = new Uint8Array(await req.arrayBuffer());
    const name = type.startsWith('text/html') ? 'upload.html' : 'upload.txt';
    return (await import('../read-upload.js')).readUpload(bytes, name, type, {}, maxBytes);
  }
  throw new DossierError('REQUEST_INVALID', 'unsupported content type', {
    expected: 'application/json, multipart/form-data, text/plain or text/html',
    found: type || 'none',
  });
}

type Analyse = (typeof import('../../pipeline/pipeline.js'))['analyse'];
let pipeline: Promise<Analyse> | undefined;

/**
 * The analysis pipeline, imported on the first POST /api/extract: importing it builds the NLP
 * components (tagger, NER word shapes, gazetteers), which the read-only routes never use, so a
 * server that only serves the corpus neither pays for them at startup nor keeps them in memory.
 * The file readers (HTML needs a DOM and Readability) are imported on the first upload likewise.
 */
export function loadPipeline(): Promise<Analyse> {
  pipeline ??= import('../../pipeline/pipeline.js').then((m) => m.analyse);
  return pipeline;
}

/** POST /api/extract: analyses the article a request carries and returns contract v1, storing nothing. */
export function addExtractRoute(app: Hono, maxBytes: number): void {
  app.post(
    '/api/extract',
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new DossierError('FILE_TOO_LARGE', 'the request body is too large', {
          expected: `at most ${maxBytes} bytes`,
        });
      },
    }),
    async (c) => {
      const article = await articleOf(c.req.raw, maxBytes);
      const analyse = await loadPipeline();
      const contract = toContract(analyse(article));
      // the token layer is large and the UI does not draw it
      return c.json({ ...contract, tokens: [] });
    },
  );
}
