/**
 * The geoparser's decisions written into the entities: the places news writes its own way (state
 * abbreviations, the town before a state, datelines, towns the recognizer typed as a person or an
 * organization) become place mentions, spans that run past the place are cut back to it, and place
 * mentions that are no place (a surname, a brand, an organization's name) lose their place type.
 * `dossier extract` and `dossier eval geo` read the same result.
 */
import type { EntityJson, TextSpan } from '../doc/contract.js';
import type { Doc } from '../doc/doc.js';
import { articleRegions, type ArticleRegions } from './article-regions.js';
import { contextPlaces } from './context-places.js';
import type { Gazetteer } from './gazetteer.js';
import { clubOrProduct, notAPlace, organizationOrClause, surnames } from './not-a-place.js';
import { placeKey } from './place-key.js';
import { recoverPlaces, type RecoveredPlace } from './recover-places.js';
import { candidatesOf, resolvePlaces } from './resolve-places.js';
import { trimPlace } from './trim-place.js';
import { mapList, objectList, packedList } from '../extract/object-list.js';

/** Capitalized pronouns and determiners that coreference adds to a place's mentions ("It has…"): not toponyms. */
const NOT_NAMES = new Set([
  'It',
  'Its',
  'Itself',
  'They',
  'Them',
  'Their',
  'We',
  'Our',
  'Us',
  'He',
  'She',
  'His',
  'Her',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'Here',
  'There',
]);

/**
 * True when a place entity's mention names the place: not a description ("the city", "the region")
 * nor a pronoun. "the Lebanese government" counts (it is cut back to its nationality).
 */
export function toponymMention(text: string): boolean {
  return /^(?:the\s+)?\p{Lu}/u.test(text) && !/^the\s+\p{Ll}/iu.test(text) && !NOT_NAMES.has(text);
}

const isPlace = (e: EntityJson): boolean => e.type === 'GPE' || e.type === 'LOC';

/** A place mention the geoparser adds or cuts back, with the gazetteer entry it resolves to (-1: none). */
interface Added extends RecoveredPlace {
  entry: number;
}

/** What the geoparser decided over the entities of a Doc (computed before any is changed). */
export interface PlaceDecisions {
  /** Place entities' mentions that are no place, by entity index. */
  dropped: Map<number, TextSpan[]>;
  /** Place entities' mentions replaced by an added place (cut back, or overlapped by a recovered one), by entity index. */
  replaced: Map<number, TextSpan[]>;
  /** Place mentions to add, each resolved in the article's context. */
  added: Added[];
  regions: ArticleRegions;
}

/** The geoparser's decisions over a Doc's entities (pure). */
export function placeDecisions(doc: Doc, gazetteer: Gazetteer, outlet: string | null): PlaceDecisions {
  // in steps, each a function of its own (see applyPlaceDecisions)
  const entities = Array.isArray(doc.layers.entities) ? (doc.layers.entities as EntityJson[]) : [];
  const names = mapList(entities.filter(isPlace), (e) => e.name);
  const regions = articleRegions(gazetteer, names, outlet);
  const strong = recoverPlaces(doc.text, gazetteer);
  const people = surnames(entities);
  const mentions = toponymMentions(entities);
  const clubs = clubNames(doc, gazetteer, mentions);
  const sorted = sortMentions(doc, gazetteer, regions, people, mentions, clubs, strong);
  const { dropped, replaced, kept, extra } = sorted;
  extra.push(...strong);
  const taken = (t: { start: number; end: number }): boolean =>
    kept.some((p) => p.start < t.end && t.start < p.end) ||
    extra.some((p) => p.start < t.end && t.start < p.end);
  for (const t of contextPlaces(doc, gazetteer, regions)) if (!taken(t)) extra.push(t);
  if (extra.length === 0) return { dropped, replaced, added: objectList<Added>(), regions };
  const keys = packedList(names);
  for (const t of extra) keys.push(t.key);
  for (const name of namedAfterPlaces(entities, gazetteer, regions, people)) keys.push(name);
  return { dropped, replaced, added: resolveAdded(gazetteer, keys, extra, outlet), regions };
}

