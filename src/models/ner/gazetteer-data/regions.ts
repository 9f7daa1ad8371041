/** States, provinces and other administrative regions (GPE), one per line (data only). */
export const STATES = `
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
West Virginia
Wisconsin
Wyoming
Ontario
Quebec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland
Bavaria
Saxony
Hesse
Brandenburg
Catalonia
Andalusia
Basque Country
Galicia
Sicily
Sardinia
Lombardy
Tuscany
Corsica
Brittany
Normandy
Provence
Flanders
Wallonia
Queensland
New South Wales
Victoria
Tasmania
Punjab
Kashmir
Bengal
West Bengal
Kerala
Tamil Nadu
Gujarat
Bihar
Assam
Sindh
Baluchistan
Xinjiang
Guangdong
Sichuan
Yunnan
Kurdistan
Crimea
Donbas
Transnistria
Abkhazia
Ossetia
Dagestan
Ingushetia
Tatarstan
Siberia
Darfur
Kordofan
Tigray
Ogaden
Katanga
Kivu
Natal
Transvaal
Mindanao
Aceh
Papua
Okinawa
Hokkaido
Golan
Golan Heights
Sinai
Negev
Galilee
Judea
Samaria
Anatolia
Idlib
`;

/** Regions, continents, seas, rivers, mountains and other geographic names (LOC), one per line (data only). */
export const GEO_NAMES = `
Africa
Asia
Europe
North America
South America
Latin America
Central America
Antarctica
Oceania
Australasia
Eurasia
Middle East
Near East
Far East
Mideast
Balkans
Caucasus
Scandinavia
Baltics
Maghreb
Sahel
Sahara
Levant
Gulf
Persian Gulf
Arabian Peninsula
Horn of Africa
Central Asia
South Asia
Southeast Asia
East Asia
West Africa
East Africa
North Africa
Southern Africa
Sub-Saharan Africa
Eastern Europe
Western Europe
Central Europe
Mediterranean
Atlantic
Pacific
Indian Ocean
Arctic
Black Sea
Red Sea
Dead Sea
Caspian
Caspian Sea
Baltic
Baltic Sea
North Sea
Aegean
Aegean Sea
Adriatic
South China Sea
East China Sea
Caribbean
Gulf of Mexico
Gulf of Aden
Strait of Hormuz
Bosphorus
Suez Canal
Panama Canal
English Channel
Nile
Euphrates
Tigris
Jordan River
Danube
Rhine
Volga
Thames
Seine
Amazon
Mississippi River
Yangtze
Ganges
Indus
Mekong
Congo River
Alps
Himalayas
Andes
Pyrenees
Urals
Rockies
Kilimanjaro
Everest
Silicon Valley
Wall Street
Pentagon
Kremlin
Downing Street
White House
Capitol Hill
`;
