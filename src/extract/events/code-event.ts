import type { Doc } from '../../doc/doc.js';
import { labels } from '../../doc/string-store.js';
import { actorWithin, isActorPhrase, objectAfter, prepPhraseAfter, subjectBefore } from './arguments.js';
import { clauseSubject } from './clause-subject.js';
import { FRAME, NAMING, PARTAKE, PROSPECT, PROSPECT_PREPS, RALLY, SUBORDINATE } from './cue-words.js';
import { findTriggers, type TriggerMention } from './find-triggers.js';
import { invertedSubject } from './inverted-subject.js';
import { entitiesOf } from './link-entities.js';
import { relativeObject } from './relative-object.js';
import { withListedMembers } from './listed-members.js';
import { openingParticipleSubject } from './opening-participle.js';
import { headOf, isNominal, phraseEndingAt, phraseStartingAt, type TokenRange } from './noun-phrase.js';
import { ploverSense } from './plover-type.js';
import { TRIGGERS, type TriggerEntry, type TriggerSense } from './trigger-lexicon.js';
import { verbGroup } from './verb-group.js';
import { hashSet, wordHash, wordHashes } from './word-hash.js';
import { governingKind, wrapperChain, type ChainLink } from './wrappers.js';

/** How the text presents an event. `reported` is set later, from the quotes layer. */
export type Modality = 'asserted' | 'reported' | 'hypothetical' | 'negated' | 'future' | 'demanded';

/** One event coded from one trigger, before entities, times and merging are attached. */
export interface CodedEvent {
  /** The PLOVER coding (the speech act when wrapped: "threatened to ban" is THREATEN). */
  sense: TriggerSense;
  /** What the trigger word itself names, when it differs from `sense`. */
  action?: TriggerSense;
  trigger: TokenRange;
  /** From the outermost wrapping verb to the end of the trigger ("threatened to ban"). */
  span: TokenRange;
  source: TokenRange | null;
  target: TokenRange | null;
  modality: Modality;
  sentence: number;
  /** Lower is more central to its sentence: position plus penalties for subordinate use. */
  rank: number;
  /** The subject is that of an earlier coordinated verb ("It has condemned ..., halted all trade"). */
  borrowed?: boolean;
  /** Wrapping verbs that are triggers themselves and must not be coded again. */
  consumed: number[];
}

const VERB = labels.intern('VERB');
const PRON = labels.intern('PRON');
const PROPN = labels.intern('PROPN');
const VBN = labels.intern('VBN');
const VBG = labels.intern('VBG');
const COMMA = hashSet(', ; :');
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD'].map((t) => labels.intern(t)));
const SKIP_TO_FRAME = hashSet(
  'that , on today yesterday monday tuesday wednesday thursday friday saturday sunday',
);
const BY = hashSet('by');
const TARGET_PREPS = hashSet('with against on to into from between in for');
const NOUN_TARGET_PREPS = hashSet('with against on to between for into');
const CHAIN_PREPS = hashSet('of to into in for from on against with by');
const OF = hashSet('of');
const IN = hashSet('in');
/** Heads of a measure before "of" an event noun ("months of negotiations", "a round of talks"). */
const MEASURE = hashSet('days weeks months years decades hours round rounds series lot');

/** A verb of saying that frames the clause starting at `start` ("Russia said [on Tuesday] [that] ..."). */
export function frameBefore(
  doc: Doc,
  start: number,
  floor: number,
): { verb: number; subject: TokenRange | null } | null {
  const hashes = wordHashes(doc);
  let j = start - 1;
  while (j >= floor && start - j <= 5 && SKIP_TO_FRAME.has(hashes[j])) j--;
  if (j < floor || doc.upos[j] !== VERB || !FRAME.has(hashes[j])) return null;
  return { verb: j, subject: subjectBefore(doc, verbGroup(doc, j, floor).start, floor) };
}

/** The actor a phrase stands for, following "of/to/in ..." attachments when the phrase names a thing. */
function actorFrom(doc: Doc, range: TokenRange | null, limit: number): TokenRange | null {
  for (let guard = 0; range && guard < 3; guard++) {
    const actor = actorWithin(doc, range);
    if (actor) return actor;
    range = prepPhraseAfter(doc, range.end, limit, CHAIN_PREPS, 2);
  }
  return null;
}