/** The place entities' mentions that name a place (not a description or a pronoun), in text order. */
function toponymMentions(entities: EntityJson[]): { k: number; m: TextSpan }[] {
  const mentions: { k: number; m: TextSpan }[] = [];
  entities.forEach((e, k) => {
    if (isPlace(e)) for (const m of e.mentions) if (toponymMention(m.text)) mentions.push({ k, m });
  });
  return mentions.sort((a, b) => a.m.start - b.m.start);
}

/**
 * One sense per article: a name that the words next to it once show to be a club or a product
 * ("Chelsea striker", "Brent crude") is that in its other mentions too; a town that ends a longer
 * name ("Atletico Madrid striker") is left as it is, a place inside an organization's name.
 */
function clubNames(doc: Doc, gazetteer: Gazetteer, mentions: { k: number; m: TextSpan }[]): Set<string> {
  return new Set(
    mentions
      .filter(
        ({ m }) =>
          clubOrProduct(doc, gazetteer, m.start, m.end) &&
          !/\p{Lu}[\p{L}.]*\s+$/u.test(doc.text.slice(Math.max(0, m.start - 20), m.start)),
      )
      .map(({ m }) => m.text),
  );
}

function pushTo(map: Map<number, TextSpan[]>, k: number, m: TextSpan): void {
  const list = map.get(k);
  if (list) list.push(m);
  else map.set(k, [m]);
}

/**
 * Sorts the place mentions: no place (dropped), overlapped by a recovered place or cut back to the
 * place the gazetteer knows (replaced; the cut place is an extra place), or kept. `strong` loses
 * the recovered places that a mention already is.
 */
function sortMentions(
  doc: Doc,
  gazetteer: Gazetteer,
  regions: ArticleRegions,
  people: Set<string>,
  mentions: { k: number; m: TextSpan }[],
  clubs: Set<string>,
  strong: RecoveredPlace[],
): {
  dropped: Map<number, TextSpan[]>;
  replaced: Map<number, TextSpan[]>;
  kept: TextSpan[];
  extra: RecoveredPlace[];
} {
  const dropped = new Map<number, TextSpan[]>();
  const replaced = new Map<number, TextSpan[]>();
  const kept: TextSpan[] = [];
  const extra: RecoveredPlace[] = [];
  for (const { k, m } of mentions) {
    // one call site for both lists: a call first made after the loop was compiled threw it away
    let into: Map<number, TextSpan[]> | null = null;
    if (clubs.has(m.text) || notAPlace(doc, gazetteer, m.start, m.end, people)) into = dropped;
    else {
      const same = strong.findIndex((s) => s.start === m.start && s.end === m.end);
      if (same >= 0) strong.splice(same, 1);
      if (same < 0 && strong.some((s) => s.start < m.end && m.start < s.end)) into = replaced;
      else {
        // "West Virginia Democratic", "Northeast Georgia": keep the place the gazetteer knows
        const cut = trimPlace(gazetteer, m.text, regions);
        if (!cut) {
          if (organizationOrClause(gazetteer, m.text)) into = dropped;
          else kept.push(m);
        } else {
          const text = m.text.slice(cut[0], cut[1]);
          extra.push({ start: m.start + cut[0], end: m.start + cut[1], text, key: placeKey(text) });
          into = replaced;
        }
      }
    }
    if (into) pushTo(into, k, m);
  }
  return { dropped, replaced, kept, extra };
}

/** The extra places resolved in the article's context (`keys`: every place name of the article). */
function resolveAdded(
  gazetteer: Gazetteer,
  keys: string[],
  extra: RecoveredPlace[],
  outlet: string | null,
): Added[] {
  const chosen = resolvePlaces(gazetteer, keys, { outlet });
  // one literal for every added place (a `{ ...t, entry }` copy took each source's hidden class)
  return mapList(extra, (t): Added => {
    const i = chosen.get(t.key) ?? candidatesOf(gazetteer, t.key)[0];
    return { start: t.start, end: t.end, text: t.text, key: t.key, entry: i ?? -1 };
  });
}

