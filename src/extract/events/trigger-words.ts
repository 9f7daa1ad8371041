/**
 * Event trigger words as data: PLOVER type, mode and context for verbs and nominalizations.
 * Built from the PLOVER codebook's CAMEO→PLOVER table (2021) and its mode names, widened with
 * common news wording. One line per group: `TYPE mode context | word, word, ...` ("-" = none).
 * Multi-word entries ("hunger strike", "blow up") match their words in sequence; verbs are
 * listed by base form and inflected when the table is built.
 */

/** Verbs (base forms; irregular past forms are in IRREGULAR_VERBS). */
export const VERB_TRIGGERS = `
AGREE - - | agree, promise, pledge, offer, accept, approve, ratify, endorse plan, consent, commit, reconcile, settle
CONSULT meet - | meet, consult, negotiate, confer, discuss, talk, telephone, phone, call on, hold talks, sit down, mediate
CONSULT visit - | visit, tour, travel to, arrive in, fly to
CONSULT host - | host, receive delegation, welcome delegation
SUPPORT - diplomatic | support, praise, welcome, hail, commend, applaud, endorse, back, defend, congratulate, thank, apologize, apologise, forgive, recognize, recognise, sign, upgrade, rally support, mobilize support, side with, stand by
COOPERATE - - | cooperate, collaborate, coordinate, share intelligence, share information, share expertise, extradite, hand over, train, partner, ally
AID - - | donate, grant, fund, finance, deliver aid, send aid, supply, provide, airlift, evacuate, rescue, shelter, lend, send arms, deliver
CONCEDE - - | concede, yield, relent, ease, lift, relax, cancel restrictions, accede, compromise, call off, back down
RETREAT - - | withdraw, retreat, pull out, pull back, release, free, return, demobilize, demobilise, disarm, surrender, resign, step down, pay compensation, allow access, reopen, re-open
RETREAT access diplomatic | receive observers, receive inspectors
RETREAT ceasefire military | declare truce, declare ceasefire, declare cease-fire, halt fire, hold fire
ACCUSE disapprove - | lodge protest, lodge complaint, file complaint, accuse, blame, condemn, criticize, criticise, denounce, decry, deplore, censure, rebuke, slam, lambaste, chide, complain, protest to, charge, allege, fault, reprimand, summon
ACCUSE investigate - | investigate, probe, inspect, examine, dispatch inspectors, send inspectors, audit
ACCUSE allege legal | sue, prosecute, indict, convict
DEMAND - - | demand, urge, appeal, call for, press, insist, ask, request, seek, order, implore, exhort, call on, plead, petition, push for
REJECT - - | reject, refuse, decline, deny, dismiss, rebuff, spurn, veto, oppose, renege, boycott, defy, violate, snub, turn down, rule out, fail to reach, resist
THREATEN - - | threaten, warn, vow, swear, menace, issue ultimatum, give ultimatum
PROTEST demo - | protest, demonstrate, rally, march, picket, collect signatures, converge
PROTEST strike-gen - | strike, walk out, shun work, stop work
PROTEST obstruct - | block, blockade roads, obstruct, barricade, occupy
PROTEST riot - | riot, throw stones, hurl stones, use tear gas, loot
MOBILIZE troops military | mobilize, mobilise, deploy, mass, reinforce, station, patrol, alert, put on alert, prepare to resume
SANCTION expel - | withdraw peacekeeping, withdraw peacekeepers, withdraw inspectors, withdraw observers, withdraw ambassador, withdraw workers, withdraw aid, recall ambassador
SANCTION - - | sanction, embargo, suspend, halt, cut off, sever, break off, freeze, recall, downgrade, expel, oust, close borders, halt trade, stop trade, ban trade, cut ties, force out, ship out
COERCE - - | arrest, detain, seize, confiscate, raid, jail, imprison, deport, ban, outlaw, censor, curb, restrict, impose, besiege, blockade, repress, crack down, round up, demolish, bulldoze, destroy, blow up, burn, hack, hack into, prevent, disperse, evict, hold hostage, take hostage, kidnap, abduct, hijack, stop
ASSAULT - military | attack, assault, kill, shoot, shell, bomb, strike, fire, bombard, invade, ambush, raid, massacre, slaughter, murder, execute, assassinate, wound, injure, torture, beat, beat up, behead, stab, capture, overrun, storm, fight, clash, launch rockets, launch missiles, gun down, open fire, rape, target, pound, hit
`;

