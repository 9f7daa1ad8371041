/**
 * Companies and other organizations whose names the recognizer, trained on 1996 Reuters text,
 * often types as a person, a place or MISC ("Time Warner", "Freddie Mac", "Warner Bros", "Rio
 * Tinto"): a whole name found here is an ORG whatever its CoNLL type. Written for the project;
 * names that are as often a person, a place or a common word (Ford, Amazon, Orange, Porsche,
 * Bloomberg, Total) are left out. Used for the product type only, never as a recognizer feature
 * (the shipped model was trained without it). One per line (data only).
 */
export const COMPANY_NAMES = `
Time Warner
TimeWarner
AOL Time Warner
Warner Bros
Warner Bros.
Warner Brothers
Warner Music
AOL
Google
Microsoft
Yahoo
Yahoo!
eBay
Intel
IBM
Hewlett-Packard
Cisco
Nokia
Motorola
Samsung
Sony
Panasonic
Toshiba
Nintendo
Vodafone
Deutsche Telekom
France Telecom
Telefonica
Verizon
AT&T
T-Mobile
Comcast
Viacom
News Corp
News Corporation
Netflix
Spotify
Twitter
Facebook
Instagram
WhatsApp
TikTok
ByteDance
Tencent
Alibaba
Baidu
Huawei
Xiaomi
Lenovo
Infosys
Siemens
Ericsson
Nvidia
Qualcomm
PayPal
Uber
Airbnb
SpaceX
OpenAI
Adobe
Salesforce
Skype
MySpace
Napster
Apple Computer
Goldman Sachs
Morgan Stanley
JP Morgan
JPMorgan
JPMorgan Chase
Citigroup
Citibank
Bank of America
Merrill Lynch
Lehman Brothers
Bear Stearns
Barclays
HSBC
Lloyds TSB
Lloyd's
Royal Bank of Scotland
NatWest
Deutsche Bank
Credit Suisse
UBS
BNP Paribas
Societe Generale
Abbey National
Standard Chartered
Nomura
Wells Fargo
Berkshire Hathaway
BlackRock
Fannie Mae
Freddie Mac
AIG
Allianz
Aviva
Mastercard
American Express
Standard & Poor's
Moody's
Nasdaq
Euronext
London Stock Exchange
New York Stock Exchange
ExxonMobil
Exxon Mobil
Chevron
ConocoPhillips
Royal Dutch Shell
Statoil
Equinor
Gazprom
Rosneft
Lukoil
Yukos
Sibneft
Saudi Aramco
Aramco
Petrobras
PetroChina
Sinopec
Halliburton
Enron
Centrica
British Gas
General Motors
Ford Motor
Chrysler
DaimlerChrysler
Mercedes-Benz
BMW
Volkswagen
Toyota
Nissan
Renault
Peugeot
Fiat
Hyundai
Volvo
MG Rover
Land Rover
Rolls-Royce
British Airways
Virgin Atlantic
Ryanair
EasyJet
easyJet
Lufthansa
Air France
KLM
American Airlines
United Airlines
Delta Air Lines
Qantas
Boeing
Airbus
EADS
BAE Systems
Lockheed Martin
Northrop Grumman
Raytheon
Wal-Mart
Walmart
Tesco
Sainsbury's
Asda
Morrisons
Marks & Spencer
Marks and Spencer
Woolworths
Carrefour
Ikea
IKEA
Nike
Adidas
Coca-Cola
PepsiCo
McDonald's
Starbucks
Nestle
Nestlé
Unilever
Procter & Gamble
Cadbury Schweppes
Diageo
Heineken
Anheuser-Busch
InBev
Philip Morris
British American Tobacco
Imperial Tobacco
LVMH
Burberry
Pfizer
GlaxoSmithKline
AstraZeneca
Novartis
Johnson & Johnson
Eli Lilly
Bristol-Myers Squibb
Moderna
BioNTech
ITV
BSkyB
Universal Music
EMI
Sony BMG
Bertelsmann
Vivendi
Reed Elsevier
Pixar
DreamWorks
Miramax
Metro-Goldwyn-Mayer
20th Century Fox
Twentieth Century Fox
Electronic Arts
Activision
Ubisoft
Rio Tinto
BHP Billiton
Anglo American
Glencore
Xstrata
ArcelorMittal
Mittal Steel
Corus
Alcoa
De Beers
Veolia
Network Rail
Railtrack
Royal Mail
Deloitte
KPMG
PricewaterhouseCoopers
Ernst & Young
Arthur Andersen
McKinsey
Accenture
WorldCom
Parmalat
`;