/**
 * Places that organizations are named after ("Shreveport Police Department", an organization
 * "Mansfield"): not place mentions, but they tell where the article is when the places are resolved.
 */
function namedAfterPlaces(
  entities: EntityJson[],
  gazetteer: Gazetteer,
  regions: ArticleRegions,
  people: Set<string>,
): string[] {
  const out: string[] = [];
  for (const e of entities) {
    if (e.type !== 'ORG' && e.type !== 'FAC' && e.type !== 'MISC') continue;
    if (people.has(e.name) || !/^\p{Lu}/u.test(e.name) || /^[\p{Lu}.&-]+$/u.test(e.name)) continue;
    if (gazetteer.has(placeKey(e.name))) out.push(e.name);
    else {
      const cut = trimPlace(gazetteer, e.name, regions);
      if (cut && cut[0] === 0) out.push(e.name.slice(0, cut[1]));
    }
  }
  return out;
}

const byStart = (a: TextSpan, b: TextSpan): number => a.start - b.start;

/**
 * Writes the decisions into `entities` (in place): added places join the place entity of the same
 * name or gazetteer entry (else a new GPE entity); a non-place mention they came from leaves its
 * entity; a place entity left with no place name is retyped (PERSON when its name is a surname of
 * the article's people, else MISC: what it is, is not known) and loses `geo`; an entity whose mentions all moved is removed,
 * roles that pointed to it pointing to where its name went. `geoOf(i)` makes an entry's geo record.
 */
export function applyPlaceDecisions(
  entities: EntityJson[],
  decisions: PlaceDecisions,
  geoOf: (i: number) => NonNullable<EntityJson['geo']>,
): EntityJson[] {
  // in steps, each a function of its own: V8 optimizes the small steps sooner (during a warm-up,
  // where this whole function was first compiled long after) and recompiles only the step that a
  // deoptimization threw away
  const split = dropNonPlaces(entities, decisions);
  let next = 1 + Math.max(0, ...entities.map((e) => Number(e.id.replace(/^\D+/, '')) || 0));
  for (const e of split) next = addSplitEntity(entities, e, next);
  // where an entity's name went, for the roles and the pronouns left behind
  const movedTo = new Map<EntityJson, EntityJson>();
  for (const t of decisions.added) next = addPlace(entities, t, geoOf, movedTo, next);
  followReplaced(entities, decisions, movedTo);
  return followNames(entities, movedTo);
}

interface SplitOff {
  name: string;
  type: string;
  mentions: TextSpan[];
  roles: EntityJson['roles'];
}

function removeMentions(e: EntityJson, spans: TextSpan[]): void {
  e.mentions = e.mentions.filter((m) => !spans.some((s) => s.start === m.start && s.end === m.end));
}

/**
 * Takes out the mentions replaced by added places and those that are no place: an entity none of
 * whose names is a place is retyped, else those mentions are split off (returned, not yet added).
 */
function dropNonPlaces(entities: EntityJson[], decisions: PlaceDecisions): SplitOff[] {
  const people = surnames(entities);
  for (const [k, spans] of decisions.replaced) removeMentions(entities[k], spans);
  const split: SplitOff[] = [];
  for (const [k, spans] of decisions.dropped) {
    const e = entities[k];
    const type = spans.every((m) => people.has(m.text)) ? 'PERSON' : 'MISC';
    if (!e.mentions.some((m) => toponymMention(m.text) && !spans.includes(m))) {
      e.type = type;
      // not deleted: the entity keeps its hidden class (JSON leaves out an undefined field alike)
      e.geo = undefined;
    } else {
      removeMentions(e, spans);
      const mentions = mapList(spans, (m): TextSpan => ({ start: m.start, end: m.end, text: m.text }));
      split.push({ name: spans[0].text, type, mentions, roles: objectList() });
    }
  }
  return split;
}

