/**
 * Well-known organisations, written from general knowledge: the largest companies of the world's stock indexes and
 * best-known brands (technology, banks, insurers, carmakers, retailers, telecoms, airlines, pharmaceuticals,
 * consultancies, media), and public and international bodies (UN agencies, EU bodies, national health and tax
 * services). Stored lower-case, one name per entry, words one space apart as they are written ("procter & gamble",
 * "at&t", "mercedes-benz"), so a name of several words is looked up by the lexicon id of its text.
 *
 * Names that are everyday words in one of the six languages ("apple", "shell", "orange", "amazon", "target",
 * "visa", "total", "oracle"), common given or family names ("ford", "dell", "ferrari", "disney") or places
 * ("nokia", "toyota" are towns) are left out: those need a cue (a legal suffix, "works at", "X's CEO"...).
 * `organisation-names.test.ts` checks the list against the given-name, family-name, place and common-word lists.
 */

import { TokenWordSet } from "./scan.ts";

const names = `
google|microsoft|facebook|instagram|whatsapp|youtube|linkedin|twitter|netflix|spotify|tiktok|bytedance|snapchat
|pinterest|reddit|uber|lyft|airbnb|booking.com|expedia|tripadvisor|ebay|paypal|alibaba|tencent|baidu|huawei|xiaomi
|lenovo|samsung|panasonic|toshiba|hitachi|fujitsu|nikon|ricoh|sony|nintendo|intel|nvidia|qualcomm|broadcom
|texas instruments|cisco|hewlett-packard|accenture|capgemini|infosys|wipro|tata consultancy services|cognizant
|deloitte|pwc|pricewaterhousecoopers|ernst & young|mckinsey|mckinsey & company|boston consulting group|bain & company
|gartner|salesforce|vmware|servicenow|atlassian|autodesk|dropbox|github|gitlab|mozilla|wikipedia|wikimedia|openai
|anthropic|deepmind|palantir|shopify|klarna|revolut|monzo|transferwise|coinbase|binance|spacex|siemens|bosch|philips
|nokia networks|asml|infineon|stmicroelectronics|foxconn|tsmc|sk hynix|micron|western digital|seagate|logitech|garmin
|tomtom|blackberry|motorola|miele|electrolux|sennheiser|yahoo|skype|wechat|weibo|yandex|kaspersky|avast|symantec
|docusign|twilio|mailchimp|hubspot|zendesk|trello|canva|figma|duolingo|coursera|udemy|quora|tumblr|flickr|myspace
|foursquare|glassdoor|doordash|deliveroo|just eat|glovo|instacart|grubhub|ocado|zalando|etsy|wayfair|rakuten
|mercadolibre|mercado libre|shein|temu|asos|farfetch|jpmorgan|jpmorgan chase|j.p. morgan|goldman sachs|morgan stanley
|citigroup|citibank|wells fargo|bank of america|hsbc|barclays|lloyds|natwest|caixabank|bankia|bnp paribas
|société générale|credit agricole|crédit agricole|crédit mutuel|deutsche bank|commerzbank|credit suisse|abn amro
|rabobank|unicredit|intesa sanpaolo|nordea|danske bank|handelsbanken|swedbank|raiffeisen|erste group
|standard chartered|mizuho|sumitomo mitsui|bank of china|itaú|itau|bradesco|banco do brasil|caixa econômica federal
|millennium bcp|novo banco|banco sabadell|bankinter|blackrock|bridgewater associates|berkshire hathaway
|american express|mastercard|western union|moneygram|equifax|experian|transunion|standard & poor's|fitch ratings
|bloomberg|reuters|thomson reuters|factset|nasdaq|euronext|allianz|axa|generali|zurich insurance|metlife
|munich re|swiss re|hannover re|mapfre|aegon|legal & general|ping an|allstate|geico|liberty mutual|state farm|manulife
|sun life|volkswagen|audi|mercedes-benz|daimler|porsche|opel|stellantis|peugeot|citroën|citroen|fiat|chrysler
|general motors|chevrolet|cadillac|honda|nissan|mazda|subaru|mitsubishi|hyundai|volvo|scania|skoda|škoda|iveco
|man truck & bus|geely|rivian|harley-davidson|yamaha|bridgestone|goodyear|michelin|pirelli|walmart|costco|auchan
|e.leclerc|intermarché|lidl|aldi|tesco|asda|morrisons|waitrose|marks & spencer|ikea|h&m|zara|inditex|primark|uniqlo
|fnac|el corte inglés|mercadona|rewe|edeka|kaufland|ahold delhaize|albert heijn|migros|pingo doce|sonae
|jerónimo martins|home depot|kroger|walgreens|cvs health|best buy|kmart|sephora|l'oréal|loreal|lvmh|louis vuitton
|hermès|chanel|gucci|prada|kering|burberry|nike|adidas|puma|reebok|under armour|new balance|starbucks|burger king
|pizza hut|coca-cola|pepsico|pepsi|nestlé|nestle|unilever|danone|procter & gamble|johnson & johnson|colgate-palmolive
|kraft heinz|mondelez|heineken|carlsberg|ab inbev|anheuser-busch|diageo|pernod ricard|red bull|henkel|beiersdorf
|reckitt|vodafone|deutsche telekom|t-mobile|telefónica|telefonica|movistar|verizon|at&t|comcast|british telecom
|swisscom|telenor|telia|proximus|telecom italia|altice|bouygues|bouygues telecom|free mobile|virgin media
|liberty global|etisalat|ooredoo|safaricom|airtel|jio|china mobile|softbank|lufthansa|air france|air france-klm
|british airways|tap air portugal|tap portugal|ryanair|easyjet|wizz air|vueling|eurowings
|swiss international air lines|finnair|aeroflot|emirates|etihad|qatar airways|saudia|egyptair|royal air maroc
|delta air lines|jetblue|air canada|avianca|aeroméxico|qantas|cathay pacific|airbus|boeing|embraer|rolls-royce
|dassault|lockheed martin|raytheon|northrop grumman|general dynamics|general electric|honeywell|john deere
|schneider electric|alstom|eiffage|saint-gobain|lafargeholcim|holcim|heidelbergcement|ferrovial|skanska|maersk|fedex
|db schenker|kuehne+nagel|deutsche post|la poste|royal mail|deutsche bahn|sncf|renfe|amtrak|eurostar|uber eats|pfizer
|biontech|astrazeneca|novartis|sanofi|merck|glaxosmithkline|abbvie|eli lilly|bristol-myers squibb|novo nordisk
|boehringer ingelheim|teva|amgen|medtronic|siemens healthineers|fresenius|unitedhealth|unitedhealth group
|kaiser permanente|humana|cigna|elevance health|bupa|optum|exxonmobil|exxon|royal dutch shell|totalenergies|equinor
|repsol|galp|petrobras|saudi aramco|aramco|gazprom|rosneft|lukoil|sinopec|petrochina|cnooc|conocophillips|engie
|iberdrola|endesa|naturgy|enel|e.on|vattenfall|ørsted|energias de portugal|centrica|sonatrach|adnoc|warner bros
|universal pictures|comcast nbcuniversal|nbc|cbs|abc news|cnn|fox news|bbc|itv|france télévisions|atresmedia|mediaset
|rede globo|al jazeera|al arabiya|the new york times|new york times|washington post|wall street journal
|financial times|the guardian|le monde|le figaro|el país|el mundo|frankfurter allgemeine|associated press
|agence france-presse|reuters news|penguin random house|harpercollins|hachette|elsevier|reed elsevier|relx
|wolters kluwer|lexisnexis|ipsos|kantar|publicis|omnicom|havas|dentsu|electronic arts|activision blizzard|ubisoft
|epic games|take-two interactive|rockstar games|hasbro|mattel|lego|united nations|unicef|unesco|unhcr|unfccc|undp|unep
|unfpa|unido|unctad|unaids|unrwa|world health organization|world health organisation|organisation mondiale de la santé
|organización mundial de la salud|weltgesundheitsorganisation|organização mundial da saúde|world bank
|international monetary fund|world trade organization|international labour organization
|food and agriculture organization|world food programme|interpol|europol|eurojust|frontex|nato|otan|oecd|ocde|opec
|african union|arab league|asean|mercosur|red cross|international committee of the red cross|red crescent|croix-rouge
|cruz roja|rotes kreuz|cruz vermelha|médecins sans frontières|doctors without borders|amnesty international
|human rights watch|greenpeace|oxfam|save the children|wwf|world wildlife fund|bill & melinda gates foundation
|wellcome trust|european union|european commission|european parliament|european central bank|european investment bank
|council of the european union|european court of justice|court of justice of the european union
|european court of human rights|council of europe|eurostat|european medicines agency|european food safety authority
|european space agency|cern|nhs|national health service|nhs england|nhs scotland|home office|foreign office|met police
|metropolitan police|scotland yard|ofsted|ofcom|ofgem|ofwat|nasa|social security administration
|pentagon|white house|federal reserve|bundesagentur für arbeit|bundeswehr|bundesbank|bundestag|bundesrat
|deutsche rentenversicherung|techniker krankenkasse|pôle emploi|france travail|urssaf|assurance maladie
|sécurité sociale|banque de france|gendarmerie nationale|police nationale|seguridad social|agencia tributaria
|guardia civil|policía nacional|banco de españa|segurança social|autoridade tributária|banco de portugal
|serviço nacional de saúde|sistema único de saúde|receita federal|polícia federal
|massachusetts institute of technology|caltech|sorbonne|sciences po|eth zurich|london school of economics|fraunhofer
|p&g|mcdonald's|sainsbury's|macy's|lowe's|levi's|domino's|moody's
`;

