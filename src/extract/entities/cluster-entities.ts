import type { Doc } from '../../doc/doc.js';
import { Clusters } from './clusters.js';
import { demonymGovernments } from './demonym-government.js';
import { linkNames } from './link-names.js';
import { nameMentions } from './mention.js';
import { linkPlaceDescriptions } from './place-description.js';
import { resolvePronouns } from './resolve-pronouns.js';

/**
 * Clusters the mentions of one article into entities. Order matters: names first (they are the
 * most reliable), then descriptions that point back at names, then pronouns, which need every
 * entity in place to pick the most salient one.
 */
export function clusterEntities(doc: Doc): Clusters {
  const { names, found } = demonymGovernments(doc, nameMentions(doc));
  const clusters = new Clusters();
  for (const mention of names) clusters.add(mention);
  linkNames(doc, clusters);
  for (const description of found) {
    const i = clusters.add(description.mention);
    clusters.impliedName.set(i, description.country);
    clusters.join(i, `country:${description.country}`);
  }
  linkPlaceDescriptions(doc, clusters);
  resolvePronouns(doc, clusters);
  return clusters;
}
