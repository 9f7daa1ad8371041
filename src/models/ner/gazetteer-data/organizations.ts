/** Words that end or mark an organization's name (Inc, Corp, FC, Ministry, ...), one per line (data only). */
export const ORG_WORDS = `
Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited Plc PLC plc LLC LLP AG GmbH SA S.A. SpA NV N.V. BV
AB ASA Oyj KK Bhd Pty Group Holdings Holding Industries International Enterprises Partners Associates Bancorp Bank
Bancshares Trust Fund Funds Capital Securities Investments Airlines Airways Motors Motor Systems Technologies
Technology Telecom Communications Networks Pharmaceuticals Petroleum Energy Oil Gas Mining Resources Steel Chemicals
Foods Brands Stores Media Press News Times Post Journal Herald Tribune Gazette Telegraph Agency Service Services
FC F.C. AFC United City Rovers Athletic Wanderers Albion County Club Team Racing Olympique Sporting Real Dynamo
Spartak Lokomotiv Inter Juventus Ajax PSV Celtic Rangers University College Institute School Academy Foundation
Association Society Federation Union League Council Committee Commission Board Authority Office Department Ministry
Organization Organisation Bureau Parliament Congress Senate Assembly Court Tribunal Party Front Movement Alliance
Coalition Army Navy Forces Brigade Brigades Police Guard Church Hospital Museum Exchange Reuters Organisation
`;

/** Well-known organizations: international bodies, alliances, movements, agencies, one per line (data only). */
export const ORG_NAMES = `
United Nations
UN
U.N.
UNESCO
UNICEF
UNHCR
UNRWA
Security Council
UN Security Council
General Assembly
World Health Organization
WHO
World Bank
International Monetary Fund
IMF
World Trade Organization
WTO
NATO
North Atlantic Treaty Organization
European Union
EU
European Commission
European Parliament
Council of Europe
OSCE
OPEC
Organisation of Islamic Cooperation
Organization of Islamic Cooperation
Organisation of the Islamic Conference
OIC
Arab League
African Union
ASEAN
G7
G8
G20
BRICS
Interpol
Red Cross
Red Crescent
International Committee of the Red Cross
Amnesty International
Human Rights Watch
Greenpeace
Doctors Without Borders
International Court of Justice
World Court
International Criminal Court
ICC
IAEA
FIFA
UEFA
IOC
International Olympic Committee
Hamas
Fatah
Hezbollah
Hizbollah
PLO
Palestine Liberation Organization
Palestinian Authority
Islamic Jihad
Taliban
al Qaeda
al-Qaeda
Al Qaeda
Islamic State
ISIS
ISIL
Daesh
Houthis
Muslim Brotherhood
PKK
YPG
Kurdistan Workers' Party
IRA
Sinn Fein
ETA
Knesset
Mossad
Shin Bet
IDF
CIA
FBI
NSA
KGB
FSB
MI6
MI5
Pentagon
State Department
Congress
Senate
Federal Reserve
Fed
Bundesbank
Bundestag
Duma
Kremlin
White House
Downing Street
Reuters
Associated Press
AP
AFP
BBC
CNN
Al Jazeera
Anadolu
Anadolu Agency
Xinhua
TASS
Microsoft
Apple
Google
Amazon
Facebook
Meta
IBM
Intel
Toyota
Ford
General Motors
Boeing
Airbus
Shell
BP
Exxon
Gazprom
`;