/** Nominalizations and event nouns (singular; plurals are generated). */
export const NOUN_TRIGGERS = `
AGREE - - | agreement, accord, deal, pact, pledge, promise, commitment, memorandum of understanding, truce agreement
CONSULT meet - | talks, meeting, negotiation, consultation, summit, conference, discussion, mediation, dialogue, round of talks, peace talks
CONSULT visit - | visit, trip, tour
SUPPORT - diplomatic | support, endorsement, praise, recognition, apology, treaty, optimism, solidarity, backing
COOPERATE - - | cooperation, collaboration, extradition, joint exercise
AID - humanitarian | aid, assistance, relief, donation, grant, food aid, humanitarian aid, military aid, asylum, food deliveries, aid deliveries
CONCEDE - - | concession, easing, amnesty
RETREAT - - | withdrawal, pullout, release, resignation, demobilization, compensation
RETREAT access humanitarian | humanitarian access, resumption of food deliveries, resumption of aid, resumption of aid deliveries
RETREAT ceasefire military | ceasefire, cease-fire, cease - fire, truce, armistice
ACCUSE disapprove - | accusation, condemnation, criticism, complaint, allegation, charge
ACCUSE investigate - | investigation, inquiry, probe, inspection
ACCUSE allege legal | lawsuit, genocide case, war crimes case, indictment, prosecution
DEMAND - - | demand, call, appeal, request, ultimatum
REJECT - - | rejection, refusal, veto, boycott, denial
THREATEN - - | threat, warning
PROTEST demo - | protest, demonstration, rally, march, sit-in, vigil, signatures
PROTEST strike-hun - | hunger strike
PROTEST strike-gen - | general strike, strike, walkout
PROTEST riot - | riot, riots, unrest
MOBILIZE troops military | mobilization, deployment, buildup, build-up, military exercise
SANCTION expel - | withdraw peacekeeping, withdraw peacekeepers, withdraw inspectors, withdraw observers, withdraw ambassador, withdraw workers, withdraw aid, recall ambassador
SANCTION - - | sanction, embargo, suspension, expulsion, boycott
COERCE - - | arrest, detention, raid, curfew, crackdown, blockade, siege, ban, restriction, deportation, seizure, martial law, state of emergency, demolition, confiscation, occupation, censorship
ASSAULT - military | attack, assault, airstrike, air strike, strike, bombing, bombardment, shelling, offensive, invasion, ambush, massacre, killing, assassination, war, fighting, clashes, clash, battle, gunbattle, gunfire, fire, violence, ethnic cleansing, torture, genocide, suicide bombing, car bombing, roadside bombing, bomb attack
`;

/** Irregular past forms (past, participle) and the base they inflect. */
export const IRREGULAR_VERBS = `
met meet | held hold | fought fight | shot shoot | struck strike | stricken strike | gave give | given give
sent send | sought seek | took take | taken take | broke break | broken break | beat beat | beaten beat
withdrew withdraw | withdrawn withdraw | froze freeze | frozen freeze | kept keep | threw throw | thrown throw
led lead | hit hit | cut cut | set set | put put | shut shut | drove drive | driven drive | swore swear
sworn swear | forbade forbid | forbidden forbid | forgave forgive | forgiven forgive | blew blow | blown blow
began begin | begun begin | paid pay | laid lay | fled flee | rose rise | risen rise | sold sell | bought buy
told tell | brought bring | caught catch | made make | lent lend | stood stand | won win | overran overrun
spoke speak | spoken speak | underwent undergo | undertook undertake | undertaken undertake | flew fly | flown fly
`;
