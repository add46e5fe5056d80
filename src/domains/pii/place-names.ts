/** Countries (in the six supported languages) and large cities, lower-case; multi-word names use one space. */

import { TokenWordSet } from "./scan.ts";
import { townNames } from "./town-names.ts";
import { worldTownNames } from "./world-town-names.ts";

const countries = `
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh
|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi
|cambodia|cameroon|canada|chad|chile|china|colombia|congo|costa rica|croatia|cuba|cyprus|czechia|czech republic
|denmark|djibouti|dominica|ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon
|gambia|georgia|germany|ghana|greece|greenland|grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india
|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia
|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta
|mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands
|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|oman|pakistan|palestine|panama|paraguay|peru
|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|singapore|slovakia|slovenia
|somalia|south africa|south korea|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania
|thailand|togo|tunisia|turkey|türkiye|turkmenistan|uganda|ukraine|united arab emirates|united kingdom|united states
|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe|england|scotland|wales|usa|uk
|allemagne|angleterre|autriche|belgique|brésil|chine|danemark|égypte|espagne|états-unis|finlande|grèce|hongrie
|irlande|italie|japon|liban|maroc|mexique|norvège|pays-bas|pologne|roumanie|royaume-uni|russie|suède|suisse|tunisie
|turquie|algérie|sénégal|côte d'ivoire
|alemania|austria|bélgica|brasil|dinamarca|egipto|españa|estados unidos|francia|grecia|hungría|inglaterra|irlanda
|italia|japón|marruecos|méxico|noruega|países bajos|polonia|reino unido|rumania|rusia|suecia|suiza|túnez|turquía
|deutschland|österreich|belgien|brasilien|dänemark|ägypten|spanien|frankreich|griechenland|ungarn|irland|italien
|marokko|niederlande|norwegen|polen|rumänien|russland|schweden|schweiz|tunesien|türkei|vereinigte staaten
|alemanha|áustria|bélgica|dinamarca|egito|espanha|estados unidos|frança|grécia|hungria|inglaterra|irlanda|itália
|japão|marrocos|noruega|países baixos|holanda|polónia|polônia|reino unido|roménia|rússia|suécia|suíça|tunísia
|moçambique|cabo verde|angola
|مصر|المغرب|الجزائر|تونس|ليبيا|السعودية|الأردن|لبنان|سوريا|العراق|فلسطين|اليمن|الإمارات|قطر|الكويت|البحرين|عمان
|السودان|فرنسا|ألمانيا|إسبانيا|إيطاليا|بريطانيا|أمريكا|تركيا|كندا
|الفلبين|الهند|باكستان|بنغلاديش|إندونيسيا|اندونيسيا|نيبال|سريلانكا|إثيوبيا|اثيوبيا|الصومال|موريتانيا|جيبوتي
|إريتريا|اريتريا|إيران|ايران|أفغانستان|افغانستان|روسيا|الصين|اليابان|كوريا|ماليزيا|البرازيل|الأرجنتين
|الارجنتين|المكسيك|هولندا|بلجيكا|سويسرا|النمسا|السويد|النرويج|الدنمارك|اليونان|البرتغال|بولندا|أوكرانيا
|اوكرانيا|نيجيريا|كينيا|السنغال|تشاد|أستراليا|استراليا|المانيا|اسبانيا|ايطاليا|امريكا|الامارات|الاردن
|الولايات المتحدة|المملكة المتحدة|جنوب أفريقيا|جنوب افريقيا
`;

/**
 * First-level regions: US states, Canadian provinces and territories, and large regions elsewhere (states of Mexico,
 * Brazil and India, provinces of Argentina and departments of Colombia, Austrian and Swiss states, German Länder,
 * French régions). Regions named like a surname or a word ("Guerrero", "Hidalgo", "Acre", "Misiones") are left out.
 */
