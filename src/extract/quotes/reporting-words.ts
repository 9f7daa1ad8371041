import { hashString } from '../../models/hash.js';

/** Lexical class of a word for attribution: what kind of reporting expression it can head. */
export const enum ReportingClass {
  None = 0,
  /** say and its forms, the most frequent cue. */
  Say = 1,
  /** Other verbs of saying, thinking and stance: told, warned, denied, deems, classify, rejects... */
  Verb = 2,
  /** Nouns that carry an attribution: statement, interview, report, poll... */
  Noun = 3,
  /** Prepositional cues: according (to), per. */
  According = 4,
  /** A colon, which introduces quotes in headlines and transcripts. */
  Colon = 5,
}

// Data only: base forms; regular inflections are generated below.
const VERBS =
  'tell add ask call note report announce suggest argue show describe tweet think want seem continue decline ' +
  'acknowledge criticize criticise explain declare write expect believe appear accuse endorse cite urge support ' +
  'defend warn deny insist claim reject deem classify voice state admit predict promise vow threaten hope fear ' +
  'worry recall respond reply confirm agree disagree complain praise blame point estimate indicate reveal assert ' +
  'maintain contend charge allege concede emphasize emphasise stress question wonder doubt recommend propose demand ' +
  'order plan intend decide conclude consider regard view label dub characterize refer mention discuss comment ' +
  'remark observe testify tout boast joke quip lament pledge signal hint retort counter dismiss slam blast attack ' +
  'condemn denounce rebuke applaud hail welcome back oppose push acknowledge learn insist caution suspect ' +
  'recognize assure inform explain share post speak talk discuss characterise consider describe predict ' +
  'announce argue promise threaten guess figure reckon imagine acknowledge declare proclaim clarify repeat echo ' +
  'add insist reiterate mock ridicule tease criticize credit thank apologize apologise admit confess disclose ' +
  'report suggest advise warn notify remind convince persuade encourage demand request beg plead invite ' +
  'forecast project calculate estimate count poll survey find determine rule judge assess evaluate grade rate';
const IRREGULAR =
  'said told wrote written thought saw seen found felt sought knew known spoke spoken meant held gave given ' +
  'made took taken heard began begun stood forecast';
const SAY = 'say says said saying';
const NOUNS =
  'statement statements interview interviews report reports poll polls survey surveys remarks comments comment ' +
  'speech speeches tweet tweets letter memo email emails study studies analysis data accusation accusations claim ' +
  'claims view views opinion belief warning warnings announcement testimony op-ed post posts ad ads release ' +
  'spokesman spokeswoman spokesperson aide aides sources source officials official critics supporters ' +
  'argument arguments assessment estimate estimates criticism praise response message messages';
const ACCORDING = 'according per';

function inflect(base: string): string[] {
  const out = [base, base + 's', base + 'ing', base + 'ed'];
  if (base.endsWith('e')) out.push(base + 'd', base.slice(0, -1) + 'ing');
  if (base.endsWith('y')) out.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied');
  if (/(sh|ch|s|x|z)$/.test(base)) out.push(base + 'es');
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base))
    out.push(base + base.slice(-1) + 'ed', base + base.slice(-1) + 'ing');
  return out;
}

function build(): Map<number, ReportingClass> {
  const map = new Map<number, ReportingClass>();
  const put = (words: string[], c: ReportingClass): void => {
    for (const w of words) if (!map.has(hashString(w))) map.set(hashString(w), c);
  };
  put(SAY.split(' '), ReportingClass.Say);
  put(ACCORDING.split(' '), ReportingClass.According);
  put(IRREGULAR.split(' '), ReportingClass.Verb);
  put(VERBS.split(/\s+/).flatMap(inflect), ReportingClass.Verb);
  put(NOUNS.split(/\s+/), ReportingClass.Noun);
  put([':'], ReportingClass.Colon);
  return map;
}

/** Reporting class by the hash of a lower-cased word (hashString of the lower-case form). */
export const REPORTING_WORDS: ReadonlyMap<number, ReportingClass> = build();
