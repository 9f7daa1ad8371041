import type { Doc } from '../../doc/doc.js';
import type { Clusters } from './clusters.js';
import { countryOf } from './country-index.js';
import { mentionText, nameKey } from './mention.js';

const ACRONYM = /^(?:[A-Z]\.?){2,8}$/;

/** Courtesy titles, no part of a name (a peer's "Lord Goldsmith" or "Sir Alex" stays as written). */
const PLAIN_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor']);

/** A name as written, with its spaces made single and its letters composed (NFC). */
function clean(text: string): string {
  // a sentence-initial article is not part of the name ("The National Intelligence Organization")
  return text
    .split(/\s+/)
    .join(' ')
    .replace(/^The (?=\p{Lu})/u, '')
    .normalize('NFC');
}

/**
 * The canonical name of a cluster: for a country, its most frequent spelling in the article
 * ("Türkiye" over "Ankara"); otherwise the fullest name written (most words besides a courtesy
 * title, then one without it, then the longest). An
 * acronym alone gives way to the full name a pass knows ("U.S." → "United States", "NATO" →
 * "North Atlantic Treaty Organization"); a cluster without names takes that name or its first mention.
 */
export function canonicalName(doc: Doc, clusters: Clusters, group: number[]): string {
  const counts = new Map<string, number>();
  let fullest = '';
  let fullestWords = 0;
  let fullestTitled = false;
  let implied = '';
  for (const m of group) {
    implied ||= clusters.impliedName.get(m) ?? '';
    const mention = clusters.mentions[m];
    if (mention.kind !== 'name') continue;
    const text = clean(mentionText(doc, mention));
    if (countryOf(mention.key)?.role === 'country') counts.set(text, (counts.get(text) ?? 0) + 1);
    if (ACRONYM.test(text)) continue;
    // a courtesy title is no word of the name: "Alan Greenspan" over "Mr Greenspan", "Prentis" over "Mr Prentis"
    const split = text.split(' ');
    const titled = split.length > 1 && PLAIN_TITLES.has(nameKey(split[0]));
    const words = split.length - (titled ? 1 : 0);
    if (
      words > fullestWords ||
      (words === fullestWords &&
        (fullestTitled ? !titled || text.length > fullest.length : !titled && text.length > fullest.length))
    ) {
      fullest = text;
      fullestWords = words;
      fullestTitled = titled;
    }
  }
  let best = '';
  let bestCount = 0;
  for (const [text, count] of counts) {
    if (count > bestCount && !ACRONYM.test(text)) {
      best = text;
      bestCount = count;
    }
  }
  return best || fullest || implied || clean(mentionText(doc, clusters.mentions[group[0]]));
}
