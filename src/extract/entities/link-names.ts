import type { Doc } from '../../doc/doc.js';
import { isGovernmentMetonym } from './capital-metonymy.js';
import type { Clusters } from './clusters.js';
import { countryOf } from './country-index.js';
import { knownAcronymKey, linkDefinedAcronyms } from './link-acronyms.js';
import { mentionText, nameKey, type Mention } from './mention.js';
import { firstNameGender, type Gender } from './person-gender.js';
import { GENDER_TITLES } from './pronouns.js';
import { mapList } from '../object-list.js';

/** Titles that may open a person's name in the text ("Mr Greenspan", "Dr Rice"), as name keys write them. */
const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lady',
  'lord',
]);

/** A person name's words without the title that opens it, and the gender that title or its first name states. */
interface PersonName {
  words: string[];
  core: string[];
  gender: Gender | undefined;
}

/** The words of a person mention's key; a title just before the mention ("Mrs" + "Blair") counts as its own. */
function personName(doc: Doc, mention: Mention): PersonName {
  const words = mention.key.split(' ');
  const titled = words.length > 1 && NAME_TITLES.has(words[0]);
  const core = titled ? words.slice(1) : words;
  const before = mention.start > 0 ? nameKey(doc.tokenText(mention.start - 1)) : '';
  const gender = titled
    ? GENDER_TITLES.get(words[0])
    : NAME_TITLES.has(before)
      ? GENDER_TITLES.get(before)
      : core.length > 1
        ? firstNameGender(core[0])
        : undefined;
  return { words, core, gender };
}

/** Types that name places or polities: one name there is one entity whatever the recognizer's type. */
const NON_PERSON = new Set(['ORG', 'GPE', 'LOC', 'FAC']);

/** The group key of a place or organization name: its country, its known expansion, or itself. */
function groupKey(doc: Doc, clusters: Clusters, m: number, defined: Set<string>): string {
  const mention = clusters.mentions[m];
  const country = countryOf(mention.key);
  const metonym = country?.role === 'capital' && mention.type === 'GPE' && isGovernmentMetonym(doc, mention);
  if (
    country &&
    (country.role === 'country' || metonym) &&
    mention.type !== 'PERSON' &&
    mention.type !== 'NORP'
  ) {
    clusters.impliedName.set(m, country.name);
    return `country:${country.name}`;
  }
  if (!defined.has(mention.key)) {
    const known = knownAcronymKey(mentionText(doc, mention));
    if (known) {
      clusters.impliedName.set(m, known.name);
      return `name:${known.key}`;
    }
  }
  return `name:${mention.key}`;
}

/**
 * Links the name mentions of one article: the same name, alternate names of a country
 * ("Turkey"/"Türkiye", "U.S."), a capital standing for its government ("Ankara has made its
 * criticism"), acronyms defined in parentheses or known ("NATO"), and a person's
 * surname or shorter form to the fullest name that contains it ("Kalın" → "Ibrahim Kalın").
 */
export function linkNames(doc: Doc, clusters: Clusters): void {
  const defined = linkDefinedAcronyms(doc, clusters);
  const count = clusters.mentions.length;
  const persons: number[] = [];
  for (let m = 0; m < count; m++) {
    const mention = clusters.mentions[m];
    if (mention.kind !== 'name') continue;
    if (mention.type === 'PERSON') persons.push(m);
    else if (NON_PERSON.has(mention.type)) clusters.join(m, groupKey(doc, clusters, m, defined));
    else clusters.join(m, `${mention.type}:${mention.key}`);
  }
  linkPersons(doc, clusters, persons);
  // one name is one entity whatever type the recognizer gave each of its mentions ("Rover" ORG
  // and PERSON, "Charles Clarke" PERSON and ORG, "Palestinian" NORP and GPE); the type is then the
  // one most of its names have. Not where the name is both a person and a place (a town named like
  // a surname, "Mansfield", "Woodbridge": the majority would take the place from a local article),
  // and a name that stands for a country (a capital's metonymy, an alias) keeps to its country.
  const person = new Set<string>();
  const place = new Set<string>();
  for (let m = 0; m < count; m++) {
    const mention = clusters.mentions[m];
    if (mention.kind !== 'name') continue;
    if (mention.type === 'PERSON') person.add(mention.key);
    else if (mention.type === 'GPE' || mention.type === 'LOC') place.add(mention.key);
  }
  for (let m = 0; m < count; m++) {
    const mention = clusters.mentions[m];
    if (mention.kind !== 'name' || clusters.impliedName.has(m)) continue;
    if (person.has(mention.key) && place.has(mention.key)) continue;
    clusters.join(m, `any:${mention.key}`);
  }
}

