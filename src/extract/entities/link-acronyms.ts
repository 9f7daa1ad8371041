import type { Doc } from '../../doc/doc.js';
import type { Clusters } from './clusters.js';
import { knownAcronym } from './known-acronyms.js';
import { makeMention, nameKey } from './mention.js';

/** An acronym: two to eight capitals, dots allowed ("MIT", "U.N.", "OIC"). */
const ACRONYM = /^(?:[A-Z]\.?){2,8}$/;

/**
 * Acronyms defined in parentheses right after a name ("National Intelligence Organization (MIT)"):
 * the acronym joins the name's cluster, and so does every later use of the acronym, tagged or not.
 * Defined acronyms win over the known list ("MIT" here is not the Massachusetts institute).
 * Returns the acronym keys defined.
 */
export function linkDefinedAcronyms(doc: Doc, clusters: Clusters): Set<string> {
  const defined = new Map<string, number>();
  const count = clusters.mentions.length;
  for (let m = 0; m < count; m++) {
    const mention = clusters.mentions[m];
    const open = mention.end;
    if (mention.type === 'PERSON' || open + 2 >= doc.length) continue;
    if (doc.tokenText(open) !== '(' || doc.tokenText(open + 2) !== ')') continue;
    const acronym = doc.tokenText(open + 1);
    if (!ACRONYM.test(acronym)) continue;
    defined.set(nameKey(acronym), m);
  }
  if (defined.size === 0) return new Set();
  // every name mention spelled as a defined acronym joins its definition
  for (let m = 0; m < count; m++) {
    const full = defined.get(clusters.mentions[m].key);
    if (full !== undefined && full !== m) clusters.union(m, full);
  }
  // acronym tokens the recognizer missed become mentions too
  const tagged = new Set<number>();
  for (const mention of clusters.mentions) for (let i = mention.start; i < mention.end; i++) tagged.add(i);
  for (let i = 0; i < doc.length; i++) {
    if (tagged.has(i) || doc.end[i] - doc.start[i] > 10) continue;
    const text = doc.tokenText(i);
    if (!ACRONYM.test(text)) continue;
    const full = defined.get(nameKey(text));
    if (full === undefined) continue;
    const added = clusters.add(makeMention(doc, i, i + 1, clusters.mentions[full].type, 'name'));
    clusters.union(added, full);
  }
  return new Set(defined.keys());
}

/** The group key of a known acronym spelled in capitals ("UN" → the key of "United Nations"), or undefined. */
export function knownAcronymKey(text: string): { key: string; name: string } | undefined {
  if (!ACRONYM.test(text)) return undefined;
  const expansion = knownAcronym(text);
  return expansion ? { key: nameKey(expansion.name), name: expansion.name } : undefined;
}
