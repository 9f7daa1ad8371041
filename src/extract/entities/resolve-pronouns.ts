import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import type { Clusters } from './clusters.js';
import { mentionRole, type Role } from './grammatical-role.js';
import { makeMention } from './mention.js';
import { PLEONASTIC_VERBS, PRONOUNS, type PronounFeatures } from './pronouns.js';
import { personGenders, type Gender } from './person-gender.js';

/** A possible antecedent: an entity mention, or a common noun that competes for the pronoun. */
interface Candidate {
  head: number;
  sentence: number;
  weight: number;
  /** Mention index in the clusters, or -1 for a common noun (which wins only to block a wrong link). */
  mention: number;
  type: string;
  plural: boolean;
}

/** Salience of a grammatical role (after Lappin and Leass: subjects over objects over the rest). */
const ROLE_WEIGHT: Record<Role, number> = { subject: 150, object: 90, other: 50, possessor: 40, oblique: 30 };
/** How far back a pronoun looks, in sentences and in candidates. */
const MAX_SENTENCES = 2;
const MAX_CANDIDATES = 40;
/** The least salience a winner needs. */
const MIN_SCORE = 20;
const NEUTER_TYPES = new Set(['ORG', 'GPE', 'LOC', 'FAC', 'EVENT']);
/** Tokens that open a new clause between a subject and a pronoun (binding stops at them). */
const CLAUSE_BREAK = /^(,|;|:|that|which|who|whom|and|but|because|while|when|after|before|if)$/i;

function tagIds(...tags: string[]): Set<number> {
  return new Set(tags.map((t) => labels.intern(t)));
}

/**
 * Resolves third-person pronouns (he, she, it, they and their forms) to the entities of the
 * article, left to right: candidates in the pronoun's sentence and the two before it must agree
 * in gender, number and kind (a person for he/she; a place or organization for it), may not be
 * the subject of the pronoun's own clause when the pronoun is its object ("Trump praised him"),
 * and are ranked by salience (grammatical role, halved for every sentence back). Common nouns
 * compete too: when "a cease-fire" is the likelier antecedent of "it", "it" stays unlinked.
 */
export function resolvePronouns(doc: Doc, clusters: Clusters): void {
  const nouns = tagIds('NN', 'NNS');
  const plurals = tagIds('NNS', 'NNPS');
  const pronounTags = tagIds('PRP', 'PRP$');
  const nounLike = tagIds('NN', 'NNS', 'NNP', 'NNPS', 'POS', 'HYPH');
  const genders = personGenders(doc, clusters);
  const mentionAt = new Int32Array(doc.length).fill(-1);
  for (let m = 0; m < clusters.mentions.length; m++) {
    const mention = clusters.mentions[m];
    for (let i = mention.start; i < mention.end; i++) mentionAt[i] = m;
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < doc.length; i++) {
    const m = mentionAt[i];
    if (m >= 0) {
      const mention = clusters.mentions[m];
      if (i === mention.head && (mention.type !== 'NORP' || !nouns.has(doc.xpos[i + 1] ?? 0))) {
        const weight = ROLE_WEIGHT[mentionRole(doc, mention.start, mention.end, i)];
        const plural = mention.type === 'NORP' || plurals.has(doc.xpos[i]);
        candidates.push({
          head: i,
          sentence: mention.sentence,
          weight,
          mention: m,
          type: mention.type,
          plural,
        });
      }
      continue;
    }
    if (nouns.has(doc.xpos[i])) {
      if (i + 1 < doc.length && nounLike.has(doc.xpos[i + 1])) continue; // not the head of its phrase
      let start = i;
      while (start > 0 && nounLike.has(doc.xpos[start - 1]) && mentionAt[start - 1] < 0) start--;
      const weight = ROLE_WEIGHT[mentionRole(doc, start, i + 1, i)];
      candidates.push({
        head: i,
        sentence: doc.sentenceOf(i),
        weight,
        mention: -1,
        type: '',
        plural: plurals.has(doc.xpos[i]),
      });
      continue;
    }
    if (!pronounTags.has(doc.xpos[i])) continue;
    const features = PRONOUNS.get(doc.tokenText(i).toLowerCase());
    if (!features || (features.gender === 'neuter' && !features.possessive && isPleonastic(doc, i))) continue;
    const role = mentionRole(doc, i, i + 1, i);
    const best = bestCandidate(doc, clusters, candidates, genders, i, role, features);
    if (best === undefined) continue;
    const target = clusters.mentions[best.mention];
    const added = clusters.add(makeMention(doc, i, i + 1, target.type, 'pronoun'));
    clusters.union(added, best.mention);
    const root = clusters.find(best.mention);
    if (features.gender === 'male' || features.gender === 'female')
      genders.set(root, genders.get(root) ?? features.gender);
    const sentence = doc.sentenceOf(i);
    candidates.push({
      head: i,
      sentence,
      weight: ROLE_WEIGHT[role],
      mention: added,
      type: target.type,
      plural: best.plural,
    });
  }
}

