/** What a third-person pronoun agrees with: gender for persons, number, and whether it may be a person. */
export interface PronounFeatures {
  gender: 'male' | 'female' | 'neuter' | 'any';
  plural: boolean;
  reflexive: boolean;
  possessive: boolean;
}

/** The third-person pronouns the resolver links (data only). */
export const PRONOUNS: ReadonlyMap<string, PronounFeatures> = new Map([
  ['he', { gender: 'male', plural: false, reflexive: false, possessive: false }],
  ['him', { gender: 'male', plural: false, reflexive: false, possessive: false }],
  ['his', { gender: 'male', plural: false, reflexive: false, possessive: true }],
  ['himself', { gender: 'male', plural: false, reflexive: true, possessive: false }],
  ['she', { gender: 'female', plural: false, reflexive: false, possessive: false }],
  ['her', { gender: 'female', plural: false, reflexive: false, possessive: false }],
  ['hers', { gender: 'female', plural: false, reflexive: false, possessive: true }],
  ['herself', { gender: 'female', plural: false, reflexive: true, possessive: false }],
  ['it', { gender: 'neuter', plural: false, reflexive: false, possessive: false }],
  ['its', { gender: 'neuter', plural: false, reflexive: false, possessive: true }],
  ['itself', { gender: 'neuter', plural: false, reflexive: true, possessive: false }],
  ['they', { gender: 'any', plural: true, reflexive: false, possessive: false }],
  ['them', { gender: 'any', plural: true, reflexive: false, possessive: false }],
  ['their', { gender: 'any', plural: true, reflexive: false, possessive: true }],
  ['theirs', { gender: 'any', plural: true, reflexive: false, possessive: true }],
  ['themselves', { gender: 'any', plural: true, reflexive: true, possessive: false }],
]);

/** Titles and words that give a person's gender when they come right before the name (data only). */
export const GENDER_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'],
  ['mr.', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['father', 'male'],
  ['brother', 'male'],
  ['mrs', 'female'],
  ['mrs.', 'female'],
  ['ms', 'female'],
  ['ms.', 'female'],
  ['miss', 'female'],
  ['madam', 'female'],
  ['lady', 'female'],
  ['dame', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
  ['sister', 'female'],
]);

/** Verbs after "it" (with "to"/"that" later) that make it a dummy subject: "it is clear that", "it seems". */
export const PLEONASTIC_VERBS = new Set([
  'is',
  "'s",
  '’s',
  'was',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'would',
  'will',
  'may',
  'might',
  'could',
  'has',
  'had',
  'takes',
  'took',
]);
