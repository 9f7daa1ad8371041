/** Capitals and major cities of the world, one per line (data only). */
export const CITIES = `
Kabul
Tirana
Algiers
Luanda
Buenos Aires
Yerevan
Canberra
Sydney
Melbourne
Brisbane
Perth
Adelaide
Vienna
Baku
Manama
Dhaka
Minsk
Brussels
Antwerp
Sarajevo
Gaborone
Brasilia
Rio de Janeiro
Sao Paulo
Sofia
Phnom Penh
Yaounde
Ottawa
Toronto
Montreal
Vancouver
Calgary
Santiago
Beijing
Shanghai
Guangzhou
Shenzhen
Hong Kong
Bogota
Medellin
Kinshasa
Havana
Nicosia
Prague
Copenhagen
Quito
Cairo
Alexandria
San Salvador
Tallinn
Addis Ababa
Helsinki
Paris
Marseille
Lyon
Nice
Bordeaux
Tbilisi
Berlin
Bonn
Frankfurt
Munich
Hamburg
Cologne
Stuttgart
Dortmund
Dusseldorf
Leipzig
Dresden
Accra
Athens
Budapest
Reykjavik
New Delhi
Delhi
Mumbai
Bombay
Calcutta
Kolkata
Madras
Chennai
Bangalore
Jakarta
Tehran
Baghdad
Basra
Mosul
Dublin
Jerusalem
Tel Aviv
Haifa
Ramallah
Hebron
Rafah
Khan Younis
Gaza City
Rome
Milan
Naples
Turin
Florence
Venice
Genoa
Kingston
Tokyo
Osaka
Kyoto
Amman
Astana
Almaty
Nairobi
Mombasa
Pristina
Kuwait City
Bishkek
Vientiane
Riga
Beirut
Tripoli
Benghazi
Vilnius
Skopje
Kuala Lumpur
Valletta
Mexico City
Guadalajara
Monterrey
Chisinau
Ulan Bator
Rabat
Casablanca
Maputo
Yangon
Rangoon
Kathmandu
Amsterdam
Rotterdam
The Hague
Wellington
Auckland
Managua
Abuja
Lagos
Pyongyang
Oslo
Muscat
Islamabad
Karachi
Lahore
Panama City
Asuncion
Lima
Manila
Warsaw
Krakow
Lisbon
Porto
Doha
Bucharest
Moscow
St Petersburg
St. Petersburg
Kigali
Riyadh
Jeddah
Mecca
Medina
Dakar
Belgrade
Freetown
Bratislava
Ljubljana
Mogadishu
Pretoria
Johannesburg
Cape Town
Durban
Seoul
Busan
Juba
Madrid
Barcelona
Valencia
Seville
Bilbao
Colombo
Khartoum
Stockholm
Gothenburg
Bern
Geneva
Zurich
Basel
Lausanne
Damascus
Aleppo
Homs
Taipei
Dushanbe
Dar es Salaam
Bangkok
Tunis
Ankara
Istanbul
Izmir
Antalya
Bursa
Adana
Diyarbakir
Diyarbakır
Şanlıurfa
Sanliurfa
Gaziantep
Ashgabat
Kampala
Kiev
Kyiv
Kharkiv
Odessa
Abu Dhabi
Dubai
London
Manchester
Liverpool
Birmingham
Leeds
Glasgow
Edinburgh
Cardiff
Belfast
Bristol
Newcastle
Sheffield
Washington
New York
Los Angeles
Chicago
Houston
Philadelphia
Phoenix
San Antonio
San Diego
Dallas
San Francisco
Boston
Seattle
Detroit
Atlanta
Miami
Denver
Baltimore
Cleveland
Pittsburgh
St. Louis
Minneapolis
New Orleans
Las Vegas
Cincinnati
Milwaukee
Montevideo
Tashkent
Caracas
Hanoi
Ho Chi Minh City
Saigon
Sanaa
Aden
Lusaka
Harare
Kandahar
Herat
Peshawar
Quetta
Srinagar
Kashgar
Lhasa
Grozny
Sevastopol
Donetsk
Luhansk
Aleppo
Idlib
Raqqa
Kirkuk
Erbil
Fallujah
Najaf
Karbala
Tikrit
Sidon
Tyre
Nablus
Jenin
Bethlehem
Jericho
Goma
Bamako
Niamey
Ouagadougou
Conakry
Monrovia
Abidjan
Lome
Cotonou
N'Djamena
Bangui
Libreville
Brazzaville
Asmara
Djibouti
Lilongwe
Windhoek
Antananarivo
Port-au-Prince
Santo Domingo
San Juan
Tegucigalpa
Guatemala City
San Jose
La Paz
Sucre
Strasbourg
Luxembourg
Monaco
Zagreb
Podgorica
Tirana
Sochi
Vladivostok
Novosibirsk
Yekaterinburg
Osh
Samarkand
Mashhad
Isfahan
Shiraz
Tabriz
Karaj
Kabul
Hyderabad
Ahmedabad
Pune
Chittagong
Mandalay
Cebu
Surabaya
Bandung
`;
