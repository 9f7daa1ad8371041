import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { isParsed, mentionRole } from './grammatical-role.js';
import type { Mention } from './mention.js';

/** Prepositions that make a capital a place ("in Ankara", "to Washington"), not a government. */
const PLACE_PREPOSITIONS = new Set([
  'in',
  'to',
  'from',
  'at',
  'near',
  'outside',
  'into',
  'around',
  'across',
  'via',
]);

/**
 * Nouns that a capital's possessive gives to its government ("Washington's commitments",
 * "Beijing's decision", "Seoul's defence ministry", "Pyongyang's missile test"). Anything else
 * a capital owns is the city's: "London's Evening Standard", "Tokyo's Nikkei", "Berlin's iconic
 * Brandenburg Gate", "Tehran's new airport", "London's bid for the 2012 Games".
 */
const GOVERNMENT_NOUNS = new Set(
  (
    'decision decisions position positions stance policy policies commitment commitments effort efforts ' +
    'response refusal inability move moves demand demands threat threats warning warnings ally allies ' +
    'relations ties test tests launch launches programme programmes program programs government ministry ' +
    'ministries embassy ambassador envoy envoys official officials leadership leader leaders regime claim ' +
    'claims proposal proposals resolution rhetoric sanctions approach strategy interests concerns objection ' +
    'objections criticism backing approval opposition intervention involvement influence pressure ' +
    'crackdown diplomacy diplomats negotiator negotiators delegation military army forces troops missile ' +
    'missiles weapons actions reaction insistence request offer protector support stance intentions ' +
    'ambitions aggression provocation provocations accusations accusation denial denials condemnation ' +
    'veto annexation invasion occupation blockade retaliation call calls'
  ).split(' '),
);

/** Tags a possessed noun phrase runs over before its head ("'s current diplomatic efforts"). */
const PHRASE_TAGS = /^(JJ|JJR|JJS|NN|NNS|NNP|NNPS|CD|VBN|HYPH|``|'')$/;

/**
 * The head of the noun phrase a possessive mention owns: the last noun of the run of modifiers
 * and nouns after its possessive ending ("Seoul's defence ministry said" → "ministry").
 */
function possessedHead(doc: Doc, mention: Mention): number {
  const sentenceEnd = doc.sentence(doc.sentenceOf(mention.start)).end;
  let k = mention.end;
  if (k < sentenceEnd && doc.label('xpos', k) === 'POS') k++;
  let head = -1;
  for (; k < sentenceEnd && PHRASE_TAGS.test(doc.label('xpos', k)); k++) {
    if (doc.label('xpos', k).startsWith('NN')) head = k;
  }
  return head;
}

/**
 * Verbs whose passive subject is the place itself ("London has been nuked", "Kyiv was hit"); a
 * government is threatened, urged or represented ("Beijing has been threatened with sanctions").
 */
const PHYSICAL_PASSIVES = new Set(
  'hit struck nuked bombed shelled attacked flooded shaken rocked paralysed paralyzed evacuated gripped engulfed blanketed battered built rebuilt'.split(
    ' ',
  ),
);

/**
 * True when the capital, the subject of its clause, is the place it names rather than its
 * government: the subject of a passive of physical harm ("London has been nuked") or of a noun
 * after "be" ("Bangkok is a relatively recent addition to the festival circuit"; not "Beijing is
 * under close scrutiny").
 */
function placeSubject(doc: Doc, mention: Mention): boolean {
  if (!isParsed(doc)) return false;
  const governor = doc.head[mention.head];
  if (governor < 0) return false;
  const passive = labels.get(doc.dep[mention.head]) === 'nsubj:pass';
  const nominal = /^(NOUN|PROPN)$/.test(doc.label('upos', governor));
  let cop = false;
  let aux = passive;
  for (let k = mention.head + 1; k < governor; k++) {
    if (doc.head[k] !== governor) continue;
    const dep = labels.get(doc.dep[k]);
    if (dep === 'case') return false; // a prepositional predicate: "is under close scrutiny"
    // the parser often labels a passive's subject nsubj; its "been" / "is" still says aux:pass
    if (dep === 'aux:pass') aux = true;
    if (dep === 'cop') cop = true;
  }
  if (nominal) return cop;
  return aux && PHYSICAL_PASSIVES.has(doc.tokenText(governor).toLowerCase());
}

/**
 * True when a capital's name stands for its country's government ("Ankara has made its
 * criticism", "Washington's position"): it is the subject of a verb (not of a passive of harm,
 * nor of "is a …") or the possessor of a word of government or policy (GOVERNMENT_NOUNS), and no place
 * preposition comes before it.
 */
export function isGovernmentMetonym(doc: Doc, mention: Mention): boolean {
  if (mention.start > 0 && PLACE_PREPOSITIONS.has(doc.tokenText(mention.start - 1).toLowerCase()))
    return false;
  const role = mentionRole(doc, mention.start, mention.end, mention.head);
  if (role === 'subject') return !placeSubject(doc, mention);
  if (role !== 'possessor') return false;
  const owned = possessedHead(doc, mention);
  return owned >= 0 && GOVERNMENT_NOUNS.has(doc.tokenText(owned).toLowerCase());
}
