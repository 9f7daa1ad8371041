import { hashSet, inflectVerb } from './word-hash.js';

const verbs = (bases: string, irregular = ''): Set<number> =>
  hashSet(bases.split(/\s+/).filter(Boolean).flatMap(inflectVerb).join(' ') + ' ' + irregular);

/**
 * Verbs that wrap an event in their "to ..." or "that ..." complement and decide its PLOVER type:
 * intent ("agreed to allow" → AGREE, "vowed to fight" → THREATEN), refusal, threat and demand.
 */
export const INTENT = verbs(
  'agree promise pledge offer vow plan prepare intend decide commit undertake hope want',
  'swore sworn',
);
export const REFUSE = verbs('refuse decline fail reject veto oppose');
export const THREAT = verbs('threaten warn');
// "sought to rally" is an attempt (TRANSPARENT), not a demand; "sought the release" is coded by the trigger lexicon
export const DEMAND = verbs('demand urge ask press order appeal insist request implore call');
/** Verbs that pass their complement's type through ("tried to hack", "continued to send"). */
export const TRANSPARENT = verbs(
  'try attempt seek continue begin start resume manage move aim apply',
  'began begun sought',
);
/** Adjectives of readiness after a form of "be" ("is willing to withdraw"). */
export const READY = hashSet('willing ready prepared able determined committed eager set');

/** Verbs of saying that frame a reported event ("Russia said Sudan must return ..."). */
export const FRAME = verbs(
  'say announce state tell report claim confirm add declare conclude insist assert reiterate indicate note stress argue believe',
  'said told',
);

/** Verbs that carry a nominal event as their object ("held talks", "imposed a curfew"). */
export const LIGHT = verbs(
  'hold stage launch begin start conduct carry impose declare lodge open issue organize organise mount make reach sign voice express announce continue resume complete give offer engage',
  'held began begun made gave given',
);

/** Modality cues in a verb group. */
export const NEGATION = hashSet("not n't never no nor");
export const FUTURE = hashSet("will 'll shall wo");
export const HYPOTHETICAL = hashSet('would could may might can');
export const OBLIGATION = hashSet('must should');
/** Nouns of hope and expectation: an event they are about has not happened ("optimism about a cease-fire"). */
export const PROSPECT = hashSet(
  'optimism optimistic hope hopes hopeful prospect prospects chance chances possibility likelihood expectation expectations fear fears',
);
/** The prepositions that tie an event noun to a PROSPECT noun. */
export const PROSPECT_PREPS = hashSet('about for of over on');
/** Verbs that say an event comes about: "it could happen" refers back to an event named before. */
export const HAPPEN = verbs('happen occur materialize materialise come');
export const BE = hashSet("be is are was were been being am 's 're");

/** Subordinators and relative words: an event after one of these is not the sentence's main event. */
export const SUBORDINATE = hashSet(
  'after before following when while as because since although though despite unless if until whereas who which whom whose where amid',
);

/** Head nouns that name political actors (people, groups, governments), beside proper names. */
export const ACTOR_NOUNS = hashSet(
  `people person persons official officials government governments forces force troops soldiers soldier army armies
  rebels rebel militants militant guerrillas guerrilla guerillas police policemen leader leaders president minister
  ministers premier party parties group groups parliament council court judge union unions workers students activists
  protesters protestors demonstrators citizens residents villagers diplomats diplomat negotiators authorities authority
  administration regime militia militias militiamen fighters members supporters farmers teachers doctors nationals
  ambassador delegation agency agencies organization organizations organisation organisations commission committee movement faction factions opposition
  allies nations nation countries country states state refugees civilians detainees prisoners youths settlers
  officers officer chief spokesman spokeswoman envoy mediators mediator monarch king queen emir prince sheikh
  secretary-general secretary ministry legislature congress senate assembly cabinet junta coalition alliance bloc
  navy airforce aircraft helicopters gunships jets warplanes team delegates lawmakers legislators businessman
  missionary inspectors observers peacekeepers contractors sources witnesses network newspaper emirates
  journalist journalists reporter reporters
  palestinians israelis kurds turks arabs serbs croats muslims moslems christians albanians`,
);

/** Verbs of taking part in an event noun after "in" ("engaged in negotiations"): their subject is its actor. */
export const PARTAKE = verbs('engage participate partake join');

/** Verbs of gathering others behind a cause: with actors as object they appeal to them ("rally international organizations"). */
export const RALLY = verbs('rally galvanize galvanise', 'rallies rallied');

/** Verbs of naming: their object is a label ("what it calls genocide"), not an event. */
export const NAMING = verbs('call deem label brand term dub describe consider classify regard');
