import type { ParamSpec } from './params.js';
import type { ApiRoute } from './route.js';
import { EXTRACT_FIELDS } from './routes/extract-route.js';

function schemaOf(spec: ParamSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'int':
      return {
        type: 'integer',
        minimum: spec.min,
        maximum: spec.max,
        ...(spec.default !== undefined ? { default: spec.default } : {}),
      };
    case 'string':
      return { type: 'string', minLength: 1, maxLength: spec.maxLength ?? 200 };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'enum':
      return { type: 'string', enum: [...spec.values] };
    case 'bool':
      return { type: 'boolean' };
  }
}

const ERROR = {
  description: 'a coded error',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

/** The OpenAPI 3.1 document, made from the same route declarations the server checks requests with. */
export function openApiDocument(routes: ApiRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    paths[r.path.replace(/:(\w+)/g, '{$1}')] = {
      get: {
        summary: r.summary,
        parameters: Object.entries(r.params).map(([name, spec]) => ({
          name,
          in: spec.in ?? 'query',
          required: spec.in === 'path' || Boolean(spec.required),
          description: spec.description,
          schema: schemaOf(spec),
        })),
        responses: {
          200: { description: r.returns, content: { 'application/json': { schema: { type: 'object' } } } },
          400: ERROR,
          ...(r.path.includes(':') ? { 404: ERROR } : {}),
        },
      },
    };
  }
  const meta = Object.fromEntries(
    Object.entries(EXTRACT_FIELDS).map(([name, spec]) => [
      name,
      { ...schemaOf(spec), description: spec.description },
    ]),
  );
  paths['/api/extract'] = {
    post: {
      summary: 'Analyse one article (pasted text or an uploaded file) without storing it',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, ...meta } },
          },
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: { file: { type: 'string', format: 'binary' }, text: { type: 'string' }, ...meta },
            },
          },
          'text/plain': { schema: { type: 'string' } },
          'text/html': { schema: { type: 'string' } },
        },
      },
      responses: {
        200: {
          description: 'contract v1 (dossier/article@1), with an empty token layer',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        400: ERROR,
        413: ERROR,
        415: ERROR,
        422: ERROR,
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API',
      version,
      description:
        'Read-only access to a Dossier corpus, and analysis of one article without storing it. Lists are paged with limit and offset; `next` is the offset of the next page, or null.',
    },
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                expected: { type: 'string' },
                found: { type: 'string' },
              },
            },
          },
        },
      },
    },
    paths,
  };
}
