/**
 * Real towns and cities, chosen by population in the countries where English, French, Spanish, German,
 * Portuguese and Arabic are written: France, Belgium, Switzerland, Luxembourg, Monaco, Québec, Haiti and
 * French-speaking Africa; Spain and Latin America; Germany, Austria and Liechtenstein; Portugal (its
 * municipalities), Brazil and Portuguese-speaking Africa; a selection for the UK, Ireland, the US, Canada,
 * Australia, New Zealand, India, South Africa, Nigeria and Kenya; and the Arab countries. Districts and
 * boroughs of big cities that people give as where they live are included ("coyoacán", "neukölln",
 * "favoriten", "schaerbeek").
 *
 * All lower-case, written as in the country (accents, hyphens, apostrophes), accented names followed by the
 * unaccented spelling people type unless that spelling is a word ("besançon|besancon"; German umlauts as
 * "ae", "oe", "ue"). Arab towns appear in their usual Latin transliterations and in Arabic script, also
 * without hamza on the alif ("أسوان|اسوان").
 *
 * Towns whose name is also an everyday word, a given name or a surname in one of the six languages were left
 * out, since matching them would flag ordinary text: "nice" (an English word), "florence" (a given name) and
 * "santos" (a surname) are not here.
 *
 * The list complements the cities of place-names.ts, repeating none of them, and is matched the same way.
 * Populations for the choice came from GeoNames (geonames.org, CC BY 4.0); the names are the places' own.
 */
