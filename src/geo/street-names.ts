/**
 * Street and road names, which local news names as places ("Gillis Street", "North Main St.",
 * "Highway 19", "County Road 225", "Interstate 45") and which the gazetteer does not hold.
 */
import { STATE_ABBREVIATIONS } from './state-abbreviations.js';

/** Words that end a street name. "Court", "Place" and "Way" are left out: "Superior Court", "United Way". */
const SUFFIX =
  '(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Drive|Dr\\.|Boulevard|Blvd\\.|Lane|Ln\\.|Parkway|Pkwy\\.|Highway|Hwy\\.|Trail|Pike|Circle|Terrace|Trafficway|Expressway|Freeway|Turnpike)';

/** One word of a street's name: a capitalized word, an ordinal ("40th") or a compass initial ("W."). */
const WORD = "(?:(?:[NSEW]|St)\\.|[NSEW]|\\d+(?:st|nd|rd|th)|\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*)";

/** Words that open a sentence or a name but never a street's ("The Main Street program" keeps "Main Street"). */
const NOT_FIRST = new Set(['The', 'A', 'An', 'And', 'On', 'In', 'At', 'Of', 'To', 'From', 'By', 'Near']);

/** A name of generic words only: "County Road", "State Highway" without their number. */
const GENERIC = /^(?:County|State|Avenue|Street) \S+$/;

const STATES = Object.keys(STATE_ABBREVIATIONS)
  .map((a) => a.replace(/\./g, '\\.'))
  .join('|');

const NAMED = new RegExp(`(?<![\\p{L}\\d])(?:${WORD} ){1,3}${SUFFIX}(?![\\p{L}])`, 'gu');

/** Numbered roads: "Highway 19", "State Highway 360", "U.S. 27A", "I-85", "County Road 43", "KY 90", "W.Va. 61". */
const NUMBERED = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:State |U\\.S\\. |US |County |\\p{Lu}\\p{Ll}+ )?(?:Highway|Hwy\\.|Route|Interstate|Road)|I-|U\\.S\\.|US|SR|KY|${STATES}) ?\\d{1,3}[A-Z]?(?![\\p{L}\\d])`,
  'gu',
);

/** One street or road name in a text. */
export interface StreetMention {
  start: number;
  end: number;
  text: string;
}

/** The street and road names of a text, in order, none overlapping. */
export function streetNames(text: string): StreetMention[] {
  const found: StreetMention[] = [];
  // numbered roads first: "County Road 43", not the named "County Road"
  for (const re of [NUMBERED, NAMED]) {
    for (const m of text.matchAll(re)) {
      let start = m.index;
      let name = m[0];
      // drop opening words that belong to the sentence ("On Main Street")
      for (
        let space = name.indexOf(' ');
        space > 0 && NOT_FIRST.has(name.slice(0, space));
        space = name.indexOf(' ')
      ) {
        start += space + 1;
        name = name.slice(space + 1);
      }
      if ((!/ /.test(name) && !/\d/.test(name)) || GENERIC.test(name)) continue;
      const end = start + name.length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, text: name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
