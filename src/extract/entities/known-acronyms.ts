/**
 * Acronyms that articles use without defining them, as "ACRONYM = full name = TYPE" lines (data
 * only). Country short forms (U.S., UK) come from the country index instead.
 */
export const KNOWN_ACRONYMS = `
NATO = North Atlantic Treaty Organization = ORG
UN = United Nations = ORG
EU = European Union = ORG
OIC = Organisation of Islamic Cooperation = ORG
WHO = World Health Organization = ORG
IMF = International Monetary Fund = ORG
ICJ = International Court of Justice = ORG
ICC = International Criminal Court = ORG
UNRWA = United Nations Relief and Works Agency = ORG
UNICEF = United Nations Children's Fund = ORG
OPEC = Organization of the Petroleum Exporting Countries = ORG
ASEAN = Association of Southeast Asian Nations = ORG
AU = African Union = ORG
IAEA = International Atomic Energy Agency = ORG
FBI = Federal Bureau of Investigation = ORG
CIA = Central Intelligence Agency = ORG
MIT = Massachusetts Institute of Technology = ORG
PKK = Kurdistan Workers' Party = ORG
IDF = Israel Defense Forces = ORG
PLO = Palestine Liberation Organization = ORG
BBC = British Broadcasting Corporation = ORG
`;

/** A known acronym's expansion. */
export interface AcronymExpansion {
  name: string;
  type: string;
}

let table: Map<string, AcronymExpansion> | undefined;

/** The known acronyms by key (upper case letters without dots: "UN" for "U.N."). */
export function knownAcronym(text: string): AcronymExpansion | undefined {
  if (!table) {
    table = new Map();
    for (const line of KNOWN_ACRONYMS.split('\n')) {
      const parts = line.split(' = ');
      if (parts.length === 3) table.set(parts[0].trim(), { name: parts[1].trim(), type: parts[2].trim() });
    }
  }
  return table.get(text.replace(/\./g, '').toUpperCase());
}