export const townNames = `
cergy-pontoise|cergy|saint-etienne|nimes|aix-en-provence|saint-quentin-en-yvelines|le mans|amiens|villeurbanne
|besançon|besancon|orleans|mulhouse|boulogne-billancourt|argenteuil|saint-denis|roubaix|tourcoing|montreuil
|asnières-sur-seine|asnieres-sur-seine|asnières|asnieres|nanterre|poitiers|versailles|courbevoie|créteil
|creteil|vitry-sur-seine|aulnay-sous-bois|champigny-sur-marne|rueil-malmaison|antibes|saint-maur-des-fossés
|saint-maur-des-fosses|calais|béziers|beziers|dunkerque|aubervilliers|cannes|mérignac|merignac|bourges
|saint-nazaire|quimper|drancy|noisy-le-grand|villeneuve-d'ascq|la seyne-sur-mer|levallois-perret|chambéry
|chambery|issy-les-moulineaux|neuilly-sur-seine|troyes|la roche-sur-yon|lorient|sarcelles|pessac
|ivry-sur-seine|évreux|evreux|vénissieux|venissieux|clichy|clichy-la-garenne|saint-quentin|niort|belfort
|sartrouville|maisons-alfort|meaux|blois|brive-la-gaillarde|brive|arles|beauvais|châteauroux|chateauroux
|cholet|fréjus|frejus|saint-brieuc|montauban|charleville-mézières|charleville-mezieres|albi|tarbes
|fontenay-sous-bois|évry|evry|évry-courcouronnes|evry-courcouronnes|clamart|marne-la-vallée|marne-la-vallee
|châlons-en-champagne|chalons-en-champagne|narbonne|saint-malo|hyères|hyeres|carcassonne|angoulême|angouleme
|annecy|bondy|le blanc-mesnil|villejuif|sevran|castres|chalon-sur-saône|chalon-sur-saone|boulogne-sur-mer
|chelles|cagnes-sur-mer|saint-herblain|douai|épinay-sur-seine|epinay-sur-seine|vincennes|martigues
|bourg-en-bresse|bobigny|montluçon|montlucon|aubagne|valenciennes|suresnes|meudon|bayonne|istres|thionville
|mantes-la-jolie|compiègne|compiegne|nevers|chartres|le cannet|wattrelos|caluire-et-cuire|talence|alès
|gennevilliers|saint-priest|rosny-sous-bois|auxerre|salon-de-provence|saint-germain-en-laye|bastia|sète|anglet
|puteaux|corbeil-essonnes|garges-lès-gonesse|garges-les-gonesse|roanne|savigny-sur-orge|livry-gargan|épinal
|epinal|saint-ouen|saint-ouen-sur-seine|rezé|montigny-le-bretonneux|noisy-le-sec|melun|bagneux|massy|haguenau
|montrouge|marcq-en-barœul|marcq-en-baroeul|vitrolles|draguignan|gagny|saint-chamond|bron|vaulx-en-velin
|joué-lès-tours|joue-les-tours|alfortville|la courneuve|châtellerault|chatellerault|villepinte|cambrai|poissy
|conflans-sainte-honorine|mont-de-marsan|marignane|dieppe|montélimar|montelimar|tremblay-en-france
|choisy-le-roi|saint-martin-d'hères|saint-martin-d'heres|mâcon|romans-sur-isère|romans-sur-isere|saint-raphaël
|saint-raphael|pontault-combault|six-fours-les-plages|périgueux|perigueux|aurillac|neuilly-sur-marne|liévin
|lievin|agen|franconville|sainte-geneviève-des-bois|sainte-genevieve-des-bois|maubeuge|bagnolet|saumur
|biarritz|la ciotat|échirolles|echirolles|villefranche-sur-saône|villefranche-sur-saone|châtenay-malabry
|chatenay-malabry|schiltigheim|les mureaux|le perreux-sur-marne|guyancourt|palaiseau|saint-dizier|creil
|vandœuvre-lès-nancy|vandoeuvre-les-nancy|thonon-les-bains|béthune|bethune|colomiers|nogent-sur-marne
|athis-mons|viry-châtillon|viry-chatillon|soissons|dreux|charenton-le-pont|villeneuve-saint-georges|élancourt
|elancourt|alençon|alencon|sotteville-lès-rouen|sotteville-les-rouen|villenave-d'ornon|pontoise
|villiers-sur-marne|chatou|goussainville|vierzon|thiais|saint-médard-en-jalles|saint-medard-en-jalles
|carpentras|l'haÿ-les-roses|l'hay-les-roses|saint-laurent-du-var|rochefort|malakoff|draveil
|saint-sébastien-sur-loire|saint-sebastien-sur-loire|le chesnay|tournefeuille|clichy-sous-bois|chaumont
|saint-étienne-du-rouvray|saint-etienne-du-rouvray|meyzieu|yerres|montbéliard|montbeliard|saint-cloud|laon
|lambersart|rodez|bergerac|annemasse|ermont|rillieux-la-pape|villemomble|pierrefitte-sur-seine
|le kremlin-bicêtre|le kremlin-bicetre|kremlin-bicêtre|kremlin-bicetre|champs-sur-marne|aix-les-bains|bezons
|vallauris|taverny|illkirch-graffenstaden|la teste-de-buch|épernay|epernay|villiers-le-bel|vichy|sannois
|gonesse|vigneux-sur-seine|cavaillon|rambouillet|cherbourg|cherbourg-en-cotentin|armentières|armentieres|lunel
|cachan|le grand-quevilly|abbeville|la garenne-colombes|montigny-lès-metz|montigny-les-metz|vanves
|savigny-le-temple|villeneuve-sur-lot|les ulis|oyonnax|oullins|le creusot|hénin-beaumont|henin-beaumont
|orvault|herblay|ris-orangis|sucy-en-brie|grigny|fresnes|romainville|fontenay-aux-roses|décines-charpieu
|decines-charpieu|saint-dié-des-vosges|saint-die-des-vosges|bruay-la-buissière|bruay-la-buissiere|lisieux
|sarreguemines|torcy|gradignan|lanester|brétigny-sur-orge|bretigny-sur-orge|bois-colombes|blagnac
|hérouville-saint-clair|herouville-saint-clair|libourne|le bouscat|miramas|beaune|eaubonne|brunoy|villeparisis
|montfermeil|sèvres|sevres|saint-pol-sur-mer|gif-sur-yvette|bourgoin-jallieu|bègles|begles|cahors|millau
|hazebrouck|grande-synthe|la valette-du-var|mont-saint-aignan|étampes|etampes|mons-en-barœul|mons-en-baroeul
|agde|saint-ouen-l'aumône|saint-ouen-l'aumone|vertou|montgeron|maisons-laffitte|le puy-en-velay
|le petit-quevilly|lormont|olivet|achères|acheres|ozoir-la-ferrière|ozoir-la-ferriere|le plessis-robinson
|cenon|combs-la-ville|frontignan|voiron|le mée-sur-seine|le mee-sur-seine|villeneuve-la-garenne|fécamp|fecamp
|cormeilles-en-parisis|sainte-foy-lès-lyon|sainte-foy-les-lyon|verdun|vélizy-villacoublay|velizy-villacoublay
|saint-lô|saint-lo|lunéville|luneville|deuil-la-barre|la celle-saint-cloud|lannion|denain|allauch|concarneau
|eysines|forbach|manosque|saint-mandé|saint-mande|montmorency|gardanne|fleury-les-aubrais|dammarie-les-lys
|roissy-en-brie|saint-genis-laval|saint-michel-sur-orge|longjumeau|bressuire|vauréal|vaureal|lons-le-saunier
|ploemeur|lagny-sur-marne|pontarlier|chamalières|chamalieres|meylan|montceau-les-mines|halluin|riom
|chevilly-larue|romorantin-lanthenay|mantes-la-ville|vesoul|saint-jean-de-braye|les pennes-mirabeau|cluses
|bourg-lès-valence|bourg-les-valence|villefontaine|saint-gratien|les pavillons-sous-bois|fontainebleau
|nogent-sur-oise|bagnols-sur-cèze|bagnols-sur-ceze|sarlat-la-canéda|sarlat-la-caneda|roissy-en-france
|saint-quentin-fallavier|chamonix|chamonix-mont-blanc|saint-tropez|deauville|arcachon|mont-saint-michel
|le tampon|sainte-suzanne|saint-leu|les abymes|baie-mahault|petit-bourg|capesterre-belle-eau|pointe-à-pitre
|pointe-a-pitre|basse-terre|le lamentin|fort-de-france|schœlcher|schoelcher|rivière-pilote|riviere-pilote
|matoury|kourou|saint-laurent-du-maroni|rémire-montjoly|remire-montjoly|mamoudzou|koungou|dzaoudzi|nouméa
|noumea|dumbéa|dumbea|païta|paita|mont-dore|papeete|faaa|faa'a|punaauia|pirae|saint-barthélemy
|saint-barthelemy|saint-pierre-et-miquelon|wallis-et-futuna|mata-utu|anderlecht|schaerbeek|schaarbeek|ixelles
|elsene|uccle|ukkel|molenbeek|molenbeek-saint-jean|sint-jans-molenbeek|etterbeek|saint-gilles|sint-gillis
|evere|woluwe-saint-lambert|woluwe-saint-pierre|auderghem|oudergem|watermael-boitsfort|koekelberg|ganshoren
|berchem-sainte-agathe|laeken|saint-josse-ten-noode|saint-josse|mons|la louvière|la louviere|tournai|seraing
|verviers|mouscron|braine-l'alleud|herstal|châtelet|chatelet|wavre|binche|waterloo|louvain-la-neuve|ottignies
|ottignies-louvain-la-neuve|courcelles|arlon|soignies|nivelles|andenne|oupeye|saint-ghislain|fleurus|tubize
|gembloux|rixensart|chaudfontaine|frameries|braine-le-comte|boussu|colfontaine|quaregnon|eupen|lessines
|walcourt|marche-en-famenne|péruwelz|peruwelz|fléron|fleron|soumagne|dinant|bastogne|malmedy|ciney|jodoigne
|hannut|waremme|philippeville|flémalle|flemalle|sambreville|morlanwelz|enghien|leuven|louvain|mechelen|malines
|aalst|alost|kortrijk|courtrai|hasselt|oostende|ostende|ostend|sint-niklaas|genk|roeselare|roulers|beveren
|dendermonde|termonde|beringen|turnhout|dilbeek|vilvoorde|maasmechelen|ieper|ypres|geraardsbergen|grammont
|knokke-heist|knokke|lokeren|lommel|tirlemont|tongeren|tongres|zaventem|deurne|ninove|schoten|grimbergen
|waregem|brasschaat|heist-op-den-berg|sint-truiden|saint-trond|deinze|bilzen|oudenaarde|audenarde|aarschot
|izegem|temse|harelbeke|herentals|mortsel|zottegem|ronse|renaix|maaseik|wetteren|blankenberge|poperinge
|diksmuide|la chaux-de-fonds|fribourg|neuchâtel|neuchatel|sion|yverdon-les-bains|yverdon|montreux|meyrin
|carouge|renens|onex|nyon|vevey|sierre|monthey|martigny|delémont|delemont|morges|pully|prilly|lancy|thônex
|thonex|versoix|ecublens|porrentruy|payerne|crans-montana|verbier|lugano|bellinzona|locarno|mendrisio|chiasso
|esch-sur-alzette|differdange|dudelange|ettelbruck|diekirch|pétange|petange|sanem|hesperange|bettembourg
|schifflange|bertrange|mersch|wiltz|echternach|remich|kirchberg|monte-carlo|monte carlo|fontvieille
|la condamine|gatineau|longueuil|saguenay|sherbrooke|lévis|trois-rivières|trois-rivieres|terrebonne|repentigny
|saint-jean-sur-richelieu|brossard|drummondville|saint-jérôme|saint-jerome|granby|saint-hyacinthe
|dollard-des-ormeaux|dollard-des ormeaux|blainville|châteauguay|chateauguay|rimouski|saint-eustache
|sorel-tracy|boucherville|salaberry-de-valleyfield|valleyfield|shawinigan|joliette|mascouche|mirabel
|victoriaville|côte-saint-luc|cote-saint-luc|pointe-claire|baie-comeau|sainte-julie|boisbriand
|vaudreuil-dorion|thetford mines|val-d'or|sainte-thérèse|sainte-therese|chambly|sept-îles|sept-iles|varennes
|westmount|beloeil|rivière-du-loup|riviere-du-loup|deux-montagnes|candiac|magog|chicoutimi|jonquière|jonquiere
|charlesbourg|beauport|sainte-foy|sillery|lachine|outremont|pierrefonds|saint-léonard|saint-leonard
|montréal-nord|montreal-nord|rosemont|hochelaga|hochelaga-maisonneuve|rouyn-noranda|matane|gaspé|gaspe
|saint-félicien|saint-felicien|dolbeau-mistassini|lac-mégantic|lac-megantic|cowansville|sainte-adèle
|sainte-adele|mont-tremblant|l'ancienne-lorette|saint-augustin-de-desmaures|saint-constant
|saint-bruno-de-montarville|mont-saint-hilaire|saint-basile-le-grand|mont-royal|edmundston|caraquet|shediac
|moncton|pikine|guédiawaye|guediawaye|rufisque|touba|thiès|thies|kaolack|ziguinchor|tambacounda|mbour|louga
|kolda|richard-toll|diourbel|fatick|kédougou|kedougou|mbacké|mbacke|tivaouane|sédhiou|sedhiou|abobo|yopougon
|cocody|treichville|adjamé|adjame|koumassi|marcory|port-bouët|port-bouet|bouaké|bouake|daloa|san-pédro
|san-pedro|yamoussoukro|korhogo|gagnoa|abengourou|anyama|agboville|grand-bassam|dabou|dimbokro|ferkessédougou
|ferkessedougou|adzopé|adzope|bouaflé|bouafle|sinfra|katiola|bondoukou|danané|danane|séguéla|seguela
|bingerville|issia|odienné|odienne|duékoué|duekoue|soubré|soubre|toumodi|sikasso|mopti|koutiala|ségou|kayes
|bougouni|tombouctou|timbuktu|kidal|djenné|djenne|nioro du sahel|garoua|kousséri|kousseri|bamenda|maroua
|bafoussam|ngaoundéré|ngaoundere|bertoua|edéa|edea|kumba|nkongsamba|mbouda|dschang|foumban|ébolowa|ebolowa
|bafang|yagoua|mbalmayo|meiganga|limbé|limbe|bafia|kribi|sangmélima|sangmelima|buea|lubumbashi|mbuji-mayi
|kisangani|kananga|likasi|kolwezi|tshikapa|bukavu|mwene-ditu|kikwit|mbandaka|matadi|uvira|butembo|kalemie
|kindu|isiro|bandundu|gemena|gbadolite|bunia|ngaliema|kintambo|limete|masina|pointe-noire|dolisie|nkayi|ouesso
|owando|toamasina|tamatave|antsirabe|fianarantsoa|mahajanga|majunga|toliara|tuléar|tulear|antsiranana
|diego-suarez|tôlanaro|tolanaro|taolagnaro|fort-dauphin|ambatondrazaka|morondava|nosy be|sambava|moroni
|mutsamudu|bobo-dioulasso|koudougou|ouahigouya|banfora|dédougou|dedougou|tenkodogo|fada n'gourma|zinder|maradi
|agadez|tahoua|dosso|arlit|birni-n'konni|tillabéri|tillaberi|sokodé|sokode|atakpamé|atakpame|kpalimé|kpalime
|tsévié|tsevie|aného|aneho|dapaong|bassar|sansanné-mango|sansanne-mango|abomey-calavi|djougou|porto-novo
|parakou|bohicon|lokossa|ouidah|abomey|natitingou|port-gentil|franceville|oyem|moanda|mouila|lambaréné
|lambarene|nzérékoré|nzerekore|kindia|kankan|guéckédou|gueckedou|labé|kissidougou|siguiri|boké|boke|kamsar
|n'djamena|ndjamena|moundou|sarh|abéché|abeche|berbérati|berberati|bambari|bossangoa|bujumbura|gitega|muyinga
|butare|gitarama|muhanga|musanze|ruhengeri|gisenyi|rubavu|ali sabieh|tadjourah|obock|dikhil|port-au-prince
|pétion-ville|petion-ville|pétionville|petionville|cap-haïtien|cap-haitien|gonaïves|gonaives|les cayes|jacmel
|léogâne|leogane|croix-des-bouquets|port-de-paix|miragoâne|miragoane|ouanaminthe|curepipe|quatre bornes|vacoas
|vacoas-phoenix|rose-hill|beau-bassin|mahébourg|mahebourg|las palmas de gran canaria|palma de mallorca|elche
|elx|alacant|l'hospitalet de llobregat|l'hospitalet|hospitalet de llobregat|vitoria-gasteiz|gasteiz|badalona
|cartagena|terrassa|jerez de la frontera|sabadell|móstoles|mostoles|alcalá de henares|alcala de henares
|fuenlabrada|almería|almeria|leganés|leganes|castellón de la plana|castellon de la plana|castelló de la plana
|castello de la plana|castellón|castellon|castelló|castello|albacete|alcorcón|alcorcon|getafe|logroño|logrono
|huelva|badajoz|tarragona|lleida|lérida|lerida|marbella|mataró|mataro|santa coloma de gramenet
|torrejón de ardoz|torrejon de ardoz|jaén|jaen|algeciras|ourense|orense|alcobendas|reus|torrevieja|telde
|barakaldo|baracaldo|lugo|san fernando|girona|gerona|santiago de compostela|cáceres|caceres|lorca|coslada
|talavera de la reina|el puerto de santa maría|el puerto de santa maria|cornellà de llobregat
|cornella de llobregat|cornellà|cornella|las rozas de madrid|las rozas|orihuela|roquetas de mar|palencia
|sant boi de llobregat|pozuelo de alarcón|pozuelo de alarcon|pontevedra|getxo|gandia|sant cugat del vallès
|sant cugat del valles|sant cugat|ceuta|melilla|arona|chiclana de la frontera|manresa
|san sebastián de los reyes|san sebastian de los reyes|ferrol|vélez-málaga|velez-malaga|ciudad real|fuengirola
|benidorm|alcalá de guadaíra|alcala de guadaira|ponferrada|rivas-vaciamadrid|majadahonda|sagunto|sagunt
|vilanova i la geltrú|vilanova i la geltru|sanlúcar de barrameda|sanlucar de barrameda|estepona|torremolinos
|la línea de la concepción|la linea de la concepcion|molina de segura|viladecans|el prat de llobregat
|valdemoro|castelldefels|alcoy|alcoi|irun|irún|granollers|motril|benalmádena|benalmadena|cerdanyola del vallès
|cerdanyola del valles|segovia|mérida|merida|torrelavega|elda|collado villalba|aranjuez
|san vicente del raspeig|sant vicent del raspeig|mollet del vallès|mollet del valles|san bartolomé de tirajana
|san bartolome de tirajana|huesca|puertollano|calvià|calvia|arganda del rey|vila-real|utrera|ibiza|eivissa
|portugalete|santurtzi|esplugues de llobregat|gavà|gava|antequera|alzira|dénia|denia|mieres|mislata
|colmenar viejo|boadilla del monte|figueres|adeje|sant feliu de llobregat|basauri|lucena|la orotava|plasencia
|mairena del aljarafe|manacor|écija|ecija|blanes|san cristóbal de la laguna|san cristobal de la laguna
|puerto de la cruz|errenteria|rentería|renteria|eibar|durango|galdakao|leioa|sestao|zarautz|hondarribia
|fuenterrabía|fuenterrabia|hernani|tolosa|arrasate|mondragón|mondragon|iruña|iruna|iruñea|irunea|narón|naron
|vilagarcía de arousa|vilagarcia de arousa|arteixo|culleredo|redondela|cangas|lalín|lalin|monforte de lemos
|úbeda|ubeda|baeza|osuna|lebrija|morón de la frontera|moron de la frontera|andújar|andujar|guadix|almuñécar
|almunecar|nerja|arcos de la frontera|barbate|yecla|jumilla|mazarrón|mazarron|caravaca de la cruz|totana
|astorga|teruel|calatayud|barbastro|tudela|barañáin|baranain|calahorra|miranda de ebro|aranda de duero
|medina del campo|villanueva de la serena|almendralejo|tomelloso|valdepeñas|valdepenas|alcázar de san juan
|alcazar de san juan|hellín|hellin|almansa|villarrobledo|petrer|villena|xàbia|xabia|jávea|javea|calp|calpe
|altea|burjassot|manises|aldaia|ontinyent|xàtiva|xativa|játiva|jativa|cullera|vinaròs|vinaros|benicarló
|benicarlo|requena|langreo|siero|castro urdiales|navalcarnero|villaviciosa de odón|villaviciosa de odon
|galapagar|torrelodones|san fernando de henares|ciempozuelos|lloret de mar|sitges|olot|vilafranca del penedès
|vilafranca del penedes|el vendrell|cambrils|salou|tortosa|amposta|sant adrià de besòs|sant adria de besos
|montcada i reixac|ripollet|sant just desvern|premià de mar|premia de mar|calella|pineda de mar
|sant feliu de guíxols|sant feliu de guixols|maspalomas|corralejo|puerto del rosario|playa de las américas
|playa de las americas|sanxenxo|ribadeo|vallecas|puente de vallecas|villa de vallecas|carabanchel|usera
|lavapiés|lavapies|chamberí|chamberi|chamartín|chamartin|moncloa|tetuán|tetuan|hortaleza|villaverde|vicálvaro
|vicalvaro|moratalaz|arganzuela|malasaña|malasana|fuencarral|aravaca|sarrià|sarria|sarrià-sant gervasi
|sarria-sant gervasi|sant gervasi|nou barris|sant andreu|sant martí|sant marti|poblenou|eixample|barceloneta
|sants-montjuïc|sants-montjuic|horta-guinardó|horta-guinardo|sant antoni|iztapalapa|ecatepec
|ecatepec de morelos|zapopan|ciudad juárez|ciudad juarez|nezahualcóyotl|nezahualcoyotl|ciudad nezahualcóyotl
|ciudad nezahualcoyotl|naucalpan|naucalpan de juárez|naucalpan de juarez|san luis potosí|san luis potosi
|aguascalientes|hermosillo|saltillo|mexicali|culiacán|culiacan|acapulco|tlalnepantla|tlalnepantla de baz
|cancún|cancun|querétaro|queretaro|santiago de querétaro|santiago de queretaro|coyoacán|coyoacan|chimalhuacán
|chimalhuacan|torreón|torreon|morelia|reynosa|tlaquepaque|san pedro tlaquepaque|tlalpan|tuxtla gutiérrez
|tuxtla gutierrez|cuauhtémoc|cuauhtemoc|victoria de durango|toluca|cuautitlán izcalli|cuautitlan izcalli
|apodaca|matamoros|san nicolás de los garza|san nicolas de los garza|veracruz|xalapa|jalapa|azcapotzalco
|tonalá|tonala|xochimilco|iztacalco|mazatlán|mazatlan|irapuato|nuevo laredo|villahermosa|celaya|cuernavaca
|tepic|ixtapaluca|tampico|ciudad victoria|tláhuac|tlahuac|ciudad obregón|ciudad obregon|coacalco
|santa catarina|uruapan|gómez palacio|gomez palacio|los mochis|pachuca|pachuca de soto|oaxaca|oaxaca de juárez
|oaxaca de juarez|tehuacán|tehuacan|coatzacoalcos|campeche|monclova|puerto vallarta|tapachula|ciudad madero
|chilpancingo|poza rica|ciudad del carmen|chalco|jiutepec|cuajimalpa|san cristóbal de las casas
|san cristobal de las casas|cuautla|chetumal|playa del carmen|san juan del río|san juan del rio|colima
|ciudad acuña|ciudad acuna|manzanillo|zacatecas|huixquilucan|ciudad valles|san pedro garza garcía
|san pedro garza garcia|fresnillo|orizaba|navojoa|guaymas|minatitlán|minatitlan|texcoco|tulancingo|tuxtepec
|apatzingán|apatzingan|lagos de moreno|temixco|comitán|comitan|tepatitlán|tepatitlan|silao
|san miguel de allende|guanajuato|taxco|zihuatanejo|ixtapa|cabo san lucas|san josé del cabo|san jose del cabo
|tulum|cozumel|caborca|tepito|tlatelolco|san ángel|san angel|interlomas|santa fe|ciudad satélite
|ciudad satelite|ciudad de méxico|ciudad de mexico|cdmx|san miguel de tucumán|san miguel de tucuman|tucumán
|tucuman|mar del plata|santiago del estero|san salvador de jujuy|jujuy|bahía blanca|bahia blanca|paraná|parana
|neuquén|neuquen|quilmes|catamarca|san fernando del valle de catamarca|berazategui|río cuarto|rio cuarto
|comodoro rivadavia|san nicolás de los arroyos|san nicolas de los arroyos|tandil|villa mercedes|bariloche
|san carlos de bariloche|trelew|villa maría|villa maria|río gallegos|rio gallegos|junín|junin|necochea
|gualeguaychú|gualeguaychu|cipolletti|villa carlos paz|concepción del uruguay|concepcion del uruguay
|puerto madryn|tartagal|hurlingham|ushuaia|lanús|lanus|lomas de zamora|ezeiza|ituzaingó|ituzaingo|san justo
|villa crespo|puerto madero|palermo soho|boedo|san isidro|san martín de los andes|san martin de los andes
|el calafate|puente alto|antofagasta|viña del mar|vina del mar|talcahuano|temuco|iquique|rancagua|la pintana
|talca|arica|coquimbo|puerto montt|la serena|chillán|calama|osorno|quilpué|quilpue|copiapó|copiapo
|punta arenas|curicó|curico|villa alemana|quillota|peñalolén|penalolen|maipú|maipu|las condes|ñuñoa|nunoa
|vitacura|lo barnechea|pudahuel|quilicura|cerro navia|conchalí|conchali|huechuraba|puerto varas|pucón|pucon
|puerto natales|paysandú|paysandu|tacuarembó|tacuarembo|fray bentos|colonia del sacramento|punta del este
|ciudad de la costa|ciudad del este|capiatá|capiata|lambaré|lambare|ñemby|nemby|itauguá|itaugua|villa elisa
|caaguazú|caaguazu|villarrica|caacupé|caacupe|areguá|aregua|cúcuta|cucuta|bucaramanga|santa marta|ibagué
|ibague|manizales|neiva|villavicencio|soacha|valledupar|itagüí|itagui|montería|monteria|sincelejo|popayán
|popayan|floridablanca|barrancabermeja|dosquebradas|tuluá|tulua|envigado|cartago|maicao|girardot|sogamoso
|tunja|malambo|magangué|magangue|facatativá|facatativa|riohacha|duitama|zipaquirá|zipaquira|fusagasugá
|fusagasuga|tumaco|apartadó|piedecuesta|ocaña|ocana|ipiales|quibdó|quibdo|yumbo|arauca|rionegro|yopal
|barranquilla|cartagena de indias|san andrés|san andres|maracaibo|maracay|barquisimeto|ciudad guayana
|ciudad bolívar|ciudad bolivar|puerto ordaz|maturín|maturin|puerto la cruz|petare|barinas|turmero|cumaná
|cumana|san cristóbal|san cristobal|baruta|cabimas|guatire|guarenas|puerto cabello|los teques|charallave|cagua
|anaco|guanare|carúpano|carupano|acarigua|porlamar|san juan de los morros|san fernando de apure|chacao
|el hatillo|catia la mar|la guaira|machala|portoviejo|ambato|riobamba|tulcán|tulcan|babahoyo|latacunga
|sangolquí|sangolqui|otavalo|daule|huaquillas|puyo|santo domingo de los colorados|galápagos|galapagos|arequipa
|callao|chiclayo|iquitos|huancayo|piura|chimbote|cusco|cuzco|pucallpa|tacna|juliaca|sullana|chincha alta
|huánuco|huanuco|ayacucho|cajamarca|tumbes|talara|huaraz|cerro de pasco|huaral|moquegua|tarapoto
|puerto maldonado|abancay|miraflores|santiago de surco|san juan de lurigancho|san borja|chorrillos
|villa el salvador|san martín de porres|san martin de porres|magdalena del mar|rímac|rimac
|santa cruz de la sierra|cochabamba|oruro|tarija|potosí|potosi|quillacollo|yacuiba|riberalta|tupiza|uyuni
|ciudad de guatemala|mixco|quetzaltenango|xela|escuintla|chinautla|chimaltenango|chichicastenango
|huehuetenango|amatitlán|amatitlan|totonicapán|totonicapan|cobán|coban|antigua guatemala|puerto barrios
|tegucigalpa|san pedro sula|choloma|choluteca|comayagua|comayagüela|comayaguela|puerto cortés|puerto cortes
|danlí|danli|siguatepeque|juticalpa|roatán|roatan|soyapango|santa tecla|apopa|sonsonate|usulután|usulutan
|ahuachapán|ahuachapan|ilopango|cuscatancingo|managua|masaya|chinandega|matagalpa|estelí|esteli|jinotega
|tipitapa|juigalpa|bluefields|alajuela|puntarenas|curridabat|escazú|escazu|tibás|tibas|ciudad de panamá
|ciudad de panama|san miguelito|arraiján|arraijan|tocumen|chitré|chitre|penonomé|penonome|bocas del toro
|santiago de cuba|camagüey|camaguey|holguín|holguin|guantánamo|guantanamo|bayamo|pinar del río|pinar del rio
|cienfuegos|ciego de ávila|ciego de avila|sancti spíritus|sancti spiritus|guanabacoa|palma soriano|varadero
|marianao|baracoa|nuevitas|santiago de los caballeros|santo domingo este|santo domingo oeste
|san pedro de macorís|san pedro de macoris|san francisco de macorís|san francisco de macoris|higüey|higuey
|punta cana|bonao|san juan de la maguana|baní|bani|sosúa|sosua|samaná|samana|bayamón|bayamon|caguas|guaynabo
|mayagüez|mayaguez|trujillo alto|arecibo|humacao|malabo|ebebiyin|frankfurt am main|nürnberg|nuernberg
|gelsenkirchen|mönchengladbach|moenchengladbach|chemnitz|braunschweig|krefeld|halle an der saale|oberhausen
|freiburg im breisgau|hamm|saarbrücken|saarbruecken|herne|mülheim an der ruhr|muelheim an der ruhr|mülheim
|muelheim|osnabrück|osnabrueck|solingen|ludwigshafen|ludwigshafen am rhein|leverkusen|oldenburg|neuss
|paderborn|darmstadt|würzburg|wuerzburg|wolfsburg|recklinghausen|göttingen|goettingen|heilbronn|ingolstadt|ulm
|bottrop|pforzheim|offenbach|offenbach am main|bremerhaven|remscheid|reutlingen|fürth|fuerth|moers|koblenz
|bergisch gladbach|jena|hildesheim|witten|salzgitter|zwickau|kaiserslautern|iserlohn|schwerin|gütersloh
|guetersloh|düren|dueren|esslingen|esslingen am neckar|ratingen|marl|lünen|luenen|hanau|velbert|ludwigsburg
|flensburg|cottbus|wilhelmshaven|tübingen|tuebingen|minden|villingen-schwenningen|konstanz|dorsten|lüdenscheid
|luedenscheid|marburg|neumünster|neumuenster|castrop-rauxel|dessau|dessau-roßlau|dessau-rosslau|gladbeck
|arnsberg|rheine|viersen|delmenhorst|bayreuth|troisdorf|bocholt|detmold|norderstedt|lüneburg|lueneburg
|dinslaken|bamberg|aschaffenburg|neubrandenburg|lippstadt|aalen|neuwied|unna|plauen|herten|herford
|grevenbroich|weimar|kerpen|fulda|dormagen|bergheim|garbsen|wesel|kempten|schwäbisch gmünd|schwaebisch gmuend
|sindelfingen|landshut|rosenheim|brandenburg an der havel|rüsselsheim|ruesselsheim|langenfeld|offenburg
|stralsund|stolberg|hameln|menden|friedrichshafen|göppingen|goeppingen|görlitz|goerlitz|hattingen|hilden
|sankt augustin|eschweiler|ahlen|bad salzuflen|euskirchen|meerbusch|wolfenbüttel|wolfenbuettel|hürth|huerth
|baden-baden|schweinfurt|pulheim|gummersbach|waiblingen|nordhorn|greifswald|cuxhaven|wetzlar|bergkamen
|bad homburg|willich|frankfurt an der oder|emden|neu-ulm|lingen|erftstadt|ibbenbüren|ibbenbueren|passau
|langenhagen|schwerte|speyer|heidenheim|heidenheim an der brenz|bad oeynhausen|kleve|ravensburg|elmshorn
|bornheim|soest|rastatt|erkrath|dülmen|duelmen|frankenthal|herzogenrath|lörrach|loerrach|albstadt|gotha
|alsdorf|böblingen|boeblingen|rheda-wiedenbrück|rheda-wiedenbrueck|leonberg|hennef|wismar|amberg|erkelenz
|straubing|brühl|bruehl|fellbach|nordhausen|lahr|eisenach|hoyerswerda|freiberg|pirmasens|goslar|filderstadt
|suhl|weinheim|rodgau|bad kreuznach|monheim am rhein|gifhorn|bruchsal|freising|weiden in der oberpfalz
|kaufbeuren|oberursel|nettetal|kaarst|wunstorf|eberswalde|bautzen|lemgo|coburg|bietigheim-bissingen
|landau in der pfalz|seevetal|königswinter|koenigswinter|memmingen|völklingen|voelklingen|oranienburg
|pinneberg|dreieich|pirna|aurich|nürtingen|nuertingen|laatzen|hückelhoven|hueckelhoven|dachau|halberstadt
|schorndorf|neumarkt|mettmann|kamp-lintfort|bensheim|siegburg|freital|ettlingen|warendorf|sankt ingbert
|altenburg|schwabach|saarlouis|maintal|buxtehude|mühlhausen|muehlhausen|schwedt|beckum|haltern am see
|hofheim am taunus|stendal|falkensee|riesa|würselen|wuerselen|germering|wermelskirchen|coesfeld
|schwäbisch hall|schwaebisch hall|porta westfalica|datteln|backnang|wesseling|emsdetten|neu-isenburg
|zweibrücken|zweibruecken|sinsheim|greven|uelzen|bernau bei berlin|tuttlingen|merseburg|wernigerode|balingen
|meppen|papenburg|kehl|jülich|juelich|goch|ostfildern|fürstenwalde|fuerstenwalde|fürstenfeldbruck
|fuerstenfeldbruck|erding|itzehoe|radebeul|viernheim|ennepetal|georgsmarienhütte|georgsmarienhuette
|königs wusterhausen|koenigs wusterhausen|crailsheim|meschede|bernburg|eisenhüttenstadt|eisenhuettenstadt
|wedel|neuruppin|ansbach|idar-oberstein|herrenberg|güstrow|guestrow|cloppenburg|deggendorf|kornwestheim
|bad vilbel|bad hersfeld|forchheim|ahrensburg|lutherstadt wittenberg|wittenberg|meißen|meissen|quedlinburg
|naumburg|weißenfels|weissenfels|garmisch-partenkirchen|berchtesgaden|rüdesheim|ruedesheim|wolfratshausen
|starnberg|emmerich am rhein|neustadt an der weinstraße|neustadt an der weinstrasse|sylt|westerland|travemünde
|travemuende|warnemünde|warnemuende|neukölln|neukoelln|kreuzberg|friedrichshain|friedrichshain-kreuzberg
|prenzlauer berg|charlottenburg|wilmersdorf|charlottenburg-wilmersdorf|spandau|steglitz|zehlendorf
|steglitz-zehlendorf|tempelhof|schöneberg|schoeneberg|tempelhof-schöneberg|tempelhof-schoeneberg|treptow
|köpenick|koepenick|treptow-köpenick|treptow-koepenick|marzahn|hellersdorf|marzahn-hellersdorf|lichtenberg
|reinickendorf|pankow|moabit|weißensee|weissensee|hohenschönhausen|hohenschoenhausen|gropiusstadt|rudow
|lichterfelde|dahlem|grunewald|wannsee|friedenau|tegel|wittenau|adlershof|berlin-neukölln|berlin-neukoelln
|berlin-kreuzberg|berlin-mitte|berlin-spandau|berlin-charlottenburg|berlin-pankow|berlin-lichtenberg
|berlin-schöneberg|berlin-schoeneberg|berlin-friedrichshain|berlin-marzahn|berlin-steglitz|berlin-köpenick
|berlin-koepenick|berlin-tempelhof|berlin-wedding|berlin-moabit|altona|hamburg-altona|eimsbüttel|eimsbuettel
|wandsbek|harburg|hamburg-harburg|bergedorf|barmbek|sankt pauli|st. pauli|eppendorf|blankenese|ottensen
|winterhude|wilhelmsburg|billstedt|rahlstedt|hamburg-nord|hamburg-mitte|schwabing|maxvorstadt|bogenhausen
|pasing|sendling|giesing|haidhausen|nymphenburg|moosach|milbertshofen|trudering|perlach|neuperlach
|ludwigsvorstadt|isarvorstadt|schwabing-west|ehrenfeld|lindenthal|porz|chorweiler|rodenkirchen|deutz
|köln-mülheim|koeln-muelheim|köln-ehrenfeld|koeln-ehrenfeld|sachsenhausen|bockenheim|frankfurt-höchst
|frankfurt-hoechst|bad cannstatt|feuerbach|degerloch|vaihingen|oberkassel|benrath|gerresheim|connewitz
|plagwitz|gohlis|dresden-neustadt|klagenfurt|klagenfurt am wörthersee|klagenfurt am woerthersee|villach
|sankt pölten|sankt poelten|st. pölten|st. poelten|dornbirn|wiener neustadt|steyr|feldkirch|bregenz|leonding
|klosterneuburg|baden bei wien|wolfsberg|leoben|krems|krems an der donau|traun|amstetten|lustenau|kapfenberg
|mödling|moedling|hallein|kufstein|traiskirchen|schwechat|braunau am inn|stockerau|saalfelden|ansfelden|tulln
|hohenems|spittal an der drau|telfs|ternitz|perchtoldsdorf|bludenz|bad ischl|gmunden|vöcklabruck|voecklabruck
|zell am see|kitzbühel|kitzbuehel|lienz|schwaz|wörgl|woergl|hall in tirol|eisenstadt|neusiedl am see|favoriten
|floridsdorf|donaustadt|ottakring|meidling|hietzing|penzing|rudolfsheim-fünfhaus|rudolfsheim-fuenfhaus|hernals
|währing|waehring|döbling|doebling|brigittenau|leopoldstadt|mariahilf|josefstadt|alsergrund|liesing
|wien-favoriten|vaduz|schaan|triesen|balzers|triesenberg|ruggell|winterthur|sankt gallen|st. gallen|st gallen
|luzern|lucerne|biel|bienne|biel/bienne|thun|köniz|koeniz|rapperswil|rapperswil-jona|schaffhausen|schaffhouse
|chur|emmen|kriens|uster|frauenfeld|dietikon|riehen|dübendorf|duebendorf|wettingen|allschwil|kreuzlingen
|gossau|muttenz|olten|kloten|horgen|grenchen|aarau|herisau|adliswil|steffisburg|wädenswil|waedenswil|wetzikon
|einsiedeln|davos|zermatt|st. moritz|sankt moritz|solothurn|soleure|lenzburg|spiez|langenthal|visp|interlaken
|grindelwald|zollikon|küsnacht|kuesnacht|opfikon|regensdorf|bülach|buelach|águeda|agueda|albergaria-a-velha
|anadia|arouca|castelo de paiva|estarreja|santa maria da feira|ílhavo|ilhavo|mealhada|murtosa
|oliveira de azeméis|oliveira de azemeis|oliveira do bairro|são joão da madeira|sao joao da madeira
|sever do vouga|vale de cambra|aljustrel|almodôvar|almodovar|alvito|beja|castro verde|ferreira do alentejo
|mértola|mertola|odemira|ourique|vidigueira|barcelos|cabeceiras de basto|celorico de basto|esposende|fafe
|póvoa de lanhoso|povoa de lanhoso|terras de bouro|vieira do minho|vila nova de famalicão
|vila nova de famalicao|famalicão|famalicao|vila verde|vizela|alfândega da fé|alfandega da fe|bragança
|braganca|carrazeda de ansiães|carrazeda de ansiaes|freixo de espada à cinta|freixo de espada a cinta
|macedo de cavaleiros|miranda do douro|mirandela|mogadouro|torre de moncorvo|vila flor|vimioso|vinhais
|castelo branco|covilhã|covilha|fundão|fundao|idanha-a-nova|penamacor|proença-a-nova|proenca-a-nova|sertã
|serta|vila de rei|vila velha de ródão|vila velha de rodao|arganil|cantanhede|condeixa-a-nova|figueira da foz
|lousã|miranda do corvo|montemor-o-velho|oliveira do hospital|pampilhosa da serra|penacova|penela|soure
|vila nova de poiares|alandroal|arraiolos|estremoz|montemor-o-novo|reguengos de monsaraz|viana do alentejo
|vila viçosa|vila vicosa|albufeira|alcoutim|aljezur|castro marim|loulé|loule|monchique|olhão|olhao|portimão
|portimao|são brás de alportel|sao bras de alportel|silves|tavira|vila do bispo|vila real de santo antónio
|vila real de santo antonio|aguiar da beira|celorico da beira|figueira de castelo rodrigo|fornos de algodres
|mêda|pinhel|sabugal|seia|trancoso|vila nova de foz côa|vila nova de foz coa|alcobaça|alcobaca|alvaiázere
|alvaiazere|ansião|ansiao|bombarral|caldas da rainha|castanheira de pera|figueiró dos vinhos
|figueiro dos vinhos|marinha grande|óbidos|obidos|pedrógão grande|pedrogao grande|porto de mós|porto de mos
|alenquer|arruda dos vinhos|azambuja|cadaval|loures|lourinhã|lourinha|mafra|odivelas|oeiras
|sobral de monte agraço|sobral de monte agraco|torres vedras|vila franca de xira|alter do chão|alter do chao
|arronches|castelo de vide|crato|elvas|marvão|marvao|ponte de sor|portalegre|sousel|baião|baiao|felgueiras
|gondomar|lousada|marco de canaveses|matosinhos|paços de ferreira|pacos de ferreira|penafiel|póvoa de varzim
|povoa de varzim|santo tirso|trofa|valongo|vila do conde|vila nova de gaia|alcanena|almeirim|alpiarça|alpiarca
|cartaxo|coruche|ferreira do zêzere|ferreira do zezere|golegã|golega|mação|ourém|ourem|salvaterra de magos
|santarém|santarem|sardoal|vila nova da barquinha|alcácer do sal|alcacer do sal|alcochete|grândola|grandola
|montijo|palmela|santiago do cacém|santiago do cacem|seixal|sesimbra|arcos de valdevez|melgaço|melgaco
|paredes de coura|ponte da barca|ponte de lima|valença|valenca|viana do castelo|vila nova de cerveira
|mesão frio|mesao frio|mondim de basto|montalegre|murça|murca|peso da régua|peso da regua|ribeira de pena
|santa marta de penaguião|santa marta de penaguiao|valpaços|valpacos|vila pouca de aguiar|vila real|armamar
|carregal do sal|castro daire|cinfães|cinfaes|lamego|mangualde|moimenta da beira|mortágua|mortagua
|oliveira de frades|penalva do castelo|penedono|santa comba dão|santa comba dao|são joão da pesqueira
|sao joao da pesqueira|são pedro do sul|sao pedro do sul|sátão|satao|sernancelhe|tabuaço|tabuaco|tarouca
|tondela|vila nova de paiva|vouzela|calheta|câmara de lobos|camara de lobos|machico|ponta do sol|porto moniz
|porto santo|ribeira brava|angra do heroísmo|angra do heroismo|lajes das flores|lajes do pico|praia da vitória
|praia da vitoria|ribeira grande|santa cruz da graciosa|santa cruz das flores|são roque do pico
|sao roque do pico|vila do porto|vila franca do campo|queluz|agualva-cacém|agualva-cacem|cacém|cacem
|rio de mouro|mem martins|algueirão|algueirao|estoril|carcavelos|costa da caparica|corroios|ermesinde
|rio tinto|gulpilhares|quarteira|vilamoura|armação de pêra|armacao de pera|alfama|chiado|alvalade
|campo de ourique|lumiar|marvila|bairro alto|benfica|foz do douro|nova iguaçu|nova iguacu|duque de caxias
|são bernardo do campo|sao bernardo do campo|osasco|santo andré|santo andre|ribeirão preto|ribeirao preto
|são josé dos campos|sao jose dos campos|uberlândia|uberlandia|sorocaba|cuiabá|cuiaba|aparecida de goiânia
|aparecida de goiania|aracaju|feira de santana|londrina|juiz de fora|belford roxo|joinville|niterói|niteroi
|são joão de meriti|sao joao de meriti|ananindeua|ribeirão das neves|ribeirao das neves|campos dos goytacazes
|mauá|maua|betim|caxias do sul|são josé do rio preto|sao jose do rio preto|olinda|carapicuíba|carapicuiba
|campina grande|piracicaba|macapá|macapa|itaquaquecetuba|bauru|montes claros|mogi das cruzes|são vicente
|sao vicente|jundiaí|jundiai|anápolis|anapolis|maringá|maringa|guarujá|guaruja|porto velho|blumenau
|foz do iguaçu|foz do iguacu|limeira|viamão|viamao|suzano|caucaia|petrópolis|petropolis|uberaba|rio branco
|novo hamburgo|vitória da conquista|vitoria da conquista|barueri|taubaté|taubate|governador valadares
|várzea grande|varzea grande|volta redonda|santa luzia|gravataí|gravatai|caruaru|ipatinga|juazeiro do norte
|juazeiro|embu das artes|taboão da serra|taboao da serra|jacareí|jacarei|presidente prudente|são leopoldo
|sao leopoldo|itabuna|são carlos|sao carlos|hortolândia|hortolandia|mossoró|mossoro|itapevi|sete lagoas
|parauapebas|petrolina|divinópolis|divinopolis|maracanaú|maracanau|planaltina|camaçari|camacari
|santa bárbara d'oeste|santa barbara d'oeste|cachoeiro de itapemirim|itaboraí|itaborai|indaiatuba|cotia
|araçatuba|aracatuba|araraquara|arapiraca|barra mansa|criciúma|criciuma|chapecó|chapeco|itajaí|itajai|ilhéus
|ilheus|angra dos reis|nova friburgo|rondonópolis|rondonopolis|guarapuava|parnamirim|nilópolis|nilopolis
|poços de caldas|pocos de caldas|marabá|maraba|luziânia|luziania|macaé|macae|ibirité|ibirite|paranaguá
|paranagua|parnaíba|parnaiba|são caetano do sul|sao caetano do sul|pindamonhangaba|jaraguá do sul
|jaragua do sul|mogi guaçu|mogi guacu|jequié|jequie|itapetininga|patos de minas|bragança paulista
|braganca paulista|são josé dos pinhais|sao jose dos pinhais|teresópolis|teresopolis|uruguaiana|alagoinhas
|palhoça|palhoca|barbacena|jaú|jau|cubatão|cubatao|varginha|sinop|pouso alegre|eunápolis|eunapolis|botucatu
|ribeirão pires|ribeirao pires|conselheiro lafaiete|atibaia|várzea paulista|varzea paulista|garanhuns|araruama
|catanduva|ji-paraná|ji-parana|poá|poa|vitória de santo antão|vitoria de santo antao|umuarama|apucarana
|santa cruz do sul|guaratinguetá|guaratingueta|araguaína|araguaina|birigui|colatina|guaíba|guaiba|guarapari
|itaguaí|itaguai|rio das ostras|são luís|sao luis|teresina|guarulhos|maceió|maceio|goiania
|jaboatão dos guararapes|jaboatao dos guararapes|jaboatão|jaboatao|joão pessoa|joao pessoa|florianopolis
|copacabana|ipanema|leblon|botafogo|tijuca|barra da tijuca|méier|jacarepaguá|jacarepagua|mooca|itaquera
|tatuapé|tatuape|jabaquara|morumbi|butantã|butanta|capão redondo|capao redondo|paraty|armação dos búzios
|armacao dos buzios|ouro preto|huambo|benguela|cuito|lubango|malanje|namibe|moçâmedes|mocamedes|soyo|cabinda
|uíge|uige|saurimo|luena|menongue|n'dalatando|ndalatando|caxito|sumbe|cacuaco|cazenga|kilamba|matola|nampula
|chimoio|nacala|quelimane|xai-xai|lichinga|inhambane|cuamba|montepuez|chókwè|chokwe|gurué|gurue|angoche
|mindelo|assomada|são filipe|sao filipe|tarrafal|bissau|bafatá|bafata|gabú|gabu|são tomé|sao tome|dili
|stoke-on-trent|sunderland|birkenhead|kingston upon hull|newport|southend-on-sea|southend|luton|wolverhampton
|blackpool|milton keynes|northampton|norwich|swindon|ipswich|wigan|croydon|walsall|warrington|bournemouth
|peterborough|doncaster|gloucester|burnley|huddersfield|telford|basildon|middlesbrough|stockport|grimsby
|high wycombe|watford|colchester|eastbourne|exeter|rotherham|cheltenham|chelmsford|dagenham|basingstoke
|maidstone|sutton coldfield|oldham|woking|st helens|worcester|gillingham|worthing|rochdale|solihull
|leamington spa|romford|harlow|nuneaton|darlington|southport|stevenage|wembley|harrogate|hartlepool|cannock
|hemel hempstead|st albans|redditch|south shields|weston-super-mare|inverness|east kilbride|kilmarnock|falkirk
|motherwell|wrexham|bangor|llandudno|carmarthen|aberystwyth|lisburn|newry|armagh|craigavon|ballymena
|londonderry|canterbury|guildford|barnsley|scunthorpe|hereford|shrewsbury|lichfield|tamworth|loughborough
|kettering|corby|bracknell|maidenhead|farnborough|aldershot|crewe|macclesfield|kendal|scarborough|gateshead
|salford|altrincham|keighley|islington|camden|brixton|lambeth|southwark|lewisham|tower hamlets|hammersmith
|fulham|kensington|ealing|hounslow|hillingdon|barnet|enfield|haringey|waltham forest|redbridge|bexley|bromley
|wandsworth|clapham|peckham|walthamstow|tottenham|stoke newington|shoreditch|whitechapel|battersea|wimbledon
|streatham|dalston|camberwell|woolwich|ilford|tallaght|waterford|drogheda|dundalk|dún laoghaire|dun laoghaire
|navan|balbriggan|tralee|kilkenny|athlone|naas|sligo|carlow|wexford|clonmel|mullingar|letterkenny|celbridge
|blanchardstown|malahide|leixlip|portlaoise|killarney|castlebar|tullamore|greystones|maynooth|cobh|arklow
|wicklow|clondalkin|ballymun|the bronx|bronx|staten island|manhattan|colorado springs|bakersfield
|corpus christi|lexington|stockton|greensboro|chula vista|jersey city|fort wayne|laredo|lubbock|norfolk
|winston-salem|glendale|hialeah|scottsdale|chesapeake|north las vegas|fremont|baton rouge|san bernardino
|rochester|tacoma|oxnard|moreno valley|fayetteville|huntington beach|yonkers|akron|shreveport|grand rapids
|huntsville|tallahassee|grand prairie|overland park|knoxville|brownsville|newport news|santa clarita
|fort lauderdale|chattanooga|oceanside|garden grove|rancho cucamonga|cape coral|sioux falls|peoria|elk grove
|pembroke pines|port st. lucie|fort collins|palmdale|frisco|pasadena|pomona|sunnyvale|lakewood|killeen|joliet
|naperville|syracuse|bridgeport|murfreesboro|roseville|waco|olathe|cedar rapids|visalia|gainesville
|thousand oaks|fargo|charleston|clarksville|evansville|ann arbor|allentown|lansing|west valley city
|miami gardens|carlsbad|palm bay|wilmington|burbank|temecula|santa barbara|berkeley|mississauga|brampton
|kitchener|burnaby|richmond hill|oakville|burlington|greater sudbury|sudbury|abbotsford|coquitlam
|st. catharines|kelowna|guelph|thunder bay|st. john's|brantford|nanaimo|niagara falls|oshawa|lethbridge
|kamloops|fredericton|charlottetown|whitehorse|yellowknife|iqaluit|sault ste. marie|sarnia|chilliwack|nepean
|etobicoke|north york|wollongong|logan city|geelong|townsville|cairns|toowoomba|rockingham|launceston|ballarat
|mandurah|bundaberg|bunbury|rockhampton|alice springs|parramatta|penrith|blacktown|campbelltown|fremantle
|joondalup|albury|wagga wagga|coffs harbour|port macquarie|dubbo|mildura|shepparton|hervey bay|frankston
|dandenong|manukau|tauranga|lower hutt|palmerston north|rotorua|porirua|whangārei|whangarei|new plymouth
|invercargill|whanganui|wanganui|upper hutt|gisborne|timaru|queenstown|dunedin|bengaluru|thane|ludhiana|agra
|vadodara|baroda|nashik|faridabad|ghaziabad|rajkot|varanasi|benares|amritsar|prayagraj|allahabad|visakhapatnam
|vizag|jabalpur|howrah|aurangabad|solapur|srinagar|chandigarh|coimbatore|jodhpur|madurai|guwahati|gwalior
|vijayawada|mysuru|mysore|ranchi|hubli|hubballi|jalandhar|thiruvananthapuram|trivandrum|tiruchirappalli|trichy
|bhubaneswar|aligarh|bareilly|moradabad|bhiwandi|raipur|gorakhpur|bhilai|jamshedpur|cochin|amravati|sangli
|cuttack|bikaner|warangal|bhavnagar|nanded|rourkela|guntur|dehradun|durgapur|ajmer|ulhasnagar|kolhapur
|siliguri|asansol|jamnagar|saharanpur|gulbarga|kalaburagi|jammu|kurnool|ujjain|kozhikode|calicut|malegaon
|davangere|jalgaon|akola|belgaum|belagavi|udaipur|mangalore|mangaluru|jhansi|thoothukudi|nellore|noida|gurgaon
|gurugram|navi mumbai|pimpri-chinchwad|meerut|vasai-virar|tirunelveli|tiruppur|vellore|pondicherry|puducherry
|shimla|agartala|imphal|shillong|aizawl|gangtok|panaji|secunderabad|soweto|gqeberha|pietermaritzburg|benoni
|tembisa|east london|vereeniging|bloemfontein|boksburg|krugersdorp|randburg|brakpan|emalahleni|witbank
|richards bay|vanderbijlpark|uitenhage|roodepoort|paarl|klerksdorp|midrand|polokwane|mbombela|nelspruit
|rustenburg|mahikeng|upington|stellenbosch|mthatha|umlazi|sandton|khayelitsha|mitchells plain|potchefstroom
|germiston|alberton|kempton park|soshanguve|mamelodi|kaduna|benin city|maiduguri|ilorin|enugu|abeokuta|sokoto
|onitsha|warri|calabar|uyo|katsina|ado-ekiti|akure|lekki|bauchi|ikeja|makurdi|owerri|umuahia|gombe|yola
|ogbomosho|osogbo|asaba|lokoja|lafia|jalingo|damaturu|birnin kebbi|gusau|dutse|ikorodu|surulere|yaba|nsukka
|awka|nnewi|sapele|ijebu ode|nakuru|eldoret|kisumu|thika|malindi|kitale|garissa|kakamega|nyeri|machakos
|kericho|naivasha|lamu|nanyuki|kisii|ruiru|westlands|kibera|kilimani|meknès|meknes|oujda|kénitra|kenitra
|tétouan|tetouan|témara|temara|mohammédia|mohammedia|khouribga|béni mellal|beni mellal|el jadida|nador|settat
|larache|ksar el kébir|ksar el kebir|khémisset|khemisset|guelmim|berrechid|errachidia|oued zem|fquih ben salah
|taourirt|berkane|sidi slimane|sidi kacem|khénifra|khenifra|ifrane|taroudant|essaouira|tiflet|sefrou
|youssoufia|tan-tan|laâyoune|laayoune|dakhla|ouarzazate|al hoceïma|al hoceima|chefchaouen|azrou|midelt|tinghir
|zagora|inezgane|aït melloul|ait melloul|skhirat|fnideq|martil|guercif|marrakesh|مكناس|وجدة|القنيطرة|تطوان
|تمارة|خريبكة|بني ملال|الناظور|سطات|العرائش|الخميسات|كلميم|برشيد|الرشيدية|وادي زم|الفقيه بن صالح|تاوريرت
|سيدي سليمان|سيدي قاسم|خنيفرة|تارودانت|الصويرة|تيفلت|صفرو|اليوسفية|طانطان|ورزازات|الحسيمة|شفشاون|أزرو|ازرو
|ميدلت|تنغير|زاكورة|إنزكان|انزكان|أيت ملول|ايت ملول|الفنيدق|مرتيل|جرسيف|أكادير|اكادير|أغادير|اغادير|تازة
|annaba|blida|batna|sétif|setif|sidi bel abbès|sidi bel abbes|biskra|tébessa|tebessa|tiaret|béjaïa|bejaia
|tlemcen|béchar|bechar|skikda|chlef|souk ahras|djelfa|jijel|médéa|medea|tizi ouzou|relizane|mostaganem|ouargla
|el eulma|guelma|khenchela|laghouat|aïn beïda|ain beida|oum el bouaghi|m'sila|msila|ghardaïa|ghardaia
|bordj bou arreridj|boumerdès|boumerdes|bab ezzouar|el harrach|bab el oued|chéraga|cheraga|rouiba|tamanrasset
|tipaza|tipasa|cherchell|aïn témouchent|ain temouchent|bouira|barika|touggourt|hassi messaoud|el oued
|el khroub|عنابة|البليدة|باتنة|سطيف|سيدي بلعباس|بسكرة|تبسة|تيارت|بجاية|تلمسان|سكيكدة|الشلف|سوق أهراس|سوق اهراس
|الجلفة|جيجل|تيزي وزو|غليزان|مستغانم|ورقلة|العلمة|قالمة|خنشلة|الأغواط|الاغواط|عين البيضاء|أم البواقي
|ام البواقي|المسيلة|غرداية|برج بوعريريج|بومرداس|باب الزوار|الحراش|باب الوادي|الشراقة|الرويبة|تمنراست|تيبازة
|شرشال|عين تموشنت|البويرة|بريكة|تقرت|حاسي مسعود|قسنطينة|sousse|kairouan|bizerte|gabès|gabes|kasserine|gafsa
|la goulette|zarzis|ben arous|monastir|la marsa|msaken|m'saken|tataouine|médenine|medenine|nabeul|hammamet
|jendouba|djerba|jerba|houmt souk|mahdia|siliana|le kef|el kef|kébili|kebili|tozeur|zaghouan|manouba
|sidi bouzid|ben guerdane|carthage|sidi bou saïd|sidi bou said|القيروان|بنزرت|قابس|القصرين|قفصة|حلق الوادي
|جرجيس|بن عروس|المنستير|تطاوين|مدنين|باجة|نابل|جندوبة|جربة|حومة السوق|المهدية|سليانة|توزر|زغوان|منوبة
|سيدي بوزيد|بن قردان|قرطاج|سيدي بوسعيد|giza|gizeh|port said|port-saïd|port-said|suez|mahalla
|el mahalla el kubra|asyut|assiut|assiout|mansoura|el mansoura|faiyum|fayoum|fayyum|zagazig|ismailia|ismaïlia
|kafr el dawwar|aswan|assouan|qena|damanhur|minya|el minya|sohag|beni suef|shibin el kom|benha|kafr el sheikh
|bilbeis|arish|el arish|hurghada|sharm el sheikh|sharm el-sheikh|marsa matruh|damietta|shubra el kheima
|nasr city|zamalek|dokki|new cairo|edfu|kom ombo|esna|siwa|luxor|louxor|heliopolis|helwan|maadi|mohandessin
|el gouna|الجيزة|بورسعيد|بور سعيد|السويس|المحلة الكبرى|أسيوط|اسيوط|المنصورة|طنطا|الفيوم|الزقازيق|الإسماعيلية
|الاسماعيلية|كفر الدوار|أسوان|اسوان|دمنهور|المنيا|سوهاج|بني سويف|شبين الكوم|بنها|كفر الشيخ|بلبيس|العريش
|الغردقة|شرم الشيخ|مرسى مطروح|دمياط|شبرا الخيمة|مدينة نصر|الزمالك|الدقي|القاهرة الجديدة|إدفو|ادفو|كوم أمبو
|كوم امبو|إسنا|اسنا|سيوة|taif|ta'if|tabuk|al kharj|buraydah|buraidah|khamis mushait|hofuf|al hofuf|al-ahsa
|al ahsa|mubarraz|hafar al-batin|hafr al-batin|ha'il|najran|jubail|al jubail|abha|yanbu|khobar|al khobar
|sakaka|jizan|jazan|qurayyat|dhahran|qatif|al qatif|al bahah|bisha|unaizah|unayzah|qunfudhah|rabigh|diriyah
|al ula|neom|الطائف|تبوك|الخرج|بريدة|خميس مشيط|الهفوف|الأحساء|الاحساء|المبرز|حفر الباطن|نجران|الجبيل|أبها|ابها
|الظهران|القطيف|بيشة|عنيزة|القنفذة|رابغ|الدرعية|الزلفي|نيوم|سكاكا|جازان|جيزان|مكة المكرمة|المدينة المنورة
|ras al khaimah|ras al-khaimah|fujairah|al fujairah|umm al quwain|al ain|khor fakkan|kalba|dibba|ruwais
|jebel ali|musaffah|mussafah|deira|jumeirah|bur dubai|al barsha|رأس الخيمة|راس الخيمة|الفجيرة|أم القيوين
|ام القيوين|خورفكان|خور فكان|الرويس|جبل علي|جميرا|بر دبي|البرشاء|عجمان|أبو ظبي|ابو ظبي|al wakrah|wakrah
|al khor|lusail|umm salal|mesaieed|al rayyan|ar-rayyan|الوكرة|لوسيل|أم صلال|ام صلال|مسيعيد|hawalli|al ahmadi
|farwaniya|al farwaniyah|jahra|al jahra|fahaheel|salmiya|salmiyah|mangaf|jabriya|الفروانية|الجهراء|الفحيحيل
|المنقف|muharraq|riffa|isa town|hamad town|sitra|budaiya|juffair|seef|sanabis|jidhafs|الرفاع|مدينة عيسى
|مدينة حمد|الجفير|السنابس|جدحفص|seeb|salalah|sohar|nizwa|rustaq|buraimi|saham|khasab|duqm|bahla|suwaiq|bawshar
|ibri|صلالة|صحار|نزوى|الرستاق|البريمي|صحم|الدقم|بهلا|zarqa|irbid|russeifa|aqaba|madaba|as-salt|ramtha|mafraq
|ma'an|jerash|karak|kerak|tafilah|tafila|ajloun|wadi musa|إربد|اربد|الرصيفة|مادبا|السلط|الرمثا|جرش|الكرك
|الطفيلة|عجلون|وادي موسى|sidon|jounieh|zahlé|baalbek|nabatieh|nabatiyeh|byblos|jbeil|batroun|bint jbeil|halba
|chtaura|chtoura|broummana|hermel|zgharta|marjayoun|achrafieh|ashrafieh|dbayeh|جونيه|جونية|زحلة|بعلبك|النبطية
|جبيل|البترون|بنت جبيل|حلبا|شتورة|برمانا|الهرمل|زغرتا|مرجعيون|الأشرفية|الاشرفية|ضبية|hama|hamah|latakia
|lattakia|deir ez-zor|deir ezzor|deir ez zor|idlib|douma|manbij|daraa|deraa|tartus|tartous|hasakah|al-hasakah
|qamishli|qamishlo|darayya|azaz|a'zaz|jableh|suwayda|sweida|as-suwayda|palmyra|kobani|kobane|afrin
|jisr al-shughur|maarat al-numan|abu kamal|albukamal|rastan|nabk|yabroud|zabadani|jaramana|qudsaya|harasta
|salamiyah|raqqa|ar-raqqah|حماة|اللاذقية|دير الزور|إدلب|ادلب|منبج|طرطوس|الحسكة|القامشلي|أعزاز|اعزاز|السويداء
|كوباني|عفرين|جسر الشغور|معرة النعمان|البوكمال|الرستن|يبرود|الزبداني|جرمانا|حرستا|khan younis|khan yunis
|jabalia|jabalya|hebron|nablus|rafah|deir al-balah|beit lahia|tulkarm|qalqilya|qalqilyah|bethlehem|jenin
|jericho|al-bireh|el bireh|beit hanoun|nuseirat|bureij|beit jala|beit sahour|خان يونس|جباليا|نابلس|رفح
|دير البلح|بيت لاهيا|طولكرم|قلقيلية|بيت لحم|بيت حانون|النصيرات|البريج|يطا|بيت جالا|بيت ساحور|رام الله
|sulaymaniyah|sulaimaniyah|slemani|kirkuk|najaf|karbala|kerbala|nasiriyah|nasiriya|amarah|diwaniyah|al-kut
|hillah|hilla|duhok|dohuk|ramadi|fallujah|falluja|samarra|samawah|baqubah|baquba|zakho|tikrit|kufa|umm qasr
|halabja|sinjar|tal afar|tel afar|kadhimiya|kadhimiyah|sadr city|khanaqin|hawler|haditha|السليمانية|كركوك
|النجف|كربلاء|الديوانية|الكوت|دهوك|الفلوجة|سامراء|السماوة|بعقوبة|زاخو|تكريت|الكوفة|أم قصر|ام قصر|حلبجة|سنجار
|تلعفر|الكاظمية|مدينة الصدر|خانقين|أربيل|اربيل|هولير|misrata|misurata|tarhuna|khoms|al khums|zawiya|az zawiya
|ajdabiya|sebha|sirte|sirt|tobruk|zliten|sabratha|gharyan|derna|al bayda|marj|zuwara|kufra|bani walid|tajoura
|janzour|مصراتة|ترهونة|أجدابيا|اجدابيا|طبرق|زليتن|صبراتة|غريان|درنة|زوارة|بني وليد|تاجوراء|جنزور|بنغازي
|omdurman|port sudan|kassala|el obeid|al-ubayyid|gedaref|al qadarif|kosti|wad madani|wad medani|el fasher
|al-fashir|ed daein|geneina|el geneina|sennar|atbara|kadugli|dongola|ed damazin|damazin|khartoum north
|أم درمان|ام درمان|بورتسودان|بور سودان|القضارف|كوستي|ود مدني|الفاشر|الضعين|سنار|عطبرة|كادقلي|دنقلا|الدمازين
|نيالا|hodeidah|al hudaydah|hudaydah|taiz|ta'izz|mukalla|al mukalla|dhamar|sa'dah|zabid|seiyun|sayun|marib
|ma'rib|hajjah|lahij|lahj|shibam|tarim|المكلا|ذمار|صعدة|زبيد|سيئون|لحج|شبام|تريم|عدن|nouakchott|nouadhibou
|kiffa|kaédi|kaedi|zouérat|zouerat|نواكشوط|نواذيبو
`;
