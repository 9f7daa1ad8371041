import type { EntityJson } from '../../doc/contract.js';
import type { Doc } from '../../doc/doc.js';
import { appositiveRole } from './appositive-role.js';
import { canonicalName } from './canonical-name.js';
import type { Clusters } from './clusters.js';
import { countryOf } from './country-index.js';
import { mentionText } from './mention.js';
import { prenominalRole } from './prenominal-role.js';
import type { FoundRole } from './role.js';
import { filledKind, mapList, objectList } from '../object-list.js';

/** The entities of an article and, per token, the entity that holds it. */
export interface EntityLayer {
  entities: EntityJson[];
  /**
   * `entityOfToken[i]` is the index in `entities` (id "e" + (index + 1)) of the entity with a
   * mention over token i, or -1. Where mentions nest ("the Palestinian enclave" around the NORP
   * "Palestinian"), the innermost mention's entity wins.
   */
  entityOfToken: Int32Array;
}

/** The type most of a cluster's names have, MISC counting half (its first mention's when it has no name). */
function clusterType(clusters: Clusters, group: number[]): string {
  const votes = new Map<string, number>();
  for (const m of group) {
    const mention = clusters.mentions[m];
    // MISC, the recognizer's catch-all, counts half: "Mansfield" MISC three times and ORG three
    // times (the city's council) is the city's
    if (mention.kind === 'name')
      votes.set(mention.type, (votes.get(mention.type) ?? 0) + (mention.type === 'MISC' ? 0.5 : 1));
  }
  if (
    group.some((m) => clusters.impliedName.has(m) && countryOf(clusters.mentions[m].key)?.role !== undefined)
  )
    return 'GPE';
  let best = clusters.mentions[group[0]].type;
  let most = 0;
  for (const [type, count] of votes) if (count > most) [best, most] = [type, count];
  return best;
}

/** Turns clusters into contract entities (ids in order of first mention), with roles and the token map. */
export function buildEntities(doc: Doc, clusters: Clusters): EntityLayer {
  const groups = clusters.groups();
  const entityOfMention = new Int32Array(clusters.mentions.length);
  groups.forEach((group, e) => group.forEach((m) => (entityOfMention[m] = e)));
  const entityOfToken = new Int32Array(doc.length).fill(-1);
  const mentionAt = new Int32Array(doc.length).fill(-1);
  // longest first, so inner mentions overwrite the outer ones
  const bySize = clusters.mentions.map((_, m) => m).sort((a, b) => sizeOf(clusters, b) - sizeOf(clusters, a));
  for (const m of bySize) {
    const mention = clusters.mentions[m];
    for (let i = mention.start; i < mention.end; i++) {
      entityOfToken[i] = entityOfMention[m];
      mentionAt[i] = m;
    }
  }
  const typeOf = (m: number): string => clusters.mentions[m].type;
  // every entity has every field from the start, in the order they are written out (the later
  // steps fill `demonymOf` and `geo`; JSON leaves out those still undefined): one hidden class for
  // all the code that reads entities, instead of one per set of fields added along the way
  const entities: EntityJson[] = mapList(groups, (group, e): EntityJson => ({
    id: `e${e + 1}`,
    name: canonicalName(doc, clusters, group),
    type: clusterType(clusters, group),
    mentions: mapList(group, (m) => {
      const mention = clusters.mentions[m];
      return { start: mention.charStart, end: mention.charEnd, text: mentionText(doc, mention) };
    }),
    roles: objectList(),
    demonymOf: undefined,
    geo: undefined,
  }));
  for (let m = 0; m < clusters.mentions.length; m++) {
    const mention = clusters.mentions[m];
    if (mention.kind !== 'name' || mention.type !== 'PERSON') continue;
    const entity = entities[entityOfMention[m]];
    for (const found of [
      prenominalRole(doc, mention.start, mentionAt),
      appositiveRole(doc, mention.end, mentionAt, typeOf),
    ]) {
      if (found) addRole(doc, entity, found, found.of >= 0 ? entities[entityOfMention[found.of]] : undefined);
    }
  }
  linkDemonyms(clusters, groups, entities, entityOfMention);
  // an article with no entity gets an object list too (a map over no groups gives a list of
  // small integers, another hidden class for every reader of entities)
  return { entities: filledKind(entities), entityOfToken };
}

function sizeOf(clusters: Clusters, m: number): number {
  return clusters.mentions[m].end - clusters.mentions[m].start;
}

/** Adds a role once (the same title span found twice is one role); a role is never held in its own holder. */
function addRole(doc: Doc, entity: EntityJson, found: FoundRole, owner: EntityJson | undefined): void {
  const start = doc.start[found.start];
  const end = doc.end[found.end - 1];
  if (entity.roles.some((r) => r.start === start && r.end === end)) return;
  const of = owner && owner !== entity ? owner.id : null;
  entity.roles.push({ title: doc.text.slice(start, end).split(/\s+/).join(' '), of, start, end });
}

/** A nationality used as a modifier ("Israeli troops") points at its country's entity when the article has one. */
function linkDemonyms(
  clusters: Clusters,
  groups: number[][],
  entities: EntityJson[],
  entityOfMention: Int32Array,
): void {
  groups.forEach((group, e) => {
    if (entities[e].type !== 'NORP') return;
    const country = countryOf(clusters.mentions[group[0]].key.replace(/s$/, ''));
    if (country?.role !== 'demonym') return;
    const anchor = clusters.keyed(`country:${country.name}`);
    if (anchor === undefined) return;
    entities[e].demonymOf = entities[entityOfMention[anchor]].id;
  });
}