/**
 * The verb of taking part before an event noun, or -1: "engaged in months of negotiations",
 * "participated in the talks" (its subject is the actor). `last` is the token before the noun
 * phrase; a measure ("months of", "a round of") is skipped.
 */
function partakeVerb(doc: Doc, last: number, floor: number): number {
  const hashes = wordHashes(doc);
  let j = last;
  if (j - 1 >= floor && OF.has(hashes[j])) {
    const measure = phraseEndingAt(doc, j - 1, floor);
    if (measure && MEASURE.has(hashes[measure.end - 1])) j = measure.start - 1;
  }
  return j - 1 >= floor && IN.has(hashes[j]) && PARTAKE.has(hashes[j - 1]) && doc.upos[j - 1] === VERB
    ? j - 1
    : -1;
}

/** True when the noun phrase starting at `start` is what a hope or expectation is about ("optimism about a cease-fire"). */
function prospectBefore(doc: Doc, start: number, floor: number): boolean {
  const hashes = wordHashes(doc);
  return start - 2 >= floor && PROSPECT_PREPS.has(hashes[start - 1]) && PROSPECT.has(hashes[start - 2]);
}

/**
 * How far an event noun's target may lie: up to the end of a later event noun reached through a
 * verb ("negotiations aimed at ending the war on Gaza": "on Gaza" is the war's), else `to`.
 */
function nextTrigger(doc: Doc, from: number, to: number): number {
  const next = findTriggers(doc, from, to)[0];
  if (!next || next.entry.pos !== 'n') return to;
  for (let j = from; j < next.start; j++) if (doc.upos[j] === VERB) return next.end;
  return to;
}

function finiteBefore(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (FINITE.has(doc.xpos[j])) return true;
  return false;
}

/** How central an event is in its sentence: its position, plus penalties for subordinate clauses and modifiers. */
function rankOf(doc: Doc, start: number, verb: number, from: number, passive: boolean): number {
  const hashes = wordHashes(doc);
  let rank = start - from;
  for (let j = start - 1; j >= from; j--) {
    if (COMMA.has(hashes[j])) {
      if (doc.xpos[verb] === VBG && j === start - 1) rank += 30;
      break;
    }
    if (SUBORDINATE.has(hashes[j])) {
      rank += 100;
      break;
    }
  }
  // a participle after a noun, once a finite verb has come, is a reduced relative ("nationals suspected by the West")
  if (
    doc.xpos[verb] === VBN &&
    !passive &&
    start === verb &&
    isNominal(doc, start - 1) &&
    finiteBefore(doc, from, start)
  )
    rank += 60;
  return rank;
}

/**
 * "rally international organizations": a rally verb whose object names actors is an appeal to
 * them (CONSULT, appeal), not a demonstration; "protesters rallied in the capital" stays PROTEST.
 */
function appealEntry(doc: Doc, mention: TriggerMention, to: number): TriggerEntry {
  const entry = mention.entry;
  if (entry.pos !== 'v' || entry.type !== 'PROTEST' || !RALLY.has(wordHashes(doc)[mention.head]))
    return entry;
  const object = objectAfter(doc, mention.end, to);
  return object && isActorPhrase(doc, object) ? { ...entry, type: 'CONSULT', mode: 'appeal' } : entry;
}

/**
 * "warnings of famine", "the threat of floods": a warning or threat noun about something that is
 * no act (no trigger word in its "of" phrase) and made by no one forecasts a danger; it is not a
 * THREATEN event. "the threat of sanctions" (an act) and "Israel's warning" (an actor) stay events.
 */
function foretold(doc: Doc, entry: TriggerEntry, end: number, to: number): boolean {
  if (entry.type !== 'THREATEN' || end + 1 >= to || !OF.has(wordHashes(doc)[end])) return false;
  const about = objectAfter(doc, end + 1, to);
  if (!about) return false;
  const hashes = wordHashes(doc);
  for (let i = about.start; i < about.end; i++) if (TRIGGERS.has(hashes[i])) return false;
  return !isActorPhrase(doc, about);
}

const ASK = hashSet('ask asks asked asking');
const QUESTION = hashSet('how whether if what why who when where which about');

/**
 * "asked how it was possible", "asking whether", "was asked about the deal": a question, not a
 * demand (DEMAND is "asked for", "asked them to", "asked that").
 */
