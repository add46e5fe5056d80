/** Family names across cultures, lower-case. Used with capitalisation and position, never alone. */

import { TokenWordSet } from "./scan.ts";
import { withUnaccentedForms } from "./unaccented-forms.ts";

const words = `
smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson
anderson thomas taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson
walker young allen king wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell
mitchell carter roberts gomez phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales
murphy cook rogers gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson
watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders patel myers long
ross foster jimenez powell jenkins perry russell sullivan bell coleman butler henderson barnes fisher
vasquez simmons romero jordan patterson alexander hamilton graham reynolds griffin wallace west cole hayes
bryant herrera gibson ellis tran medina aguilar stevens murray ford castro marshall owens harrison fernandez
mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman burns crawford olson
simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black
robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols stephens
soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce hansen peters santos hart
bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews ray berry perkins hoffman
johnston matthews pena richards willis carpenter lawrence sandoval dawson pratt leonard
martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel david
bertrand roux vincent fournier morel girard andré lefèvre mercier dupont lambert bonnet françois martinez
legrand garnier faure rousseau blanc guerin muller henry roussel nicolas perrin morin mathieu clement gauthier
dumont lopez fontaine chevalier robin masson sanchez boyer denis lemaire duval joly gautier roger roche roy
garcía gonzález rodríguez fernández lópez martínez sánchez pérez gómez martín jiménez ruiz hernández díaz
moreno muñoz álvarez romero alonso gutiérrez navarro torres domínguez vázquez ramos gil ramírez serrano blanco
molina morales suárez ortega delgado castro ortiz rubio marín sanz núñez iglesias medina garrido cortés castillo
santos lozano guerrero cano prieto méndez cruz calvo gallego vidal león márquez herrera peña flores cabrera
campos vega fuentes carrasco diez caballero reyes nieto aguilar pascual santana herrero lorenzo montero hidalgo
silva santos ferreira pereira oliveira costa rodrigues martins jesus sousa fernandes gonçalves gomes lopes
marques alves almeida ribeiro pinto carvalho teixeira moreira correia mendes nunes soares vieira monteiro
cardoso rocha raposo neves coelho cruz cunha pires ramos reis simões antunes matos fonseca machado araújo
barbosa tavares lourenço castro figueiredo azevedo freitas dias souza lima
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti de luca mancini costa
giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli martini leone
longo gentile martinelli vitale lombardo serra coppola de santis d'angelo marchetti parisi villa conte ferraro
ferri fabbri bianco marini grasso valentini messina sala de angelis gatti pellegrini palumbo sanna farina rizzi
monti cattaneo morelli amato silvestri mazza testa grassi pellegrino carbone giuliani benedetti barone rossetti
caputo montanari guerra palmieri bernardi martino fiore de rosa ferretti bellini basile riva donati piras vitali
battaglia sartori neri costantini milani pagano ruggiero sorrentino d'amico orlando damico negri mazzi
mazzi angelo
müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer koch bauer richter klein
wolf schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner schmitz krause
meier lehmann schmid schulze maier köhler herrmann könig walter mayer huber kaiser fuchs peters lang scholz
möller weiß jung hahn schubert vogel friedrich keller günther frank berger winkler roth beck lorenz baumann
franke albrecht schuster simon ludwig böhm winter kraus martin schumacher krämer vogt stein jäger otto sommer
groß seidel heinrich brandt haas schreiber graf schulte dietrich ziegler kuhn kühn pohl engel horn busch bergmann
thomas voigt sauer arnold wolff pfeiffer lang
jansen de jong de vries van den berg van dijk bakker janssen visser smit meijer de boer mulder de groot bos vos
peters hendriks van leeuwen dekker brouwer de wit dijkstra smits de graaf van der meer van
andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson
jansson hansson bengtsson jönsson lindberg jakobsson magnusson olofsson lindström lindqvist lindgren berg
axelsson bergström lundberg lind lundgren lundqvist mattsson berglund fredriksson sandberg henriksson forsberg
sjöberg wallin engström eklund danielsson lundin håkansson björk bergman gunnarsson holm wikström samuelsson
isaksson fransson bergqvist nyström holmberg arvidsson löfgren söderberg nyberg blomqvist claesson nordström
carlsson hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen karlsen johnsen pettersen
eriksen berg haugen hagen johannessen andreassen jacobsen dahl jørgensen halvorsen henriksen lund sørensen
jakobsen moen gundersen iversen strand solberg svendsen eide knutsen martinsen paulsen bakken kristensen
mathisen lie amundsen nguyen rasmussen christensen poulsen madsen thomsen møller mortensen
jónsson sigurðsson guðmundsson einarsson magnússon ólafsson kristjánsson stefánsson
jónsdóttir sigurðardóttir guðmundsdóttir einarsson
korhonen virtanen mäkinen nieminen mäkelä hämäläinen laine heikkinen koskinen järvinen lehtonen lehtinen
saarinen salminen heinonen niemi heikkilä kinnunen salonen turunen salo laitinen tuominen rantanen karjalainen
jokinen mattila savolainen lahtinen ahonen
nowak kowalski wiśniewski wójcik kowalczyk kamiński lewandowski zieliński szymański woźniak dąbrowski
kozłowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawłowski michalski adamczyk
nowicki dudek zając wieczorek jabłoński król majewski olszewski jaworski wróbel malinowski pawlak witkowski
novák svoboda novotný dvořák černý procházka kučera veselý horák němec marek pospíšil pokorný hájek král
jelínek růžička beneš fiala sedláček doležal zeman kolář navrátil čermák urban vaněk blažek kříž kovář
ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov morozov volkov alekseev
lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov nikitin zakharov
horváth kovács tóth szabó nagy kiss molnár németh farkas balogh papp takács juhász lakatos mészáros oláh
simon rácz fekete szilágyi török fehér balázs gál kis szűcs kocsis orsós pintér fodor szalai sipos magyar
lukács gulyás biró király balog katona
horvat kovačević babić marić jurić novak kovačić knežević vuković marković petrović matić tomić pavlović
jovanović nikolić đorđević stojanović ilić stanković
papadopoulos papadakis georgiou dimitriou nikolaou konstantinou ioannou christodoulou
yılmaz kaya demir şahin çelik yıldız yıldırım öztürk aydın özdemir arslan doğan kılıç aslan çetin
al-sayed hassan hussein ali mohamed ahmed ibrahim mahmoud abdullah khan rahman haddad khoury nasser saleh
mansour aziz hamdan qureshi siddiqui malik shaikh sheikh chaudhry iqbal hussain akhtar
sharma verma gupta singh kumar patel shah mehta joshi reddy rao iyer nair menon pillai das bose banerjee
chatterjee mukherjee ghosh sen
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
kim lee park choi jung kang cho yoon jang lim
okafor okeke adeyemi mensah boateng owusu diallo traoré keita
ramos reid fleming barker holland sharp bates frost lynch manning norris steele walsh ward watts
wheeler hale hayes lowe gill dean byrne kirk chapman hodges booth walton
bishop burton cross day dyer fletcher gibbs harper hobbs hopkins jacobs lamb marsh may miles newman
norton page parsons pearce potter quinn rhodes rowe sutton talbot thornton tyler wade webster wolfe
oconnor o'connor o'brien obrien o'neill oneill mccarthy murphy doyle kavanagh gallagher brennan byrne
fitzgerald kennedy kelly ryan walsh
becker schulz hoffmann koch richter klein wolf schröder neumann schwarz zimmermann braun krüger
hofmann hartmann lange schmitt werner schmitz krause meier lehmann schmid schulze maier köhler herrmann
könig walter mayer huber kaiser fuchs peters lang scholz möller weiß jung hahn schubert vogel friedrich
keller günther frank berger winkler roth beck lorenz baumann franke albrecht schuster simon ludwig böhm
winter kraus martin schumacher krämer vogt stein jäger otto sommer groß seidel heinrich brandt haas
schreiber graf schulte dietrich ziegler kuhn kühn pohl engel horn busch bergmann thomas voigt sauer
arnold wolff pfeiffer
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti de luca mancini
costa giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso ferrara galli
martini leone longo gentile martinelli vitale lombardo serra coppola de santis d'angelo marchetti
parisi villa conte ferraro ferri fabbri bianco marini grasso valentini messina sala de angelis gatti
pellegrini palumbo sanna farina rizzi monti cattaneo morelli amato silvestri mazza testa grassi
pellegrino carbone giuliani benedetti barone rossetti caputo montanari guerra palmieri bernardi
martino fiore de rosa ferretti bellini basile riva donati piras vitali battaglia sartori neri
costantini milani pagano ruggiero orlando damico d'amico
silva santos oliveira souza sousa rodrigues ferreira alves pereira lima gomes costa ribeiro martins
carvalho almeida lopes soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes
marques machado mendes freitas cardoso ramos gonçalves santana teixeira araújo araujo correia pinto
monteiro moura cavalcanti batista campos castro coelho cunha duarte farias fonseca leite lourenço
macedo magalhães matos medeiros miranda neves pacheco pires queiroz reis sá sampaio tavares vaz
azevedo borges brandão cabral carneiro cruz figueiredo henriques jesus louro morais neto paiva
guerrero cortés cortes ortega castillo vargas herrera jiménez ruiz mendoza aguilar rojas contreras
salazar romero guzmán guzman medina espinoza flores acosta campos vega chávez luna cabrera sosa
peña navarro ríos rios mejía mejia cárdenas carrillo delgado fuentes soto paredes miranda molina
méndez mendez cruz reyes morales castro domínguez calderón serrano prieto pascual herrero
lozano cano márquez marquez caballero nieto vidal santiago calvo gallego león vicente
diez díez hidalgo garrido cruz santos montero crespo ibáñez ferrer carmona sáez
bernard dubois durand lefebvre leroy moreau simon laurent michel garcia david bertrand roux vincent
fournier morel girard andré mercier blanc guérin boyer garnier chevalier francois legrand gauthier
garcia perrin robin clément morin nicolas henry roussel mathieu gautier masson marchand duval denis
dumont marie lemaire noël meyer dufour meunier brun blanchard giraud joly rivière lucas brunet gaillard
barbier arnaud martinez gérard roche renard schmitt roy leroux colin vidal caron picard roger fabre
aubert lemoine renaud dumas lacroix olivier philippe bourgeois pierre benoît rey leclerc payet rolland
leclercq guillaume lecomte lopez jean dupuy guillot hubert berger carpentier sanchez dupuis moulin
louis deschamps huet vasseur perez boucher fleury royer klein jacquet adam paris poirier marty aubry
guyot carré charles renault charpentier ménard maillard baron bertin bailly hervé schneider fernandez
le gall collet léger bouvier julien prévost millet perrot daniel le roux cousin germain breton besson
langlois rémy le goff pelletier lévêque perrier leblanc barré lebrun marchal weber mallet hamon boulanger
jacob monnier michaud rodriguez guichard gillet étienne grondin poulain tessier chevallier collin chauvin
da silva bouchet gay lemaître bénard maréchal humbert reynaud antoine hoarau perret barthélemy cordier
pichon lejeune gilbert lamy delaunay pasquier carlier laporte
kowalski nowak wiśniewski wójcik kowalczyk kamiński lewandowski zieliński szymański woźniak dąbrowski
kozłowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawłowski michalski
nowicki adamczyk dudek zając wieczorek jabłoński król majewski olszewski jaworski wróbel malinowski
pawlak witkowski walczak stępień górski rutkowski michalak sikora ostrowski baran duda szewczyk tomaszewski
shevchenko kovalenko bondarenko tkachenko kravchenko oliynyk shevchuk koval polishchuk bondar
sokolova ivanova petrova smirnova kuznetsova popova volkova
abdel abdullah abdelrahman elsayed el-sayed mostafa mahmoud salem youssef hamed nasr ghanem khalil
darwish saad fathy farouk hafez kamel shaker zaki habib saleh yassin othman tahir bakr amin aziz
bouzid benali belkacem benmohamed haddad mansouri ouali saidi amrani alaoui idrissi bennani tazi
el amrani el idrissi chraibi berrada fassi lahlou benjelloun
al-ahmad al-ali al-hassan al-hussein al-khatib al-masri al-najjar al-rashid al-saleh al-shami
nasser najjar khatib masri shami hakim hamdan jaber kassem karam harb hijazi issa
kumar singh sharma yadav gupta mishra pandey tiwari dubey chauhan thakur jain agarwal aggarwal bansal
goyal mittal kapoor khanna malhotra arora bhatia chopra sethi kaur gill sandhu sidhu dhillon grewal
naidu pillai iyengar krishnan raman subramanian venkatesh srinivasan rajan nambiar kulkarni deshpande
patil jadhav pawar shinde chavan desai bhatt trivedi pandya parekh
hossain islam uddin ahmed chowdhury rahman alam miah begum khatun sarkar
ali khan hussain shah butt qureshi malik raza javed aslam anwar baig mirza
xu zhu lin he gao hu liang zheng xie han tang feng yu dong xiao cheng cao yuan deng xu fu shen zeng
peng lu su lu jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan
liao zou xiong jin
nakamura kobayashi saito kato yoshida yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori
abe ikeda hashimoto ishikawa ogawa fujita okada goto hasegawa murakami kondo ishii sakamoto endo aoki
fujii nishimura fukuda ota miura takeuchi nakajima okamoto matsuda harada nakagawa
yoon han shin seo kwon hwang ahn song jeon hong ko moon yang son bae baek heo nam
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
adebayo okonkwo okoro eze nwosu obi chukwu okafor okeke ibrahim bello abubakar mohammed musa yusuf
suleiman danjuma adeleke adewale ogunleye olawale balogun afolabi akande
asante appiah owusu boateng mensah osei agyeman darko addo amoah acheampong opoku
mwangi kamau otieno odhiambo ochieng wanjiku kariuki njoroge kimani mutua kiprop cheruiyot
dlamini nkosi ndlovu khumalo mokoena mahlangu zulu ngcobo mthembu sithole
abbott acevedo acosta adkins aguirre alexander allison alvarado andrade anthony archer arias armstrong arroyo
ashley atkins atkinson austin avery avila ayala bailey baldwin ballard banks barber barker barnett barr barrera
barrett barron barry bartlett barton bass bauer baxter beard beasley beck becker bell benjamin benson bentley
benton berg berger bernard bird black blackburn blackwell blair blake blanchard blankenship blevins bolton
bonner boone bowen bowers bowman boyer boyle bradford bradshaw brady bray brennan brewer
bridges briggs britt brock brooks browning bruce bryan buchanan buck buckley bullock burch burgess burke burks
burnett burris bush butler byrd cabrera cain calderon caldwell calhoun callahan cameron camacho campos cannon
cantrell cantu cardenas carey carlson carney carpenter carr carrillo carroll carson carver casey
castaneda cervantes chambers chan chandler chaney chang chapman charles chase cherry christensen christian
clarke clay clayton clements clemons cline cobb cochran coffey cohen cole coleman collier colon combs
compton conley conner conrad contreras conway cooke copeland cortez craft craig crane crosby cummings curry
curtis dalton daniel daugherty davenport david davidson dawson day decker dejesus delacruz delgado dennis
dickerson dickson dillard dillon dodson dominguez donovan dorsey dotson dougherty douglas downs doyle drake
dudley duffy dugan duke duncan dunlap durham dyer eaton edwards erickson espinoza estes estrada evans
everett farley farmer farrell faulkner ferrell fields figueroa finch finley fischer fitzpatrick fleming floyd
flynn forbes fowler francis franco franklin frazier frederick frye fuller gaines galloway galvan gamble
garner garrett garrison gates gentry gilbert giles gillespie gilmore glenn glover goodman goodwin
gould graves greene greer gregory griffith grimes gross guerra guthrie hahn haley hammond hampton hancock haney
hanson hardin harding hardy harmon harrell harrington hartman harvey hatfield hawkins hays haynes heath
hebert hendricks hendrix henson herman hess hester hickman higgins hines hinton hodge hoffman hogan holcomb
holden holder holloway holman holt hood hooper hoover hopkins horn horne horton houston howe howell hubbard huber
huff huffman hull humphrey hurley hurst hutchinson hyde ingram irwin jacobson james jarvis jefferson jennings
jensen jimenez johns joseph joyce juarez kane kaufman keith keller kemp kerr kidd kirby kline knapp knowles
knox koch kramer lambert lancaster landry lang lara larson lawson leach leblanc levine levy lindsey
livingston logan lowery lucas lucero luna lyons mack macdonald mackenzie madden maddox mahoney malone
mann marks marquez marsh massey mathews maxwell mayer mayo mays mcbride mccall mccann mccarthy mcclain mcclure
mcconnell mccormick mccoy mccullough mcdaniel mcdowell mcfarland mcgee mcguire mcintosh mcintyre mckay mckee
mckenzie mckinney mclaughlin mclean mcmahon mcmillan mcneil mcpherson meadows melton mercado merrill meyers
middleton miles miranda molina monroe montgomery moody moon mooney moran morrison morrow morse morton moses
mosley mueller mullins munoz murray nash navarro neal newton nichols nielsen nixon nolan norman
norris norton nunez obrien ochoa odom oliver oneal orr ortega osborne owen pace pacheco padilla page park
parks parrish parsons patrick patton paul pearson pennington petersen petty pham pittman pollard poole pope
potts powers preston price pruitt pugh quinn ramsey randall randolph rasmussen ratliff ray raymond reeves
reilly rhodes richard richmond riggs rios rivas roach robbins robles rocha rodgers rollins roman rosales
rosario rowland roy rubio russo rutledge salas salinas sampson sanders sandoval sawyer schneider
schroeder schultz schwartz sellers shaffer shannon sharpe shelton shepard shepherd sheppard sherman
simon sims singleton skinner slater solis spears spence stafford stanley stanton steele
stein stephenson stokes stout strickland stuart suarez summers sweeney sykes tanner tate terrell terry
thornton todd townsend travis trevino trujillo underwood valdez valencia valentine vance vaughan vaughn
velasquez velez villarreal vincent walls walter walters ware waters watkins weber welch wheeler whitaker
whitehead whitfield whitley wiggins wilcox wilder wilkerson wilkins wilkinson william willis winters
witt wolf wong woodard woodward wooten workman wyatt yates york zamora zimmerman
cassidy connolly costello daly davies delaney donnelly gough healy hensley hewitt kendall lester maclean maldonado
peck phelps roberson sloan swanson warner whitney
adamski andrzejewski borkowski brzezinski chmielewski czarnecki dabrowski gajewski gorski jakubowski
jasinski jasiński kaczmarek kaczmarczyk kalinowski kaminski kozlowski krajewski kubiak makowski marciniak mróz
pietrzak sadowski sobczak sokołowski szczepański wasilewski wilk wojciechowski wojcik wróblewski zalewski zawadzki
zielinski nowakowska kowalska wiśniewska lewandowska kamińska zielińska szymańska
bartoš vlček polák musil kopecký šimek konečný malý holub štěpánek kadlec dostál soukup mareš sýkora šťastný
novotná dvořáková černá procházková kučerová veselá horáková svobodová nováková
varga lászló jakab bogdán sándor boros fazekas kelemen antal orosz somogyi fülöp veres vincze hegedűs budai deák
bálint illés pál vörös szőke fenyvesi veres
vasilyev zaitsev solovyov borisov yakovlev grigoriev romanov vorobyov sergeev kuzmin frolov alexandrov dmitriev
korolev gusev kiselev ilyin maksimov polyakov sorokin vinogradov kovalev belov medvedev antonov tarasov zhukov
baranov filippov komarov davydov belyaev gerasimov bogdanov osipov sidorov matveev titov mironov krylov kulikov
karpov vlasov melnikov denisov gavrilov tikhonov kazakov afanasyev danilov savelyev timofeev fomin chernov abramov
martynov efimov fedotov shcherbakov nazarov kalinin isaev chernyshev bykov maslov rodionov konovalov lazarev
voronin klimov filatov ponomarev golubev kudryavtsev prokhorov naumov potapov zhuravlev ovchinnikov trofimov leonov
sobolev ermakov kolesnikov goncharov emelyanov nikiforov grachev kotov grishin efremov arkhipov gromov kirillov
malyshev panov moiseev rumyantsev akimov kondratyev biryukov gorbunov anisimov eremin tikhomirov galkin lukyanov
mikheev skvortsov yudin belousov nesterov simonov prokofiev kharitonov knyazev tsvetkov levin mitrofanov voronov
aksenov sofronov maltsev loginov gorshkov savin krasnov mayorov demidov eliseev rybakov safonov plotnikov demin
khokhlov fadeev molchanov ignatov litvinov ershov ushakov dementiev ryabov mukhin kalashnikov sharov kostin
tarasenko boyko kovalchuk lysenko savchenko rudenko moroz marchenko melnyk petrenko kravets honcharenko
bulgakov
vasilieva mikhailova novikova fedorova morozova alekseeva lebedeva semenova egorova pavlova kozlova stepanova
nikolaeva orlova andreeva makarova zakharova zaitseva borisova yakovleva romanova sergeeva kuzmina alexandrova
dmitrieva koroleva guseva kiseleva maksimova polyakova vinogradova kovaleva belova medvedeva antonova tarasova
zhukova baranova komarova davydova bogdanova osipova sidorova matveeva titova markova mironova krylova kulikova
karpova vlasova melnikova yudina
milošević popović todorović đukić kostić lazić savić radović mitrović živković ristić simić jović bošnjak božić
blažević grgić pavić radić perić kralj šarić lovrić vidović novosel vukelić zupan kovač krajnc potočnik mlakar
vidmar golob kralj božič kolar korošec
popescu ionescu popa radu dumitru stan stoica gheorghe matei ciobanu constantin dinu florea moldovan munteanu ilie
barbu nistor dobre stanciu marin tudor lupu diaconu andrei neagu georgescu dumitrescu constantinescu marinescu
stoian mihai cristea preda ene vasile ionita nedelcu rusu
papageorgiou papanikolaou pappas vlachos karagiannis antoniou makris oikonomou alexiou athanasiou vasileiou
michailidis theodorou karalis economou angelopoulos georgiadis papadimitriou nikolaidis
kara koç kurt özkan şimşek polat korkmaz karataş erdoğan güneş akın aktaş acar bulut tekin ünal keskin güler kaplan
avcı bozkurt kurt uçar kocaman yazıcı
kristoffersen christiansen frederiksen knudsen mikkelsen clausen jeppesen kjær østergaard
berggren sundberg ström åberg
hiltunen seppälä leinonen kallio laaksonen ahtisaari
sasaki yamashita maeda fujiwara nakano ono tamura kaneko wada nakayama ishida ueda morita hara shibata sakai kudo
yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai takada fujimoto takeda murata ueno
sugiyama masuda sugawara hirano otsuka kojima chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura
kikuchi sano onishi sugimoto arai hirai asano nishiyama
cui bai meng qin qiu hou yin duan tao mao hao gu shao qian kong xiang leung cheung lau ng tsang
jeong yoo
saxena srivastava rathore ramanathan dutta chakraborty bhattacharya
al-khalil hadad khouri nassar salah hamdi abdallah karimi hosseini mohammadi rezaei ahmadi moradi jafari ghorbani
rahimi kazemi hashemi mousavi sadeghi akbari azizi bagheri heidari najafi rostami amini shahidi tehrani esfahani
shirazi
oyelaran kiptoo koech traore coulibaly diop ndiaye camara touré toure cissé konaté
levi mizrahi peretz biton dahan friedman katz azoulay goldberg goldstein rosenberg rosenthal weiss shapiro
greenberg feldman horowitz
`;

/**
 * Family names in Arabic script without the article (names with "ال" are read by their article): those of South
 * Asian workers in the Gulf ("راجيش كومار"), and Levantine names that are no everyday word. Names that are words too
 * ("حداد", blacksmith; "خان", inn) are left out.
 */
const arabicScriptWords = `
كومار سينغ سينج شارما باتيل غوبتا ناير مينون نصار عواد
`;

export const surnames: TokenWordSet = new TokenWordSet(
  withUnaccentedForms(`${words} ${arabicScriptWords}`.split(/\s+/).filter((word) => word.length > 1)),
);
