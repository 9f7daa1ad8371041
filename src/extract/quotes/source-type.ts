/** What kind of source an attribution cites. */
export type SourceType =
  'person' | 'organization' | 'government' | 'anonymous' | 'group' | 'document/media' | 'unknown';

// Data only: head words that give a source's type away (lower case).
const GROUP =
  /\b(witnesses|residents|protesters|protestors|critics|analysts|experts|voters|supporters|nations|countries|democrats|republicans|people|activists|lawmakers|members|leaders|observers|economists|scientists|doctors|students|workers|families|allies|opponents|conservatives|liberals|progressives|americans|delegates|others|many|some|several|both)\b/;
const ANONYMOUS =
  /\b(sources?|officials?|aides?|insiders?|diplomats?|a person|people familiar|someone|one (official|aide|source)|an? (senior |top |former |administration |campaign |government |u\.s\. )*(official|aide|adviser|advisor|staffer|diplomat))\b/;
const MEDIA =
  /\b(poll|polls|survey|surveys|report|reports|study|studies|statement|statements|newspaper|times|post|journal|tribune|cnn|fox|msnbc|nbc|abc|cbs|ap|reuters|bloomberg|breitbart|politico|bbc|network|magazine|tweet|tweets|website|ad|ads|data|document|documents|letter|memo|book|filing|analysis|article|release|video|transcript|record|records)\b/;
const GOVERNMENT =
  /\b(government|ministry|minister|department|white house|administration|kremlin|pentagon|state department|congress|senate|house|parliament|police|military|army|court|agency|embassy|authorities|cabinet|presidency|fbi|cia|justice department|treasury|ankara|washington|moscow|beijing|tehran)\b/;
const ORGANIZATION =
  /\b(campaign|party|committee|company|corporation|group|organization|organisation|foundation|association|union|institute|council|movement|hamas|fatah|nato|un|united nations|rnc|dnc|inc|corp)\b/;
const PERSON_PRONOUN = /^(he|she|i|him|her|his)$/;
const GROUP_PRONOUN = /^(they|we|them)$/;

/**
 * Types a source from its words and, when known, the type of the entity it names (PERSON, ORG,
 * GPE, NORP). Word evidence about anonymity or groups wins over the entity type ("Gaza officials").
 */
export function sourceTypeOf(
  source: string | null,
  entityType: string | null = null,
  personHeads = false,
): SourceType {
  if (source === null) return 'unknown';
  const lower = source.toLowerCase().replace(/’/g, "'").trim();
  if (PERSON_PRONOUN.test(lower)) return 'person';
  if (GROUP_PRONOUN.test(lower)) return 'group';
  if (lower === 'it') return 'organization';
  // a named person heads the source, whatever body it names after them ("Gary Shapiro, chief
  // executive of the Consumer Electronics Association", "Robin Smith, Assistant Chief Constable");
  // not a person who only owns or qualifies it ("the Kok report", "the Blair government")
  if (entityType === 'PERSON' && personHeads) return 'person';
  const firstWords = lower.split(/\s+/).slice(0, 3).join(' ');
  if (GROUP.test(firstWords) && !/\b(sources?|officials?)\b/.test(firstWords)) return 'group';
  if (ANONYMOUS.test(lower) && !/[A-Z][a-z]+ [A-Z][a-z]+/.test(source)) return 'anonymous';
  if (MEDIA.test(lower)) return 'document/media';
  if (entityType === 'GPE' || GOVERNMENT.test(lower)) return 'government';
  if (entityType === 'ORG' || ORGANIZATION.test(lower)) return 'organization';
  if (entityType === 'NORP' || GROUP.test(lower)) return 'group';
  if (entityType === 'PERSON' || /[A-Z]/.test(source)) return 'person';
  return 'unknown';
}
