import { getArticle, listArticles } from '../../corpus/query-articles.js';
import { entityDossier, labelsContested } from '../../corpus/query-entity.js';
import { listEntities } from '../../corpus/query-entities.js';
import { searchArticles } from '../../corpus/query-search.js';
import { DossierError } from '../../errors/dossier-error.js';
import { page, PAGE_PARAMS } from '../params.js';
import { route } from '../route.js';

const ID = { type: 'int', min: 1, max: Number.MAX_SAFE_INTEGER, in: 'path', required: true } as const;
const TOKENS = { type: 'bool', description: 'include the token layer (large; off by default)' } as const;
const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'] as const;

function notFound(what: string, id: number): DossierError {
  return new DossierError('NOT_FOUND', `no ${what} with id ${id}`, { found: String(id) });
}

/** Articles, search and entities: the routes that read one thing or list many. */
export const ARTICLE_ROUTES = [
  route({
    path: '/api/articles',
    summary: 'Stored articles, newest first',
    returns: 'a page of {id, title, outlet, published, url, words}',
    params: {
      ...PAGE_PARAMS,
      outlet: { type: 'string', description: 'only this outlet' },
      from: { type: 'date', description: 'published on or after' },
      to: { type: 'date', description: 'published on or before' },
    },
    handler: ({ store, params: { limit, offset, ...filter } }) =>
      page(listArticles(store, { ...filter, limit: limit + 1, offset }), limit, offset),
  }),
  route({
    path: '/api/articles/:id',
    summary: 'One article: its contract-v1 extraction and the corpus entity of each local entity id',
    returns: '{id, title, outlet, published, url, words, origin, ingestedAt, contract, entities}',
    params: { id: { ...ID, description: 'article id' }, tokens: TOKENS },
    handler: ({ store, params }) => {
      // the token layer is skipped unless asked for: most of an extraction's unpacking
      const article = getArticle(store, params.id, { tokens: params.tokens === true });
      if (!article) throw notFound('article', params.id);
      return article;
    },
  }),
  route({
    path: '/api/search',
    summary: 'Full-text search of titles and texts (diacritics folded), with the entities the words may name',
    returns: 'a page of {article, title, outlet, published, url, snippet, rank}, and entities',
    params: { ...PAGE_PARAMS, q: { type: 'string', required: true, description: 'words to search for' } },
    handler: ({ store, params: { q, limit, offset } }) => ({
      ...page(searchArticles(store, q, limit + 1, offset), limit, offset),
      entities: offset === 0 ? listEntities(store, { name: q, limit: 8 }) : [],
    }),
  }),
  route({
    path: '/api/entities',
    summary: 'Corpus entities, most mentioned first',
    returns: 'a page of {id, name, type, mentions, articles}',
    params: {
      ...PAGE_PARAMS,
      q: { type: 'string', description: 'a name (full, surname, alias or words of it)' },
      type: { type: 'enum', values: ENTITY_TYPES, description: 'entity type' },
    },
    handler: ({ store, params: { q, type, limit, offset } }) =>
      page(listEntities(store, { name: q, type, limit: limit + 1, offset }), limit, offset),
  }),
  route({
    path: '/api/entities/:id',
    summary: 'The dossier of one entity: roles, aliases, quotes by and about it, events, labels by holder',
    returns: '{entity, aliases, geo, roles, said, saidAbout, events, labels, others, contested}',
    params: {
      id: { ...ID, description: 'entity id' },
      limit: { type: 'int', min: 1, max: 200, default: 50, description: 'rows per section' },
    },
    handler: ({ store, params: { id, limit } }) => {
      const dossier = entityDossier(store, id, limit);
      if (!dossier) throw notFound('entity', id);
      return { ...dossier, contested: labelsContested(store, id) };
    },
  }),
];