const regions = `
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana
|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana
|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon
|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia
|wisconsin|wyoming|district of columbia
|ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick
|newfoundland|prince edward island|yukon|nunavut|northwest territories
|bavaria|bayern|saxony|sachsen|hesse|hessen|brandenburg|thuringia|thüringen|baden-württemberg|niedersachsen
|nordrhein-westfalen|schleswig-holstein|rheinland-pfalz|tyrol|tirol
|île-de-france|normandie|normandy|bretagne|brittany|provence|occitanie|bourgogne|alsace|corse|corsica
|andalucía|andalusia|cataluña|catalunya|catalonia|galicia|castilla|aragón|asturias|cantabria|navarra
|extremadura|murcia|país vasco|euskadi|canarias|baleares
|algarve|alentejo|minho|madeira|açores|azores
|lombardia|lombardy|toscana|tuscany|sicilia|sicily|sardegna|sardinia|piemonte|veneto|lazio|campania
|scotland|wales|northern ireland|yorkshire|cornwall|kent|essex|surrey|sussex|devon|lancashire
|queensland|new south wales|victoria|tasmania|western australia|south australia
|catalonia|flanders|wallonia|bavaria|siberia|patagonia|andes|punjab|bengal|kerala|gujarat|maharashtra
|tamil nadu|karnataka|rajasthan|uttar pradesh|california
|aguascalientes|baja california|baja california sur|campeche|chiapas|chihuahua|coahuila|guanajuato|jalisco
|michoacán|michoacan|nayarit|nuevo león|nuevo leon|oaxaca|querétaro|queretaro|quintana roo|san luis potosí|sinaloa
|sonora|tabasco|tamaulipas|tlaxcala|veracruz|yucatán|yucatan|zacatecas|estado de méxico
|alagoas|amapá|amazonas|bahia|ceará|espírito santo|goiás|maranhão|mato grosso|mato grosso do sul|minas gerais
|paraíba|paraná|pernambuco|piauí|rio grande do norte|rio grande do sul|rondônia|roraima|santa catarina|sergipe
|tocantins
|tucumán|chubut|neuquén|entre ríos|la pampa|río negro|tierra del fuego|jujuy|chaco|catamarca|santiago del estero
|antioquia|cundinamarca|valle del cauca|boyacá|risaralda|quindío
|niederösterreich|oberösterreich|steiermark|kärnten|vorarlberg|burgenland|vaud|valais|ticino|graubünden|aargau
|mecklenburg-vorpommern|sachsen-anhalt|saarland
|hauts-de-france|grand est|auvergne-rhône-alpes|nouvelle-aquitaine|pays de la loire|centre-val de loire
|bihar|odisha|telangana|andhra pradesh|madhya pradesh|haryana|assam|jharkhand
`;
// Medina is written "المدينة المنورة": "المدينة" alone is "the city", a form's label ("المدينة: الرياض").
/** Large cities, before the towns of town-names.ts and world-town-names.ts are added to them. */
export const largeCities = `
london|paris|berlin|madrid|lisbon|lisboa|rome|roma|vienna|wien|brussels|bruxelles|amsterdam|rotterdam|copenhagen
|københavn|stockholm|oslo|helsinki|reykjavik|dublin|edinburgh|glasgow|manchester|birmingham|liverpool|leeds|bristol
|cardiff|belfast|warsaw|warszawa|kraków|krakow|wrocław|gdańsk|prague|praha|brno|budapest|bratislava|ljubljana
|zagreb|belgrade|bucharest|sofia|athens|thessaloniki|istanbul|ankara|moscow|kyiv|kiev|minsk|riga|vilnius|tallinn
|munich|münchen|hamburg|frankfurt|cologne|köln|stuttgart|düsseldorf|dresden|leipzig|hanover|hannover|nuremberg|bremen
|zurich|zürich|geneva|genève|bern|basel|lausanne|lyon|marseille|toulouse|nice|nantes|strasbourg|bordeaux|lille
|montpellier|rennes|barcelona|valencia|seville|sevilla|zaragoza|málaga|malaga|bilbao|porto|braga|coimbra|faro
|milan|milano|naples|napoli|turin|torino|florence|firenze|venice|venezia|bologna|genoa|genova|palermo
|new york|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san jose|austin|boston
|seattle|denver|washington|miami|atlanta|detroit|portland|las vegas|san francisco|toronto|montreal|montréal
|vancouver|ottawa|calgary|quebec|québec|mexico city|bogotá|bogota|lima|santiago|buenos aires|montevideo|caracas
|são paulo|sao paulo|rio de janeiro|brasília|brasilia|salvador|fortaleza|belo horizonte|recife|curitiba
|cairo|alexandria|casablanca|rabat|marrakech|tunis|algiers|alger|dakar|lagos|nairobi|accra|johannesburg|cape town
|dubai|abu dhabi|doha|riyadh|jeddah|amman|beirut|damascus|baghdad|tehran|karachi|lahore|delhi|new delhi|mumbai
|bangalore|chennai|kolkata|dhaka|beijing|shanghai|hong kong|tokyo|osaka|seoul|singapore|bangkok|jakarta|manila
|sydney|melbourne|brisbane|perth|auckland|wellington
|chicago|houston|phoenix|columbus|charlotte|indianapolis|fort worth|jacksonville|el paso|nashville
|oklahoma city|louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|kansas city|mesa|omaha
|raleigh|long beach|virginia beach|oakland|minneapolis|tulsa|tampa|arlington|new orleans|wichita|cleveland
|honolulu|anaheim|orlando|pittsburgh|cincinnati|st. louis|saint louis|buffalo|newark|salt lake city|richmond
|memphis|boise|spokane|des moines|madison|anchorage|hartford|providence|springfield|edmonton|winnipeg
|hamilton|halifax|victoria|regina|saskatoon|guadalajara|monterrey|puebla|tijuana|havana|la habana|san juan
|santo domingo|panama city|quito|guayaquil|medellín|medellin|cali|la paz|asunción|córdoba|cordoba|rosario
|valparaíso|manaus|belém|porto alegre|goiânia|campinas|natal|florianópolis|vitória
|nice|toulon|grenoble|dijon|angers|nîmes|reims|le havre|saint-étienne|clermont-ferrand|tours|limoges|metz
|rouen|caen|nancy|orléans|perpignan|avignon|brest|la rochelle|ajaccio
|alicante|córdoba|valladolid|vigo|gijón|granada|a coruña|la coruña|vitoria|oviedo|pamplona|santander
|salamanca|toledo|cádiz|palma|las palmas|santa cruz de tenerife|murcia|san sebastián|donostia
|amadora|setúbal|aveiro|funchal|évora|viseu|guimarães|leiria|sintra|cascais|almada|ponta delgada
|essen|dortmund|duisburg|bochum|wuppertal|bielefeld|bonn|münster|mannheim|karlsruhe|augsburg|wiesbaden
|aachen|kiel|freiburg|mainz|rostock|kassel|potsdam|lübeck|erfurt|magdeburg|regensburg|heidelberg|graz
|linz|salzburg|innsbruck|antwerp|antwerpen|anvers|ghent|gent|liège|bruges|brugge|charleroi|namur
|luxembourg|the hague|den haag|utrecht|eindhoven|gothenburg|göteborg|malmö|bergen|aarhus|odense|tampere
|turku|cork|galway|limerick|aberdeen|dundee|newcastle|sheffield|nottingham|leicester|coventry|bradford
|southampton|portsmouth|plymouth|brighton|oxford|cambridge|york|bath|swansea|derry|łódź|poznań|lublin
|katowice|szczecin|gdynia|ostrava|plzeň|košice|debrecen|szeged|cluj-napoca|timișoara|iași|constanța|varna
|plovdiv|split|rijeka|novi sad|niš|sarajevo|skopje|podgorica|tirana|chisinau|odesa|odessa|kharkiv|lviv
|dnipro|saint petersburg|st petersburg|novosibirsk|yekaterinburg|kazan|izmir|bursa|antalya|adana|tbilisi
|yerevan|baku|almaty|astana|tashkent|tel aviv|jerusalem|haifa|gaza|ramallah|aleppo|homs|basra|mosul|erbil
|kuwait city|manama|muscat|sanaa|aden|mecca|makkah|medina|dammam|sharjah|ajman|isfahan|mashhad|shiraz|tabriz
|kabul|islamabad|rawalpindi|faisalabad|peshawar|hyderabad|ahmedabad|pune|surat|jaipur|lucknow|kanpur|nagpur
|indore|bhopal|patna|kochi|colombo|kathmandu|chittagong|yangon|hanoi|ho chi minh city|saigon|phnom penh
|vientiane|kuala lumpur|surabaya|bandung|medan|cebu|davao|taipei|kaohsiung|guangzhou|shenzhen|chengdu
|chongqing|tianjin|wuhan|xi'an|hangzhou|nanjing|shenyang|harbin|macau|busan|incheon|daegu|yokohama|nagoya
|sapporo|kobe|kyoto|fukuoka|hiroshima|ulaanbaatar|adelaide|canberra|gold coast|hobart|darwin|christchurch
|fes|fez|tangier|tanger|agadir|oran|constantine|sfax|tripoli|benghazi|khartoum|addis ababa|asmara|mogadishu
|kampala|kigali|dar es salaam|dodoma|mombasa|lusaka|harare|maputo|luanda|kinshasa|brazzaville|douala
|yaoundé|abidjan|bamako|ouagadougou|niamey|conakry|freetown|monrovia|lomé|cotonou|abuja|kano|ibadan
|port harcourt|kumasi|durban|pretoria|port elizabeth|windhoek|gaborone|antananarivo|port louis
|مراكش|فاس|طنجة|وهران|صفاقس|طرابلس|الخرطوم|مكة|الدمام|الشارقة|مسقط|المنامة|الكويت|صنعاء|حلب|الموصل|البصرة|القدس|غزة
|القاهرة|الإسكندرية|الدار البيضاء|الرباط|تونس|الجزائر|الرياض|جدة|دبي|أبوظبي|الدوحة|عمان|بيروت|دمشق|بغداد
`;

function toSet(list: string): TokenWordSet {
  return new TokenWordSet(
    list
      .split("|")
      .map((name) => name.trim())
      .filter((name) => name.length > 1),
  );
}

export const countryNames: TokenWordSet = toSet(countries);
export const cityNames: TokenWordSet = toSet(`${largeCities}|${townNames}|${worldTownNames}`);
export const regionNames: TokenWordSet = toSet(regions);
