import type { EntityJson } from '../../doc/contract.js';
import type { Fragments } from '../../eval/brat.js';
import { countryOf } from '../entities/country-index.js';
import { nameKey } from '../entities/mention.js';

/** A speaker: the entity id, and whether the text names it there (false: resolved from context). */
export interface Speaker {
  id: string;
  stated: boolean;
  /** True when a person's name heads the source phrase ("Gary Shapiro, chief executive of …"). */
  heads?: boolean;
}

const PERSON_WORDS =
  /^(he|she|him|his|her|the (president|senator|candidate|governor|nominee|leader|secretary|minister|chairman|chief|spokesman|spokeswoman|mayor|ambassador|official|businessman|billionaire|congressman|congresswoman|speaker|director|head))$/;
const ORG_WORDS =
  /^(it|its|they|the (government|ministry|agency|campaign|company|group|organization|party|committee|administration|department|movement|country|state|nation|state department|white house))$/;

function overlapOf(f: Fragments, start: number, end: number): number {
  let n = 0;
  for (const [a, b] of f) n += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return n;
}

/** Entity types a pronoun, title or description can refer to, or null when it is not one. */
function compatibleTypes(source: string | null): string[] | null {
  if (source === null) return ['PERSON', 'ORG', 'GPE'];
  const lower = source.toLowerCase().trim();
  if (PERSON_WORDS.test(lower)) return ['PERSON'];
  if (ORG_WORDS.test(lower)) return ['ORG', 'GPE', 'NORP'];
  return null;
}

/** Words after a name that leave it the head of its phrase ("Finn Brennan, of …", "Smith and …"). */
const HEAD_FOLLOWERS =
  /^(of|and|or|for|at|in|on|from|by|with|who|which|that|said|says|told|earlier|later|also|again|today|yesterday|tonight|now|still|then|meanwhile|however|too|alone|itself|has|have|had|is|are|was|were|will|would|could|should|may|might|can|did|does|do)$/;
/**
 * Nouns through which a name speaks when it modifies them ("a Labour spokesman", "the Bush
 * administration", "Commerce Department data"); a name before another common noun only
 * qualifies it ("the London ambulance service", "the UK music industry") and is no speaker.
 */
const VOICE_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople official officials leader leaders leadership boss bosses ' +
    'chief chiefs executive executives government administration ministry department data figures statistics ' +
    'statement statements report reports source sources aide aides staff lawyer lawyers representative ' +
    'representatives minister ministers chairman chairwoman president director head insiders sources ' +
    'headquarters camp team management board analysts economists researchers survey poll study website ' +
    'authorities police prosecutors officers regulator regulators co-chairman chair spokespersons military ' +
    'army navy forces intelligence assessment assessments embassy envoy'
  ).split(' '),
);

/** Pronouns that own what follows them rather than naming the speaker. */
const POSSESSIVE_PRONOUN = /^(his|her|its|their)$/i;
/** Types of a name that qualifies the noun after it rather than naming the speaker ("the UK music industry", "US tobacco companies"). */
const PLACE_TYPES = new Set(['GPE', 'LOC', 'NORP']);

/**
 * How a name mention stands in its source phrase, best first: 0 a person heading it ("Mike Brown,
 * London’s transport commissioner"), 1 another name heading it, 2 a possessor or a name that
 * speaks through the noun it modifies ("Microsoft’s chief executive", "a Labour spokesman"), 3 a
 * place the phrase locates its head in ("a spokeswoman for the St David's Centre in Cardiff"), 4 a
 * place or nationality that qualifies another common noun ("the London ambulance service", "US
 * tobacco companies"): no speaker. An organization or person before a common noun still speaks
 * ("the Liverpool Echo newspaper", "Lawrence Dallaglio still harbours").
 */
