/**
 * Country names that the country list lacks, as "alias = common name" lines (data only): older or
 * informal names, and short forms of capitals used as metonyms.
 */
export const COUNTRY_ALIASES = `
Turkey = Türkiye
Britain = United Kingdom
Great Britain = United Kingdom
U.K. = United Kingdom
England = United Kingdom
America = United States
U.S.A. = United States
U.S. = United States
United States of America = United States
Holland = Netherlands
Burma = Myanmar
Ivory Coast = Ivory Coast
Czech Republic = Czechia
North Korea = North Korea
South Korea = South Korea
Russian Federation = Russia
Persia = Iran
Swaziland = Eswatini
Macedonia = North Macedonia
Vatican = Vatican City
Palestinian territories = Palestine
Palestinian Authority = Palestine
`;

/** Capitals by their short name, as "capital = country common name" lines (data only); the list's own capitals are added. */
export const CAPITAL_ALIASES = `
Washington = United States
Washington D.C. = United States
Tel Aviv = Israel
`;

/** Demonyms the list lacks or spells otherwise, as "demonym = country common name" lines (data only). */
export const DEMONYM_ALIASES = `
American = United States
British = United Kingdom
Turkish = Türkiye
Russian = Russia
Chinese = China
Iranian = Iran
Syrian = Syria
Lebanese = Lebanon
Egyptian = Egypt
Qatari = Qatar
Saudi = Saudi Arabia
Emirati = United Arab Emirates
Ukrainian = Ukraine
Dutch = Netherlands
French = France
German = Germany
Italian = Italy
Spanish = Spain
Japanese = Japan
Korean = South Korea
North Korean = North Korea
South Korean = South Korea
Indian = India
Pakistani = Pakistan
Afghan = Afghanistan
Iraqi = Iraq
Jordanian = Jordan
Yemeni = Yemen
Palestinian = Palestine
Israeli = Israel
`;
