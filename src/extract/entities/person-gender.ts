import type { Doc } from '../../doc/doc.js';
import type { Clusters } from './clusters.js';
import { GENDER_TITLES } from './pronouns.js';

/** A person's grammatical gender as the article shows it. */
export type Gender = 'male' | 'female';

/** First names common in English-language news, by gender (data only; a hint, never a rule). */
const MALE_NAMES = new Set(
  (
    'john james robert michael william david richard joseph thomas charles christopher daniel matthew ' +
    'anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward ' +
    'jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin ' +
    'samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry ' +
    'peter joe bill barack vladimir xi emmanuel boris recep mohammad mohammed muhammad ahmed ali ' +
    'ibrahim benjamin yahya ismail mahmoud hassan hussein omar abdullah khalid joe keir rishi olaf ' +
    'tony gordon alan alastair nick ian neil simon colin graham keith nigel gerhard jacques silvio'
  ).split(' '),
);
const FEMALE_NAMES = new Set(
  (
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty ' +
    'margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah ' +
    'stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela ' +
    'nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria ' +
    'heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith ' +
    'megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice ' +
    'jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle ' +
    'theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary ' +
    'kamala theresa angela ursula melania jill fatima aisha layla ' +
    'cherie clare claire harriet tessa estelle condoleezza hazel yvette gillian kate jane lucy fiona'
  ).split(' '),
);

/** The gender a common first name hints (lower case, as in a name key), if the lists know it. */
export function firstNameGender(word: string): Gender | undefined {
  if (MALE_NAMES.has(word)) return 'male';
  if (FEMALE_NAMES.has(word)) return 'female';
  return undefined;
}

/**
 * The gender of each person cluster that the article states or hints: a title before a mention
 * ("Mrs. Trump", "Queen Rania") or a common first name. Keyed by the cluster's representative
 * mention; pronouns resolved later add to it.
 */
export function personGenders(doc: Doc, clusters: Clusters): Map<number, Gender> {
  const genders = new Map<number, Gender>();
  for (let m = 0; m < clusters.mentions.length; m++) {
    const mention = clusters.mentions[m];
    if (mention.type !== 'PERSON' || mention.kind !== 'name') continue;
    const root = clusters.find(m);
    const title =
      mention.start > 0 ? GENDER_TITLES.get(doc.tokenText(mention.start - 1).toLowerCase()) : undefined;
    if (title) {
      genders.set(root, title);
      continue;
    }
    if (genders.has(root) || mention.end - mention.start < 2) continue;
    const first = mention.key.slice(0, mention.key.indexOf(' '));
    if (MALE_NAMES.has(first)) genders.set(root, 'male');
    else if (FEMALE_NAMES.has(first)) genders.set(root, 'female');
  }
  return genders;
}