function standing(
  text: string,
  type: string,
  start: number,
  end: number,
  sourceEnd: number,
  starts: ReadonlySet<number>,
): number {
  const after = text.slice(end, Math.min(sourceEnd, end + 40));
  // a name right before another name qualifies it ("the UK Internet Forum", "Arsenal boss …" aside)
  if (starts.has(end + 1) && after.startsWith(' ')) return PLACE_TYPES.has(type) ? 4 : 2;
  // a possessor ("Microsoft’s", "Kenteris' lawyer") or a possessive pronoun ("his Wales team")
  if (/^['’](s\b|\s|$)/.test(after) || POSSESSIVE_PRONOUN.test(text.slice(start, end))) return 2;
  // a name in a compound ("UK-based research consultancy Analysys", "US-led forces")
  if (after.startsWith('-')) return PLACE_TYPES.has(type) ? 4 : 2;
  const next = after.match(/^ (\p{Ll}[\p{L}-]*)/u)?.[1];
  // a name before a common noun: a place's or nationality's qualifies it, anything else's speaks
  // through it ("Warner producer Jeff Robinov": the person named after it comes first)
  if (next && !HEAD_FOLLOWERS.test(next)) return PLACE_TYPES.has(type) && !VOICE_NOUNS.has(next) ? 4 : 2;
  if (/\b(in|at|near|outside)\s+(the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))) return 3;
  return type === 'PERSON' ? 0 : 1;
}

/**
 * The entity whose name, or a person's surname, the source spells (a title before it aside:
 * "Mr Freed"), mentioned before `before`; the latest such entity when several are.
 */
function namedBefore(entities: EntityJson[], sourceText: string | null, before: number): string | null {
  const words = sourceText?.trim().replace(/[,;]$/, '').split(/\s+/) ?? [];
  if (words.length > 1 && /^(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?$/.test(words[0])) words.shift();
  const name = words.join(' ');
  if (name === '' || !/^\p{Lu}/u.test(name) || words.length > 4) return null;
  let best: string | null = null;
  let at = -1;
  for (const e of entities) {
    const spelled =
      e.name === name || (e.type === 'PERSON' && words.length === 1 && e.name.split(/\s+/).at(-1) === name);
    if (!spelled) continue;
    for (const m of e.mentions) {
      if (m.end <= before && m.start > at) {
        best = e.id;
        at = m.start;
      }
    }
  }
  return best;
}

/**
 * Resolves the speaker of an attribution against the article's entities: the entity with a
 * mention inside the source that heads it (a person before another name; a possessor, or a name
 * that speaks through a spokesman or a department, only when no name heads it; never a name that
 * qualifies another common noun, "the London ambulance service");
 * else, for a pronoun, a title ("the president"), a description ("the ministry") or a missing
 * source, the nearest compatible entity mentioned before the cue.
 */
export function resolveSpeaker(
  text: string,
  entities: EntityJson[],
  source: Fragments | null,
  sourceText: string | null,
  before: number,
): Speaker | null {
  if (entities.length === 0) return null;
  if (source) {
    const sourceEnd = source[source.length - 1][1];
    let best: EntityJson | null = null;
    let bestRank = Infinity;
    let modifier = false;
    const starts = new Set<number>();
    for (const e of entities)
      for (const m of e.mentions) if (overlapOf(source, m.start, m.end) > 0) starts.add(m.start);
    for (const e of entities) {
      for (const m of e.mentions) {
        if (overlapOf(source, m.start, m.end) <= 0) continue;
        const rank = standing(text, e.type, m.start, m.end, sourceEnd, starts) * 1e6 + m.start;
        if (rank >= 4e6) {
          modifier = true;
          continue;
        }
        if (rank < bestRank) {
          best = e;
          bestRank = rank;
        }
      }
    }
    if (best) return { id: best.id, stated: true, heads: bestRank < 1e6 };
    if (modifier) return null;
    // a surname or name the recognizer missed there ("Freed said" after "Airline spokesman Joshua
    // Freed"): the person or body of that name mentioned before
    const named = namedBefore(entities, sourceText, before);
    if (named) return { id: named, stated: true };
  }
  const types = compatibleTypes(sourceText);
  if (!types) return null;
  const title = sourceText?.toLowerCase().match(/^the (\w+)$/)?.[1];
  let best: { id: string; at: number; titled: boolean } | null = null;
  for (const e of entities) {
    if (!types.includes(e.type)) continue;
    // with no source at all, a place speaks only as a country ("accused them of theft" after "from
    // Dallas" is not Dallas's)
    if (sourceText === null && e.type === 'GPE' && countryOf(nameKey(e.name))?.role !== 'country') continue;
    const titled = title !== undefined && e.roles.some((r) => r.title.toLowerCase().includes(title));
    for (const m of e.mentions) {
      if (m.end > before) continue;
      if (!best || (titled && !best.titled) || (titled === best.titled && m.start > best.at)) {
        best = { id: e.id, at: m.start, titled };
      }
    }
  }
  return best ? { id: best.id, stated: false } : null;
}