function question(doc: Doc, mention: TriggerMention, to: number): boolean {
  const hashes = wordHashes(doc);
  if (mention.end - mention.start !== 1 || !ASK.has(hashes[mention.head])) return false;
  let k = mention.end;
  const object = phraseStartingAt(doc, k, to);
  if (object && object.end - object.start <= 4) k = object.end;
  return k < to && QUESTION.has(hashes[k]);
}

const RELEASE = hashSet('release releases released releasing');
/** What is released as a product or as information, never a captive ("released a statement"). */
const PUBLISHED = hashSet(
  `album albums single singles record records song songs track tracks film films movie movies dvd dvds
  video videos book books game games version versions console consoles product products phone phones
  figures figure data report reports statement statements results details information document documents
  study survey update updates image images photo photos pictures footage trailer series show shows edition
  tickets names list letter transcript recording recordings music cd cds title titles sequel episode episodes`,
);

/**
 * "released a statement", "the album was released", "the film's release", "release of the figures":
 * a product or information made public, not a captive set free (RETREAT). True when the one
 * released (the object, the passive subject, the noun's "of" phrase or a modifier) is such a thing.
 */
function publication(
  doc: Doc,
  mention: TriggerMention,
  target: TokenRange | null,
  nounPhrase: TokenRange | null,
  to: number,
): boolean {
  const hashes = wordHashes(doc);
  if (!RELEASE.has(hashes[mention.head])) return false;
  const published = (range: TokenRange | null): boolean =>
    range !== null && PUBLISHED.has(hashes[headOf(doc, range)]);
  if (published(target) || published(objectAfter(doc, mention.end, to))) return true;
  if (!nounPhrase) return false;
  if (mention.end + 1 < to && OF.has(hashes[mention.end]) && published(objectAfter(doc, mention.end + 1, to)))
    return true;
  for (let i = nounPhrase.start; i < mention.start; i++) if (PUBLISHED.has(hashes[i])) return true;
  return false;
}

const HIT = hashSet('hit hits hitting');
const BACK = hashSet('back');
const WITH = hashSet('with');
/** "hard hit", "worst hit": harmed, not attacked. */
const HARD = hashSet('hard harder hardest worst badly');
const HYPHENS = hashSet('- –');
/** What strikes in an attack: a weapon or a vehicle hits ("a missile hit the building", "a lorry hit a crowd"). */
const WEAPONS = hashSet(
  `missile missiles rocket rockets bomb bombs shell shells airstrike airstrikes strike strikes drone drones
  grenade grenades bullet bullets mortar mortars shelling explosion explosions blast blasts attack attacks
  truck trucks lorry lorries car cars vehicle vehicles van vans bus tram`,
);
/** What is fired, not struck: "fired a ballistic missile", "fired shots". */
const FIRED = new Set([
  ...WEAPONS,
  ...hashSet(
    'shot shots round rounds salvo salvos volley fire projectile projectiles gun guns weapon weapons cannon cannons artillery gas',
  ),
]);
const FIRE = hashSet('fire fires fired firing');
/** Kinds of fire that are shooting ("heavy fire", "sniper fire", "an exchange of fire"). */
const GUNFIRE = hashSet(
  `heavy returned return live machine-gun artillery rocket mortar tank sniper gun cross friendly automatic
  anti-aircraft hostile enemy exchange exchanged hail barrage line open opened opening`,
);
const FIRE_PARTICLES = hashSet('up off');
const TO_WORD = wordHash('to');
/** Who is fired from a job. */
const STAFF = hashSet(
  'coach coaches manager managers employee employees staff worker workers executive executives chief director directors editor editors player players',
);

/**
 * "fire" that is no shooting: a blaze ("caught fire", "the fire", "under fire" for criticism), a
 * dismissal ("fired coach John Fox", "100 employees were fired", "Weinstein was fired": a
 * pronoun, a staff noun or a person). A noun "fire" is an attack only as a kind of shooting
 * ("heavy fire", "an exchange of fire").
 */