/**
 * People: the same full name is one person; a shorter name whose words are all in a longer one
 * ending the same ("Kalın", "Recep Erdoğan") joins that longer name — the nearest one before it
 * when several fit, so "Trump" after "Melania Trump" is Melania, and "Donald Trump" and
 * "Melania Trump" stay apart. A title opening the shorter name is not one of its words ("Mr
 * Greenspan" joins "Alan Greenspan"), but the gender it states must not contradict the longer
 * name's title or first name ("Mrs Blair" joins "Cherie Blair", not "Tony Blair").
 */
function linkPersons(doc: Doc, clusters: Clusters, persons: number[]): void {
  const names = mapList(persons, (m) => personName(doc, clusters.mentions[m]));
  for (let p = 0; p < persons.length; p++) {
    clusters.join(persons[p], `person:${clusters.mentions[persons[p]].key}`);
  }
  // candidates share the last word, so only those are compared (no pass over every pair)
  const byLast = new Map<string, number[]>();
  names.forEach((n, p) => {
    const last = n.words[n.words.length - 1];
    const list = byLast.get(last);
    if (list) list.push(p);
    else byLast.set(last, [p]);
  });
  for (let p = 0; p < persons.length; p++) {
    const short = names[p];
    let best = -1;
    let bestBefore = false;
    for (const q of byLast.get(short.words[short.words.length - 1]) ?? []) {
      const long = names[q];
      // fuller: more words besides the title, or the same words with a title ("Greenspan", "Mr Greenspan")
      const fuller =
        long.core.length > short.core.length ||
        (long.core.length === short.core.length && long.words.length > short.words.length);
      if (!fuller || !short.core.every((w) => long.core.includes(w))) continue;
      if (short.gender && long.gender && short.gender !== long.gender) continue;
      const before = q < p;
      // the nearest longer name before the mention, else the first after it
      if (best < 0 || (before && (!bestBefore || q > best))) {
        best = q;
        bestBefore = before;
      }
    }
    if (best >= 0) clusters.union(persons[p], persons[best]);
  }
  linkFirstNames(doc, clusters, persons, names, byLast);
}

/**
 * A first name alone ("Jane", in "called his mother, Jane, after the crash ... Jane Harris
 * added") joins the one full name in the article that opens with it, when no other full name
 * does, no one has it as a surname, and the first-name lists know it.
 */
function linkFirstNames(
  doc: Doc,
  clusters: Clusters,
  persons: number[],
  names: PersonName[],
  byLast: Map<string, number[]>,
): void {
  const byFirst = new Map<string, number[]>();
  names.forEach((n, p) => {
    if (n.core.length < 2) return;
    const list = byFirst.get(n.core[0]);
    if (list) list.push(p);
    else byFirst.set(n.core[0], [p]);
  });
  for (let p = 0; p < persons.length; p++) {
    const short = names[p];
    if (short.words.length !== 1 || byLast.get(short.words[0])?.some((q) => names[q].core.length > 1))
      continue;
    // a first name the lists know ("Jane", "Harry"), not a word such as "Manhattan" or "Avondale"
    // that the recognizer typed a person in "Manhattan Regional Airport", "Avondale Estates"
    if (!firstNameGender(short.words[0])) continue;
    const full = byFirst.get(short.words[0]);
    if (!full) continue;
    const people = new Set(full.map((q) => clusters.find(persons[q])));
    if (people.size === 1) clusters.union(persons[p], persons[full[0]]);
  }
}