/**
 * Initialisms that count only when written in capitals: several are words in lower or title case ("who", "ice",
 * "sec", "mit", "ing", "sap", "ups"), and the rest are short enough to be other abbreviations when written so.
 */
const acronyms = `
ibm hp lg amd sap kpmg bmw ubs ing seb icbc hdfc icici mufg aig bbva klm kfc dhl ups tnt abb bp eni edf edp rwe gsk
byd ntt kddi stc mtn kpn sfr aol cvs who ice sec mit ema esa imf wto ilo iaea icrc ecb efsa hmrc dvla dwp gchq fbi
cia nsa irs fda cdc noaa fema dhs usps epa ftc osha nih aok caf cpam sepe sns inss cnrs inserm csic epfl lse ucl
wpp afp zdf ard rtl rtp rtve sas bt
tu fh ufmg usp ufrj unam uba ucm upm uab
`;

/** Every name, lower-case, as it is looked up. */
export const organisationNames: TokenWordSet = new TokenWordSet(
  names
    .split("|")
    .map((name) => name.trim())
    .filter((name) => name.length > 1),
);

/** Initialisms written in capitals ("IBM", "WHO"), lower-case. */
export const organisationAcronyms: TokenWordSet = new TokenWordSet(
  acronyms.split(/\s+/).filter((name) => name.length > 1),
);

/**
 * The text of each name up to the end of each of its words but the last ("bank", "bank of" for "bank of
 * america"): a phrase is read on only while it is one of these. The first word of every name is here or in
 * `organisationNames`, so one look-up rules most capitalised words out.
 */
export const organisationNamePrefixes: TokenWordSet = new TokenWordSet(
  [...organisationNames].flatMap((name) => {
    const prefixes: string[] = [];
    const wordEnd = /[\p{L}\p{N}'’]+/gu;
    for (const match of name.matchAll(wordEnd)) {
      const end = match.index + match[0].length;
      if (end < name.length) prefixes.push(name.slice(0, end));
    }
    return prefixes;
  }),
);