function notShooting(
  doc: Doc,
  mention: TriggerMention,
  isNoun: boolean,
  subject: TokenRange | null,
  passive: boolean,
  to: number,
): boolean {
  const hashes = wordHashes(doc);
  const i = mention.head;
  if (!FIRE.has(hashes[i]) || mention.end - mention.start !== 1) return false;
  // "threatened to fire four missiles": a verb the tagger took for a noun
  if (isNoun && i > 0 && hashes[i - 1] === TO_WORD) return false;
  if (isNoun) {
    let j = i - 1;
    if (j >= 0 && OF.has(hashes[j])) j--;
    return !(j >= 0 && GUNFIRE.has(hashes[j]));
  }
  // "fired off a letter", "fired up"; not "fired off another missile"
  if (mention.end < to && FIRE_PARTICLES.has(hashes[mention.end])) {
    const off = objectAfter(doc, mention.end + 1, to);
    return !(off && FIRED.has(hashes[headOf(doc, off)]));
  }
  // "fired coach John Fox", "100 employees were fired", "Weinstein was fired": dismissed people
  const fired = passive ? subject : objectAfter(doc, mention.end, to);
  if (!fired) return false;
  const head = headOf(doc, fired);
  if (doc.upos[head] === PRON || STAFF.has(hashes[head])) return true;
  const lo = doc.start[fired.start];
  const hi = doc.end[fired.end - 1];
  return entitiesOf(doc).some(
    (e) => e.type === 'PERSON' && e.mentions.some((m) => m.start >= lo && m.end <= hi),
  );
}

/** What one reaches rather than strikes: "hit the headlines", "hit a record", "hit the shops". */
const REACHED = hashSet(
  `headlines headline record records high highs low lows level levels mark market markets
  shops shelves stores screens ball form peak jackpot road wall note notes figure`,
);

/**
 * "hit" as reaching or harming without violence, not an ASSAULT: "Sluggish economy hits German
 * jobs", "was hit by higher fuel costs", "hard hit", "Scandal-hit", "hit back", "hit the
 * headlines". An attack needs a doer that acts (a person, a group, forces, a name) or a weapon.
 */
function figurativeHit(
  doc: Doc,
  mention: TriggerMention,
  source: TokenRange | null,
  target: TokenRange | null,
  passive: boolean,
  to: number,
): boolean {
  const hashes = wordHashes(doc);
  const i = mention.head;
  if (!HIT.has(hashes[i]) || mention.end - mention.start !== 1) return false;
  if (i > 0 && HYPHENS.has(hashes[i - 1]) && doc.start[i] === doc.end[i - 1]) return true;
  if (mention.end < to && BACK.has(hashes[mention.end])) return true;
  if (i > 0 && HARD.has(hashes[i - 1])) return true;
  // "was hit with a bill of $27bn", "hit with claims"
  if (mention.end < to && WITH.has(hashes[mention.end])) return true;
  const object = passive ? null : objectAfter(doc, mention.end, to);
  if (object && REACHED.has(hashes[headOf(doc, object)])) return true;
  // no doer: "its shares were hit in December" is harm; "France was hit on its national day" an attack
  if (!source) return passive && !(target && doc.upos[headOf(doc, target)] === PROPN);
  const doer = headOf(doc, source);
  return !WEAPONS.has(hashes[doer]) && !isActorPhrase(doc, source);
}

const BEAT = hashSet('beat beats beaten beating');
const TO_DEATH = hashSet('death');
const VIOLENTLY = hashSet('violently brutally severely savagely badly repeatedly viciously');
/** Who beats someone up: police, soldiers, a mob ("Police beat protesters"). */
const BEATERS = hashSet(
  `police policemen policeman officers officer soldiers soldier troops guards guard forces mob gang gangs men
  attackers thugs militants militiamen security vigilantes assailants`,
);
/** Who is beaten up: people, not a team or a rival ("beat protesters", "a man was beaten"). */
const BEATEN = hashSet(
  `protesters protestors demonstrators prisoners prisoner detainees detainee inmates wife woman women man men
  boy boys girl girls child children journalist journalists reporter students student people person victim victims`,
);

/**
 * "Milan beat Juventus", "beat France 24-18", "beat U2 to top France honour": winning a contest
 * is no ASSAULT. "beat" is an attack only when someone is beaten to death or violently, or
 * police, soldiers or a mob beat, or people are beaten ("a man was beaten").
 */
function contestWon(
  doc: Doc,
  mention: TriggerMention,
  source: TokenRange | null,
  target: TokenRange | null,
  passive: boolean,
  to: number,
): boolean {
  const hashes = wordHashes(doc);
  if (!BEAT.has(hashes[mention.head]) || mention.end - mention.start !== 1) return false;
  for (let k = mention.end; k < Math.min(to, mention.end + 8); k++) if (TO_DEATH.has(hashes[k])) return false;
  // "was violently beaten and set on fire"
  if (mention.head > 0 && VIOLENTLY.has(hashes[mention.head - 1])) return false;
  if (source && BEATERS.has(hashes[headOf(doc, source)])) return false;
  const beaten = passive ? target : objectAfter(doc, mention.end, to);
  return !(beaten && BEATEN.has(hashes[headOf(doc, beaten)]));
}