/** The most salient candidate that agrees with the pronoun at i, or undefined (none, or a common noun wins). */
function bestCandidate(
  doc: Doc,
  clusters: Clusters,
  candidates: Candidate[],
  genders: Map<number, Gender>,
  i: number,
  role: Role,
  features: PronounFeatures,
): Candidate | undefined {
  const sentence = doc.sentenceOf(i);
  let best: Candidate | undefined;
  let bestScore = MIN_SCORE - 1;
  for (let k = candidates.length - 1, seen = 0; k >= 0 && seen < MAX_CANDIDATES; k--, seen++) {
    const c = candidates[k];
    const distance = sentence - c.sentence;
    if (distance > MAX_SENTENCES) break;
    // organizations take "they" as often as "it" in news English
    if (c.plural !== features.plural && !(features.plural && c.type === 'ORG')) continue;
    if (!agrees(clusters, genders, c, features)) continue;
    if (
      distance === 0 &&
      !features.reflexive &&
      !features.possessive &&
      role === 'object' &&
      isLocalSubject(doc, c, i)
    ) {
      continue; // "Trump praised him": not Trump
    }
    if (features.reflexive && (distance > 0 || !sameClause(doc, c.head, i))) continue;
    const score = c.weight / (1 << distance);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best && best.mention >= 0 ? best : undefined;
}

/** True when the candidate can be what the pronoun refers to. */
function agrees(
  clusters: Clusters,
  genders: Map<number, Gender>,
  c: Candidate,
  features: PronounFeatures,
): boolean {
  if (c.mention < 0) return features.gender === 'neuter' || features.gender === 'any';
  if (features.gender === 'neuter') return NEUTER_TYPES.has(c.type);
  if (features.gender === 'any') return c.type === 'NORP' || c.type === 'ORG' || c.type === 'PERSON';
  if (c.type !== 'PERSON') return false;
  const known = genders.get(clusters.find(c.mention));
  return known === undefined || known === features.gender;
}

/** True when the candidate is the subject of the verb whose object is the pronoun at i ("Jones praised him"). */
function isLocalSubject(doc: Doc, c: Candidate, i: number): boolean {
  if (c.weight === ROLE_WEIGHT.subject && sameClause(doc, c.head, i) && !subjectBetween(doc, c.head, i))
    return true;
  // without a parse: only verbs, auxiliaries and adverbs stand between the name and the pronoun
  for (let k = c.head + 1; k < i; k++) if (!/^(VB|MD|RB)/.test(doc.label('xpos', k))) return false;
  return c.head + 1 < i;
}

/** True when a noun or pronoun right before a verb lies between tokens a and b ("said Jones praised"): another clause's subject. */
function subjectBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k + 1 < b; k++) {
    if (/^(NN|PRP$)/.test(doc.label('xpos', k)) && /^(VB|MD)/.test(doc.label('xpos', k + 1))) return true;
  }
  return false;
}

/** True when no clause break lies between tokens a and b of one sentence. */
function sameClause(doc: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++)
    if (doc.end[k] - doc.start[k] <= 7 && CLAUSE_BREAK.test(doc.tokenText(k))) return false;
  return true;
}

/** "it is clear that…", "it seems": a dummy subject, not a reference. */
function isPleonastic(doc: Doc, i: number): boolean {
  if (i + 1 >= doc.length || !PLEONASTIC_VERBS.has(doc.tokenText(i + 1).toLowerCase())) return false;
  const end = Math.min(doc.length, i + 9);
  for (let k = i + 2; k < end; k++) {
    const word = doc.tokenText(k).toLowerCase();
    if (word === 'that' || word === 'to' || word === 'whether') return true;
    if (word === '.' || word === ',') return false;
  }
  return false;
}