// new entities are built whole, each kind by one literal, keys in the order they are written
// out (a split-off entity: id first; an added place: id after roles): a spread copy would give
// each its own hidden class

/** Adds a split-off entity with id e`next`; returns the next free id number. */
function addSplitEntity(entities: EntityJson[], e: SplitOff, next: number): number {
  entities.push({
    id: `e${next}`,
    name: e.name,
    type: e.type,
    mentions: e.mentions,
    roles: e.roles,
    demonymOf: undefined,
    geo: undefined,
  });
  return next + 1;
}

/**
 * Adds a place mention to the place entity of its name or gazetteer entry, or to a new GPE entity
 * with id e`next`; returns the next free id number.
 */
function addPlace(
  entities: EntityJson[],
  t: Added,
  geoOf: (i: number) => NonNullable<EntityJson['geo']>,
  movedTo: Map<EntityJson, EntityJson>,
  next: number,
): number {
  const mention = { start: t.start, end: t.end, text: t.text };
  // the mention it came from (a town typed as a person, a dateline typed as an organization) leaves its entity
  for (const e of entities) {
    if (isPlace(e)) continue;
    const before = e.mentions.length;
    e.mentions = e.mentions.filter((m) => m.start !== t.start || m.end !== t.end);
    if (e.mentions.length < before && !movedTo.has(e)) movedTo.set(e, e);
  }
  const geo = t.entry >= 0 ? geoOf(t.entry) : undefined;
  let home = entities.find(
    (e) =>
      isPlace(e) &&
      e.mentions.length > 0 &&
      (placeKey(e.name) === t.key || (geo && e.geo && e.geo.gazetteerId === geo.gazetteerId)),
  );
  if (home && !home.geo && geo) home.geo = { ...geo };
  if (!home) {
    const name = geo && placeKey(t.text) !== t.key && typeof geo.name === 'string' ? geo.name : t.text;
    home = {
      name,
      type: 'GPE',
      mentions: objectList<TextSpan>(),
      roles: objectList(),
      id: `e${next++}`,
      demonymOf: undefined,
      geo: undefined,
    };
    entities.push(home);
    if (geo) home.geo = { ...geo };
  }
  home.mentions.push(mention);
  home.mentions.sort(byStart);
  for (const [from, to] of movedTo) if (to === from) movedTo.set(from, home);
  return next;
}

/** An entity whose place names were all replaced by an added place goes where they went. */
function followReplaced(
  entities: EntityJson[],
  decisions: PlaceDecisions,
  movedTo: Map<EntityJson, EntityJson>,
): void {
  for (const [k] of decisions.replaced) {
    const e = entities[k];
    if (e.mentions.some((m) => toponymMention(m.text))) continue;
    const first = decisions.replaced.get(k)![0];
    const home = entities.find(
      (o) => o !== e && isPlace(o) && o.mentions.some((m) => m.start >= first.start && m.end <= first.end),
    );
    if (home) movedTo.set(e, home);
  }
}

/** The entities left: those with no name left give their pronouns and roles to where the name went. */
function followNames(entities: EntityJson[], movedTo: Map<EntityJson, EntityJson>): EntityJson[] {
  const out = objectList<EntityJson>();
  const idOf = new Map<string, string | null>();
  for (const e of entities) {
    const to = movedTo.get(e);
    const named = e.mentions.some((m) => /^\p{Lu}/u.test(m.text) && !NOT_NAMES.has(m.text));
    if (to && to !== e && !named) {
      // a place's pronouns follow its name; a person's or an organization's do not go to a town
      if (isPlace(e)) {
        to.mentions.push(...e.mentions);
        to.mentions.sort(byStart);
        to.roles.push(...e.roles);
      }
      idOf.set(e.id, to.id);
    } else if (e.mentions.length > 0) out.push(e);
    else idOf.set(e.id, null);
  }
  if (idOf.size > 0)
    for (const e of out)
      for (const r of e.roles) if (r.of !== null && idOf.has(r.of)) r.of = idOf.get(r.of) ?? null;
  return out;
}
