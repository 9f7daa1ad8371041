/**
 * US state abbreviations as news writes them (AP style "Ky.", "W.Va.", and a few older forms), which
 * the entity recognizer rarely tags: "Louisville, Ky.", "Sen. Byron Dorgan, D-N.D.".
 */

/** AP-style abbreviation → the state's name (as the gazetteer knows it). */
export const STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'D.C.': 'D.C.',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Kans.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nev.': 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'Penn.': 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee',
  'Tex.': 'Texas',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington',
  'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin',
  'Wisc.': 'Wisconsin',
  'Wyo.': 'Wyoming',
};

const ALTERNATION = Object.keys(STATE_ABBREVIATIONS)
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/\./g, '\\.'))
  .join('|');

/**
 * Where an abbreviation is a state and not a word ("Ind." independent, "Miss." a title, "La." in
 * French): after a town and a comma ("Sioux Falls, S.D."), after a party letter ("D-S.C."), or
 * "D.C." anywhere. The final period may also end the sentence.
 */
const STATE_AT = new RegExp(
  `(?:(?<=\\p{Lu}[\\p{L}.'’]*,\\s)|(?<=\\b[DRI]-)|(?=D\\.C\\.))(?:${ALTERNATION})(?![\\p{L}])`,
  'gu',
);

/** One recognized abbreviation: its span and the state's name. */
export interface StateMention {
  start: number;
  end: number;
  text: string;
  state: string;
}

/** The state abbreviations of a text that stand for states, in order. */
export function stateAbbreviations(text: string): StateMention[] {
  const out: StateMention[] = [];
  for (const m of text.matchAll(STATE_AT)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], state: STATE_ABBREVIATIONS[m[0]] });
  }
  return out;
}
