/** Country names, short forms and common variants, one per line (data only). */
export const COUNTRIES = `
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia
Bosnia and Herzegovina
Bosnia-Herzegovina
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burma
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China
Colombia
Comoros
Congo
Democratic Republic of Congo
Democratic Republic of the Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic
Czechia
Czechoslovakia
Denmark
Djibouti
Dominica
Dominican Republic
East Timor
Timor-Leste
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini
Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Israel
Italy
Ivory Coast
Cote d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Macedonia
North Macedonia
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar
Namibia
Nauru
Nepal
Netherlands
Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea
Norway
Oman
Pakistan
Palau
Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia
Russian Federation
Rwanda
Saint Kitts and Nevis
Saint Lucia
Samoa
San Marino
Saudi Arabia
Senegal
Serbia
Yugoslavia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea
Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Togo
Tonga
Trinidad
Trinidad and Tobago
Tunisia
Turkey
Türkiye
Turkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates
UAE
United Kingdom
UK
U.K.
Britain
Great Britain
England
Scotland
Wales
Northern Ireland
United States
United States of America
USA
U.S.A.
US
U.S.
America
Uruguay
Uzbekistan
Vanuatu
Vatican
Venezuela
Vietnam
Viet Nam
Yemen
Zaire
Zambia
Zimbabwe
Soviet Union
USSR
Hong Kong
Macau
Greenland
Puerto Rico
Gaza
Gaza Strip
West Bank
Tibet
Chechnya
Kurdistan
Western Sahara
`;