/** Types whose acts strike the place they happen in (a blockade of Gaza, an attack on a town). */
const AFFECTS_PLACE = new Set(['COERCE', 'ASSAULT']);
const WHERE = hashSet('where');

/**
 * The named place a "where" clause starting at `start` is about ("the war on Gaza, where Israel
 * stopped all food entering": Gaza), or null.
 */
function whereAntecedent(doc: Doc, start: number, from: number): TokenRange | null {
  const hashes = wordHashes(doc);
  let j = start - 1;
  if (j < from || !WHERE.has(hashes[j])) return null;
  j--;
  if (j >= from && COMMA.has(hashes[j])) j--;
  const np = j >= from ? phraseEndingAt(doc, j, from) : null;
  return np && doc.upos[np.end - 1] === PROPN ? np : null;
}

/** Codes the event of one trigger in sentence s ([from, to)), or null when a wrapping verb codes it instead. */
export function codeEvent(
  doc: Doc,
  mention: TriggerMention,
  s: number,
  from: number,
  to: number,
  verbTriggers: Set<number>,
): CodedEvent | null {
  if (question(doc, mention, to)) return null;
  const entry = appealEntry(doc, mention, to);
  const isNoun = entry.pos === 'n';
  let verb = mention.head;
  let nounPhrase: TokenRange | null = null;
  if (isNoun) {
    nounPhrase = phraseEndingAt(doc, mention.head, from) ?? { start: mention.start, end: mention.end };
    // a multi-word entry ("resumption of food deliveries") starts its phrase at its first word
    if (nounPhrase.start > mention.start)
      nounPhrase = {
        start: phraseEndingAt(doc, mention.start, from)?.start ?? mention.start,
        end: nounPhrase.end,
      };
    const v = nounPhrase.start - 1;
    // the object of a trigger verb is coded with that verb ("rejected an Indian proposal")
    if (v >= from && verbTriggers.has(v)) return null;
    if (v >= from && NAMING.has(wordHashes(doc)[v])) return null;
    // "said talks concentrated on ...": the noun after a verb of saying is its clause's subject
    verb =
      v >= from && doc.upos[v] === VERB && !FRAME.has(wordHashes(doc)[v]) ? v : partakeVerb(doc, v, from);
  }
  const chain: ChainLink[] = verb >= 0 ? wrapperChain(doc, verb, from) : [];
  const top = chain.length ? chain[chain.length - 1] : null;
  const inner = chain.length ? chain[0].group : null;
  const passive = !isNoun && (inner?.passive ?? false);
  const clauseStart = top ? top.group.start : (nounPhrase?.start ?? mention.start);
  let source: TokenRange | null = null;
  let target: TokenRange | null = null;
  const own = top ? clauseSubject(doc, top.group.start, from) : null;
  let subject = own?.subject ?? null;
  const frame = frameBefore(doc, subject ? subject.start : clauseStart, from);
  if (subject && doc.upos[subject.start] === PRON && subject.end - subject.start === 1 && frame?.subject)
    subject = frame.subject;
  let obliged = false;
  const addressee = chain.find((l) => l.addressee)?.addressee;
  if (frame?.subject && chain.some((l) => l.group.obligation) && subject) {
    // "Russia said Sudan must return ...": Russia demands, Sudan is asked
    obliged = true;
    source = frame.subject;
    target = subject;
  } else if (passive && !addressee) {
    // "ordered 1,500 Russians to be evacuated": the subject orders, the addressee is the target
    source = prepPhraseAfter(doc, mention.end, to, BY);
    target = subject;
  } else source = subject;
  const inverted = verb >= 0 ? invertedSubject(doc, verb, from, to) : null;
  if (inverted && doc.xpos[verb] === VBN) {
    // "Among those killed was a journalist": the one acted on
    source = prepPhraseAfter(doc, mention.end, to, BY);
    target = inverted;
  } else if (inverted) source = inverted;
  if (!source && !passive && verb >= 0) source = openingParticipleSubject(doc, verb, from, to);
  if (!target && addressee) target = addressee;
  if (!target) {
    // a noun carried by a verb takes its target further on ("announced a suspension of air links
    // with Serbia"); a bare noun only right after it, never past its own verb
    // ("The talks focused on ...", "talks concentrated on ..." has none)
    const reach = verb >= 0 ? 14 : mention.end < to && doc.upos[mention.end] === VERB ? 0 : 2;
    // nor past a later event noun: "negotiations aimed at ending the war on Gaza" are not on Gaza
    if (isNoun)
      target = prepPhraseAfter(doc, mention.end, nextTrigger(doc, mention.end, to), NOUN_TARGET_PREPS, reach);
    else {
      const object = mention.end - mention.start === 1 ? objectAfter(doc, mention.end, to) : null;
      // an attack or a coercion acts on its object whatever it is ("detained the suspects",
      // "destroyed the building"); other acts are aimed at an actor
      target =
        actorFrom(doc, object, to) ??
        (object &&
        AFFECTS_PLACE.has(entry.type) &&
        !FIRED.has(wordHashes(doc)[headOf(doc, object)]) &&
        // "the war on Gaza, where Israel stopped all food entering": the place the clause is about
        !whereAntecedent(doc, source ? source.start : clauseStart, from)
          ? object
          : null) ??
        prepPhraseAfter(doc, object ? object.end : mention.end, to, TARGET_PREPS);
    }
  }
  if (isNoun && !source && nounPhrase && nounPhrase.start < mention.start) {
    source = actorWithin(doc, { start: nounPhrase.start, end: mention.start });
  }
  if (target) target = withListedMembers(doc, actorFrom(doc, target, to) ?? target, to);
  // "a genocide case ..., which Israel rejects": the relative word is the object
  if (!target && !isNoun && !passive && verb >= 0) target = relativeObject(doc, verb, from);
  if (!target && !isNoun && AFFECTS_PLACE.has(entry.type))
    target = whereAntecedent(doc, source ? source.start : clauseStart, from);
  if (isNoun && !source && foretold(doc, entry, mention.end, to)) return null;
  if (publication(doc, mention, target, nounPhrase, to)) return null;
  if (!isNoun && figurativeHit(doc, mention, source, target, passive, to)) return null;
  if (!isNoun && contestWon(doc, mention, source, target, passive, to)) return null;
  if (notShooting(doc, mention, isNoun, passive ? (own?.subject ?? null) : null, passive, to)) return null;
  const wrapper = governingKind(chain);
  const negated = chain.some((l) => l.group.negated);
  const future = chain.some((l) => l.group.future);
  const would = chain.some((l) => l.group.hypothetical);
  const sense = ploverSense(entry, {
    wrapper,
    negated,
    intended: future || (would && frame !== null),
    obliged,
  });
  const modality: Modality = negated
    ? 'negated'
    : wrapper === 'demand' || obliged
      ? 'demanded'
      : future
        ? 'future'
        : would || (nounPhrase !== null && prospectBefore(doc, nounPhrase.start, from))
          ? 'hypothetical'
          : 'asserted';
  const { type, mode, context } = entry;
  const spanStart = top && top.verb < mention.start ? top.verb : mention.start;
  return codedEvent(
    { type: sense.type, mode: sense.mode || undefined, context: sense.context || undefined },
    // written out as the event's `action`: only the keys it has
    sense.type !== type ? { type, ...(mode ? { mode } : {}), ...(context ? { context } : {}) } : undefined,
    { start: mention.start, end: mention.end },
    { start: spanStart, end: mention.end },
    source,
    target,
    modality,
    s,
    rankOf(doc, clauseStart, verb >= 0 ? verb : mention.head, from, passive) + (verb < 0 ? 40 : 0),
    own?.borrowed === true && source === own.subject,
    chain.slice(1).map((l) => l.verb),
  );
}

/**
 * A coded event, always with every field in one order (`sense` too: type, mode, context), so
 * that the code reading them sees one hidden class (optional fields added only when set gave
 * several, and recompilation whenever a new one turned up).
 */
export function codedEvent(
  sense: TriggerSense,
  action: TriggerSense | undefined,
  trigger: TokenRange,
  span: TokenRange,
  source: TokenRange | null,
  target: TokenRange | null,
  modality: Modality,
  sentence: number,
  rank: number,
  borrowed: boolean,
  consumed: number[],
): CodedEvent {
  return { sense, action, trigger, span, source, target, modality, sentence, rank, borrowed, consumed };
}
