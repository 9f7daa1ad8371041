import { claims } from '../../corpus/query-claims.js';
import { labels } from '../../corpus/query-labels.js';
import { network } from '../../corpus/query-network.js';
import { places } from '../../corpus/query-places.js';
import { quotes } from '../../corpus/query-quotes.js';
import { timeline } from '../../corpus/query-timeline.js';
import { page, PAGE_PARAMS } from '../params.js';
import { route } from '../route.js';

const NAME = (description: string) => ({ type: 'string', maxLength: 200, description }) as const;

/** Events, quotes, claims, labels, the network, places and counts: the routes over what articles say. */
export const EVENT_ROUTES = [
  route({
    path: '/api/events',
    summary: 'The timeline: events merged across articles, by day, with each report and its modality',
    returns: 'a page of {cluster, day, type, actors, targets, mentions, articles, sources, reports}',
    params: {
      ...PAGE_PARAMS,
      type: NAME('PLOVER type or its prefix (CONSULT, ASSAULT)'),
      entity: NAME('an entity taking part (actor or target)'),
      actor: NAME('an entity acting'),
      place: NAME('where it happened'),
      modality: NAME('asserted | reported | hypothetical | negated | future | demanded'),
      from: { type: 'date', description: 'on or after this day' },
      to: { type: 'date', description: 'on or before this day' },
    },
    handler: ({ store, params: { limit, offset, ...filter } }) =>
      page(timeline(store, { ...filter, limit: limit + 1, offset }), limit, offset),
  }),
  route({
    path: '/api/quotes',
    summary: 'Quotes and attributed claims with their speaker, oldest first',
    returns: 'a page of {article, title, outlet, published, kind, speaker, source, sourceType, cue, content}',
    params: {
      ...PAGE_PARAMS,
      speaker: NAME('who spoke: an entity, or words of the source ("security sources")'),
      about: NAME('an entity or words in the content'),
    },
    handler: ({ store, params: { limit, offset, ...filter } }) =>
      page(quotes(store, { ...filter, limit: limit + 1, offset }), limit, offset),
  }),
  route({
    path: '/api/claims',
    summary: 'Numbers claimed for a counted thing (a death toll), oldest first, each with its source',
    returns:
      'a page of {article, published, outlet, text, start, end, value, low, high, counts, place, source}',
    params: {
      ...PAGE_PARAMS,
      counts: NAME('what is counted: deaths, injured, displaced...'),
      place: NAME('where'),
    },
    handler: ({ store, params: { limit, offset, ...filter } }) =>
      page(claims(store, { ...filter, limit: limit + 1, offset }), limit, offset),
  }),
  route({
    path: '/api/labels',
    summary: 'Labels applied to entities and who applies them (null: the outlet); contested ones flagged',
    returns: 'a page of {entityId, entity, label, byId, by, article, outlet, published, contested}',
    params: {
      ...PAGE_PARAMS,
      entity: NAME('the labelled entity: an id or a name'),
      contested: { type: 'bool', description: 'only entities labelled differently by different holders' },
    },
    handler: ({ store, params: { limit, offset, entity, contested } }) =>
      page(
        labels(store, {
          entity: entity && /^\d+$/.test(entity) ? Number(entity) : entity,
          contested,
          limit: limit + 1,
          offset,
        }),
        limit,
        offset,
      ),
  }),
  route({
    path: '/api/network',
    summary: 'Actors linked by events (actor to target) and quotes (speaker to the entity spoken of)',
    returns: '{nodes: [{id, name, type}], links: [{source, target, kind, weight}]}',
    params: {
      entity: { type: 'int', min: 1, max: Number.MAX_SAFE_INTEGER, description: 'only links of this entity' },
      limit: { type: 'int', min: 1, max: 2000, default: 300, description: 'strongest links kept' },
    },
    handler: ({ store, params }) => network(store, params),
  }),
  route({
    path: '/api/places',
    summary: 'Geocoded places (offline gazetteer) with article and event counts',
    returns: '{items: [{id, name, type, lat, lon, country, articles, events}]}',
    params: { limit: { type: 'int', min: 1, max: 5000, default: 500, description: 'places kept' } },
    handler: ({ store, params }) => ({ items: places(store, params.limit) }),
  }),
  route({
    path: '/api/stats',
    summary: 'Row counts of the corpus',
    returns: '{articles, entities, mentions, quotes, events, ...}',
    params: {},
    handler: ({ store }) => store.counts(),
  }),
];
