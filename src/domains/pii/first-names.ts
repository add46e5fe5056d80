/**
 * Given names across cultures (Anglophone, Romance with Catalan and Galician, Basque, Mexican, Germanic, Dutch,
 * Nordic, Icelandic, Finnish, Estonian, Baltic, Slavic, Hungarian, Romanian, Greek, Turkish, Arabic, Persian,
 * Caucasian, South Asian, East Asian, Vietnamese, African, Hebrew), stored lower-case for per-token look-up. Names
 * that are everyday words ("summer", "joy") or city names ("odessa", "regina") are left out.
 */

import { TokenWordSet } from "./scan.ts";
import { withUnaccentedForms } from "./unaccented-forms.ts";

const words = `
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis harry
oliver charlie jamie liam lucas leo oscar archie alfie freddie toby max theo isaac luke ewan callum connor rhys
owen dylan evan declan aidan cian niall seamus
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
charlotte marie kayla alexis lori tracy tracey zoe chloe mia ella amelia ava lily sophie jane naomi eleanor holly
jade poppy freya isla erin aoife siobhan niamh ciara sinead mairead
jean pierre michel philippe alain nicolas christophe patrick laurent stéphane sébastien julien olivier thierry
éric frédéric françois jacques bernard rené guillaume antoine mathieu romain vincent yves hugo louis gabriel
raphaël arthur jules adam léo lucas nathan théo clément maxime quentin florian benoît
marie nathalie isabelle sylvie catherine françoise christine monique valérie sandrine sophie céline chantal
julie aurélie camille léa manon chloé emma inès jade louise alice lina élodie margaux pauline mathilde amélie
josé antonio manuel francisco juan javier carlos jesús alejandro miguel rafael pedro pablo ángel sergio fernando
jorge luis alberto álvaro diego adrián raúl enrique ramón vicente andrés joaquín santiago mateo alonso rodrigo
gonzalo ignacio emilio
carmen maría ana isabel dolores pilar teresa rosa josefa cristina lucía laura marta elena paula raquel beatriz
silvia rocío mercedes concepción julia irene sara alba nuria patricia lorena inmaculada montserrat ximena
valentina camila martina florencia agustina
joão antónio francisco manuel josé luís paulo pedro carlos miguel rui jorge tiago diogo gonçalo rodrigo
afonso duarte bruno andré ricardo vítor fábio marcelo gustavo thiago felipe rafael leonardo matheus vinícius
maria ana joana beatriz mariana inês sofia catarina rita margarida leonor matilde carolina francisca juliana
fernanda gabriela larissa letícia bianca adriana luana tatiana
giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno
paolo michele giorgio aldo sergio luciano marco alessandro andrea stefano matteo lorenzo davide simone federico
riccardo
giulia chiara francesca sara valentina alessia martina elisa federica silvia paola anna rosa lucia giovanna
roberta serena elena marta
hans peter klaus wolfgang jürgen dieter michael thomas andreas stefan frank uwe bernd werner günter horst helmut
karl heinz manfred gerhard matthias markus christian sebastian jan tobias florian lukas jonas leon finn felix
maximilian paul niklas tim moritz fabian dominik
ursula monika petra sabine renate helga karin brigitte ingrid erika andrea gabriele susanne claudia birgit
stefanie julia katharina lena laura hannah lea anna johanna sophie marie emilia mia lina greta
lars anders erik per nils karl johan jan sven olof mikael gustav magnus henrik fredrik björn bjorn göran
leif ola ole knut arne kjell rune tor stig harald einar jón gunnar sigurður ólafur guðmundur
kristján jens søren niels rasmus mads mikkel frederik emil oskar elias hugo axel wilhelm
anna maria kristina margareta elisabeth eva birgitta karin ingrid marianne lena sara emma linnea elsa astrid
ingeborg sigrid solveig liv kari hilde randi inger mette hanne lotte pernille
guðrún kristín helga
jussi juha matti timo kari mikko jukka antti markku pekka heikki ville tuomas janne petri
aino helmi tuula riitta leena päivi satu minna sanna
jan piotr krzysztof andrzej tomasz paweł marcin michał grzegorz józef marek adam łukasz mateusz jakub jerzy
stanisław tadeusz kazimierz wojciech
anna maria katarzyna małgorzata agnieszka barbara ewa krystyna elżbieta zofia magdalena joanna aleksandra
natalia monika dorota milena
jiří josef pavel jaroslav martin tomáš miroslav františek petr václav karel milan zdeněk vladimír ladislav
jana marie eva hana anna lenka kateřina věra lucie alena petra jaroslava zuzana
ivan sergey sergei dmitry dmitri alexei andrei vladimir nikolai mikhail yuri oleg igor pavel boris viktor
olga tatiana natalia irina svetlana elena ekaterina anastasia yulia ludmila galina
ivan marko luka petar nikola stefan milan dragan zoran goran josip ante tomislav
ana ivana marija jelena milica snežana mirjana
lászló istván józsef jános zoltán sándor gábor ferenc attila péter tamás zsolt tibor csaba balázs
mária erzsébet katalin ilona éva anna zsuzsanna margit judit ágnes
georgios giorgos dimitrios konstantinos ioannis nikolaos christos panagiotis vasileios
maria eleni aikaterini vasiliki sofia angeliki dimitra
mehmet mustafa ahmet ali hüseyin hasan ibrahim ismail osman yusuf murat emre burak
ayşe fatma emine hatice zeynep elif merve
mohammed muhammad mohamed mohammad ahmed ahmad ali omar umar hassan hussein hussain ibrahim youssef yousef
khalid abdullah abdul abdallah mahmoud mustafa karim kareem tariq samir said saeed rashid hamza bilal
fatima aisha khadija maryam zainab layla laila leila salma noor nour huda amira yasmin yasmine samira
hana rania dina mona reem sara farah
reza ali hossein mehdi amir parisa maryam zahra fatemeh
raj rahul amit sanjay vijay ravi anil sunil arjun rohan vikram suresh ramesh mohan krishna deepak ajay
priya pooja anjali neha sunita kavita lakshmi deepa divya meera aishwarya
wei jing li ming hui yan lei jun xin yu hao chen
hiroshi takashi kenji yuki haruto sota akira yui sakura aoi hina
min-jun seo-yeon ji-hoon
kwame kofi ama abena chinedu ngozi oluwaseun adebayo tunde amara
jacqueline tammy connie wanda paula lillian rose norma ruby lois tina phyllis marion jo kathy dawn
joanne bonnie leslie april vanessa kristen kristin heidi erica erika crystal tanya monica gina jill
ashley courtney brittney whitney chelsea kelsey lindsay lindsey alyssa kaitlyn caitlin taylor morgan
jenna jenny jessie tiffany melanie veronica valerie yolanda wendy carrie audrey stacy stacey
sydney brooke haley hailey riley paige savannah claire caroline allison alison molly katie kate
beth ellen sally nina nora vera mabel edna ethel irene lucy betsy peggy maggie meg sue
tom tim jim bill bob rob mike chris matt dan dave steve greg jeff josh nick tony joey ben sam
alex andy ted ken ron don phil ray jon stan lou vic rick ricky wesley travis shane derek marcus
curtis lance troy brett chad clint cody colin dustin grant jared jeffery joel johnny leon mario
martin melvin mitchell neil norman randall rodney ross shawn spencer stanley todd tommy trevor victor
wallace warren allen alvin barry bernard brad calvin cameron chester clarence clifford craig dale darrell
darren dean derrick duane edwin elmer ernest floyd francis franklin fred frederick glen glenn gordon
herbert howard hector jay jerome jimmy kurt lee leroy lloyd manuel marvin maurice micheal miguel
nelson perry ramon ricardo roberto ruben salvador tony troy wade willard
mohamed mamadou moussa ibrahima abdoulaye ousmane aliou amadou cheikh fatou aminata mariama awa aissatou
oluwadamilare emeka ikechukwu chukwuemeka obinna uchenna nnamdi olumide folake funmilayo yetunde chiamaka
adaeze ifeoma nkechi thandiwe thabo sipho lerato palesa bongani nomvula themba zanele kagiso tendai
tafadzwa farai rudo chipo wanjiru wambui kamau otieno achieng akinyi kipchoge njeri baraka juma
zawadi neema amani imani halima mwajuma rehema abdi hodan fartun
luiz luís antônio antónio francisco paulo carlos marcos gabriel rafael daniel marcelo bruno eduardo
felipe rodrigo gustavo fernando fábio fabio leonardo thiago tiago ricardo diego vinícius vinicius andré
sérgio sergio matheus lucas guilherme henrique júlio julio rui nuno duarte gonçalo afonso tomás vasco
miguel bernardo diogo hugo
maria ana francisca antónia adriana juliana márcia marcia fernanda patrícia aline sandra camila amanda
bruna jéssica jessica letícia leticia júlia luciana vanessa mariana gabriela beatriz rita sofia inês
leonor matilde carolina catarina joana raquel filipa margarida teresa helena lúcia
christian matthias andreas stefan michael thomas markus sebastian tobias alexander florian daniel jan
lukas tim felix jonas leon niklas julian maximilian moritz paul philipp simon fabian dominik patrick
kevin dennis sven jens dirk uwe jürgen klaus wolfgang günter günther dieter manfred horst helmut hans
werner gerhard rolf frank bernd holger heinz karl walter herbert kurt otto friedrich wilhelm ralf torsten
sabine susanne petra claudia nicole stefanie andrea julia anja katrin kerstin birgit monika gabriele
ursula renate karin heike silke tanja melanie sandra christina katharina lisa laura lena leonie hannah
lea sarah anna marie johanna sophie emilia mia clara luisa greta frieda jana ida
giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico
bruno paolo michele giorgio aldo sergio luciano alessandro andrea marco matteo lorenzo davide riccardo
federico simone stefano luca fabio roberto massimo maurizio gianluca
giulia francesca chiara sara martina valentina alessia elisa federica silvia paola giovanna rosa angela
lucia anna giuseppina teresa carla elena laura simona
aleksander aleksandr aleksei alexey andrey anton artem artur denis dmitriy evgeny evgeniy fedor gleb
ilya kirill konstantin leonid maksim maxim nikita pyotr roman ruslan semyon stanislav timur vadim
valentin valery vasily viktor vladislav vyacheslav yaroslav yegor
alina alla anastasiya daria darya diana elizaveta inna kristina ksenia larisa lyudmila marina
nadezhda nina oksana polina sofiya svetlana tamara valentina valeria vera veronika yana yelena zoya
oleksandr oleksiy olena mykola mykhailo taras bohdan dmytro andriy yuliya iryna kateryna
ahmed amr ashraf ayman emad essam gamal hany hesham hossam islam khaled magdy mahmoud medhat mostafa
nabil osama sherif tamer walid wael yasser yehia ziad adel anwar bassam fadi firas ghassan hadi
hamza imad jamal kamal majid marwan mazen nasser nizar qasim rami riad sami tarek wassim yazan zaid
abdulrahman abdulaziz abdelkader abderrahim abdelaziz driss hicham mehdi rachid said youssef mourad
nadia hanan iman asma amal rasha rana lina dalia heba shaimaa nesrine sawsan souad wafa widad zahra
zineb meriem houda latifa naima fatiha khadija malika rachida samia
mohan manoj rakesh rajesh mukesh ashok dinesh ganesh harish mahesh naresh prakash pradeep rajendra
santosh satish shankar subhash sudhir sunil umesh vinod anand arun ashish gaurav manish nitin pankaj
rajeev rohit sachin sandeep saurabh vivek yogesh aditya akash aman ankit arjun harsh karan kunal nikhil
rahul varun vikas
anita asha geeta gita jyoti kamla lata manju meena nisha radha rekha rita sangeeta savita seema shanti
shobha sushma usha ananya aditi ankita divya isha kajal komal nandini neha nidhi payal pooja preeti
priyanka riya ritu shreya shruti simran sneha swati tanvi
wei fang jing li min na ping qiang yan yang yong jun jie lei tao xin hong hua ying lan mei
zhiwei wei jian hao yu xiaoming xiaohong jiahui zihan yuxuan haoran
hiroshi takeshi kazuo minoru makoto yoshiro shigeru daiki ren yuto sora haruki kaito riku yuma hinata
yuko keiko yoko kazuko akiko naoko tomoko sachiko michiko emi mai miki nana rin saki yuna mio
minjun seojun doyun jiho jihun junseo hyunwoo sungmin jaehyun dongwook
jiwoo seoyeon minseo jiyeon soyeon hyejin eunji yuna jimin sooyoung
nguyen thanh minh anh hoang duc tuan hung long huy phuong linh lan mai thao trang huong
somchai somsak sompong
mehmet ahmet mustafa hasan hüseyin ali ibrahim murat ömer osman yusuf mahmut ramazan halil süleyman
emre burak can cem deniz eren kerem serkan volkan
elif zeynep ayşe fatma emine hatice esra merve büşra özlem sevgi gül yasemin derya
aaliyah abby ada addison adele adrienne agnes aileen aimee alana alexa alexandra alexandria alicia alina alisha
allie alma alyson amanda amelia angelica angelina angie anita annabelle anne annette annie antoinette april
ariana arianna ariel arlene aubrey audra ava bailey beatrice becky belinda bernadette bethany betsy
bianca billie blanche bonnie brandi brandy breanna brenda briana brianna bridget britney brittany brooklyn
caitlyn callie camille candace candice cara carla carly carmen carol carole caroline carolyn cassandra cassidy
cathy cecilia celeste celia charlene charlotte chelsea cheryl christie christy ciara cindy claudia colleen
constance cora corinne courtney daisy daphne darlene dawn deanna debbie deborah delia della delores destiny
diane dianne dolores dominique donna dora doreen eileen elaine eleanor elena elisa eliza ella ellie eloise
elsie emilia emma erica erin esther estelle eunice eva evangeline fiona florence frances francine gabriella
gabrielle gail gayle genevieve georgia geraldine gertrude gina ginger gladys glenda gwen gwendolyn harriet hattie
hazel heidi helena henrietta hilda ida imogen ingrid iris irma isabel isabelle ivy jackie jacqueline jaime
jana janelle janet janie jasmine jeanette jeanne jenna jennie jody johanna jolene josephine joyce juanita
judy julia juliana julianne juliet june kara karen kari karina karla kasey kate katelyn katrina kay kayla
kelli kellie kendra kerry kim kimberly kirsten krista kristen kristi kristina kristy kylie lacey lana latoya
laurel lauren laurie leah leigh leila lena leona lesley lila lillian lillie linda lindsey lisa liz lizzie lois
lola lora loretta lorraine louisa louise lucille lucinda luna lydia lynda lynette lynn mabel mackenzie madeline
madelyn mae maggie makayla mallory mamie mandy marcia margie margo marguerite maria mariah marian marianne marie
marilyn marisa marissa marjorie marlene marsha martha mattie maureen maxine maya megan melinda melody mercedes
meredith michele mildred millie minnie miranda miriam misty mollie myra myrtle nadine nancy naomi natasha nell
nellie nettie nicola nina noelle nora olga olive opal paige pam pamela patsy patti patty paula pauline pearl
peggy penelope penny phoebe priscilla rachael ramona raquel reba regina renee rhonda rita roberta robin robyn
rochelle rosa rosalie rosemary rosie roxanne ruth sabrina sadie sallie samantha sandy sara savannah selena
serena shannon shari sharon shauna sheila shelby shelly sherri sherry shirley sierra sonia sonya sophia stacey
stella stephanie sue susie suzanne sylvia tabitha tamara tami tammy tanya tara tasha teresa terri tessa
thelma tiffany tina toni tonya tracy trisha valerie vanessa velma verna veronica vicki vickie victoria viola
violet virginia vivian wanda wendy whitney willow wilma yvette yvonne zoe
aaron abraham ace adrian alan alec alfred alfredo allan alonzo alvin amos andre andres angel angelo archie
armando arnold arturo august avery barry beau ben benny bernie blake bobby boyd brad bradford bradley brady
brendan brent brett brock bryce byron caleb calvin cameron carlton carter casey cecil cedric cesar chase chester
clarence claude clay clayton clifton clint clyde cole colton conner conrad cory craig cruz curtis dallas dalton
damian damon dane darius darnell darrel darren darryl dave davis dean delbert desmond devin devon dewey dexter
dominic don donovan dorian doug drew duane dwayne dwight earl ed eddie edgar edmund eduardo elbert eli elias
elliot elliott ellis elmer elvis emanuel emmett enrique ernesto ervin esteban ethan everett ezra felix fernando
floyd forrest francisco frankie franklin freddie garrett garry gavin gene geoffrey gerard gilbert gilberto glenn
gordon grady graham grant gregg guillermo gus guy hal harlan harris harvey hayden heath herman homer horace
houston howard hubert hudson hugh hunter ian ira irving isaac ivan jace jack jackson jaden jake jamal jared
jarrod jasper javier jaxon jayden jeff jeremiah jerome jesus jimmie joel johnnie jonah jonas jorge josue judson
julian julius junior kai kane karl keegan keith kelvin kendrick kennedy kent kerry kirk kurt lamar lance landon
lane lawrence lee leland lemuel leon leonard leroy leslie lester levi lewis lincoln lionel lloyd lonnie lorenzo
lowell lucas luis lyle mack malcolm marc marco marcos mario marlon marshall marty mathew maurice max maxwell
melvin micah miles milo milton mitchell morgan morris moses myron nathaniel neal ned nelson noel nolan norman
omar orlando orville oscar otis owen parker pat pedro percy perry pete preston quentin quincy rafael ralph
ramiro randal randolph raul reggie reginald rene rex rhett ricardo rickey riley robbie rocky rodney rogelio
roland roman ronnie rory ross ruben rudolph rudy rufus russ rusty ryder sal salvador sammy santiago saul sawyer
sergio seth sheldon shelton sherman sidney silas simon sonny stanley sterling stuart sylvester terrence terry
thaddeus theodore tobias toby todd tomas tommy tony trent trevor tristan troy tucker ty tyrone ulysses van vance
vernon victor virgil wade walker wallace ward warren wendell wesley weston wilbur wiley willard willis
wilson winston wyatt xavier zachary zane
abe abel adeline agatha alanna alfreda althea annabel ashton augusta aurora bella belle benedict bernice bert
bertha bertram beryl bettie beulah brenna charlton cherie chrissy christa clarissa clinton corey cornelius dana
daryl davina denny dixie dorothea dudley edith effie elise elton elvira emerson enid ernestine etta eugenia faye
felicity flora flossie fran freda garth gemma georgina gideon gillian harriett hillary hollis horatio isadora
janine jeannie jess jocelyn jodi josie judd justine kayleigh keira kenny lara laverne leanne lenora leonora lettie
lilian lorna lottie luella lynne mable madeleine madge margery marla maud maude mavis melba merle minerva muriel
nanette nannie octavia ophelia paulette philippa polly rhoda rosalind rosamund rowena sasha selina selma shelley
susanna susannah sybil tess theodora trudy vivien winifred zelda zoey
abbie amie ashleigh bobbie brody charley conor dakota darcy emmy esme evie fletcher flynn georgie gracie harley
hayley hollie isobel jacinta jolie kacey kayden keaton kenzie kirsty kyla leighton lexi lilly lorelei macy maddison
maddox maisie mckenzie nia peyton quinn reagan reece reese rowan rylee scarlett sienna stevie tia tilly
zak zack zac barnaby bartholomew basil clement crispin cuthbert cyril fergus gareth hamish humphrey montgomery
mortimer nigel percival rupert seymour wilfred
aimée adèle agathe albane alexandrine alix amandine ambre anaïs angèle anne-marie apolline ariane armelle aude
augustin aurore axelle béatrice bénédicte bérénice blandine capucine cécile charlène clarisse claudine clémence
clotilde colette coralie danièle delphine édith éléonore éliane élisabeth éloïse émilie emmanuelle eugénie évelyne
fabienne flavie gaëlle geneviève georgette ghislaine gisèle hélène hortense huguette irène jeannine joëlle josette
josiane juliette laetitia léonie liliane lise ludivine lydie maëlle marcelle margot marielle marthe martine maryse
mélanie mélissa micheline mireille nadège noémie océane odette odile perrine rachelle régine renée rolande roselyne
ségolène séverine solange solène sylviane thérèse véronique viviane zoé
achille adolphe adrien aimé albéric alphonse amaury ambroise anatole aristide armand arnaud aubin aurélien baptiste
barthélemy basile bastien benoit bertrand blaise cédric célestin clovis corentin cyprien damien didier edmond
édouard élie émile emmanuel étienne eugène évariste fabien fabrice félicien félix ferdinand fernand firmin florent
gaël gaëtan gaspard gautier georges gérald gérard germain ghislain gilles grégoire grégory gustave henri hervé
honoré ignace jean-baptiste jean-claude jean-françois jean-louis jean-luc jean-marc jean-marie jean-michel jean-
paul jean-pierre jérémie jérôme joël kévin landry loïc lucien ludovic marcel marius maxence mickaël nathanaël
norbert odilon pascal patrice paul-henri philibert raoul rémi rémy renaud romuald serge sylvain tanguy théophile
timothée ulysse valéry yann yannick yvan
abril adela adelaida ainhoa aitana alejandra almudena amaia amparo anabel ángela angustias antonia araceli aránzazu
arantxa ascensión azucena begoña belén blanca candela carlota catalina chelo ciriaca consuelo covadonga daniela
débora encarnación esperanza estefanía ester eulalia fátima felisa florentina gema gisela graciela guadalupe inés
iria itziar jimena josefina juana leire lidia lourdes macarena maite manuela marcela maribel maricarmen marisol
maritza milagros mireia montse nerea noelia paloma paulina purificación rebeca remedios ricarda rosalía sagrario
salomé soledad susana verónica
abelardo adolfo agapito agustín aitor alfonso amador amadeo anselmo aníbal ascensio aurelio baltasar bartolomé
basilio benito blas borja calixto camilo cándido casimiro cayetano celestino césar ciro clemente conrado cristóbal
damián dámaso demetrio desiderio dionisio edgardo efraín eladio eleuterio eliseo emiliano epifanio eugenio eusebio
evaristo ezequiel fabián facundo faustino feliciano fermín fidel florencio fortunato gaspar gerardo germán gregorio
heriberto hernán higinio hilario horacio humberto iker inocencio isidoro isidro jacinto jenaro jerónimo jonás
julián lázaro leandro leoncio leopoldo lisandro marcelino marcial mariano martín matías mauricio maximiliano
maximino melchor moisés narciso nemesio nicanor nicolás norberto octavio óscar osvaldo pascual patricio paulino
plácido porfirio prudencio raimundo reinaldo renato rolando román rubén saturnino sebastián serafín severino
silvestre simón teodoro tiburcio timoteo tobías ulises valentín venancio ventura víctor zacarías
abílio adelino adriano agostinho albano alcides alexandre amadeu américo augusto baltazar bartolomeu benedito bento
caetano cândido celso cristiano custódio edson estêvão eusébio evandro fabrício fausto fernão flávio florêncio
frederico gervásio hélio heitor horácio inácio ivo joaquim lauro leonel lucca lúcio márcio mário martim maurício
murilo nélson octávio otávio patrício renan rogério romeu rómulo rubens sandro sebastião silvano silvério simão
tadeu tomé valdemar valter virgílio vitor wagner zacarias
adélia alessandra amália ana-maria andreia ângela aparecida bárbara benedita carmo cecília célia cláudia conceição
edite elisabete emília eduarda fabiana flávia glória graça heloísa iara isabela jaqueline lívia luísa margarete
mirela mônica natália nathália noémia priscila quitéria rosana rosângela silvana sónia sónia tânia thaís valéria
yara
adalberto agnese albina alda alfio ambra amedeo anna-maria annalisa antonella aurelia benedetta bice camilla
carlotta carmela caterina clelia concetta debora donatella edda eleonora elisabetta enrica fabiola fiorella flavia
gaia ginevra giorgia giuliana graziella ilaria letizia lia liliana livia loredana lucrezia ludovica margherita
maria-grazia mariella mirella noemi ornella patrizia pia raffaella romina rossella stefania tiziana vittoria
adamo agostino alessio ambrogio antonino arnaldo attilio bartolomeo battista benedetto beniamino biagio calogero
carmelo cesare claudio corrado cosimo cristian dante dario dino donato edoardo elia emanuele enrico enzo ercole
ettore ezio fabrizio ferdinando filippo flavio fulvio gaetano gennaro giacomo gianni gino girolamo giuliano giulio
graziano guglielmo guido ignazio ivano jacopo livio lucio ludovico manlio marcello mauro michelangelo nazzareno
nicolò orazio oreste ottavio pasquale patrizio piero pierluigi raffaele raimondo renzo rino rocco romeo romolo
ruggero sabatino saverio sebastiano silvio tancredi tiziano tommaso ugo umberto valerio valentino vinicio vito
vittorio
adelheid amalie angelika anke anneliese annemarie antje beate bettina brunhilde carina carolin christiane cordula
dagmar edeltraud elfriede elke erna franziska friederike gerda gerlinde gertrud gudrun hanna hannelore hedwig
helene henriette hildegard ilse ina inge irmgard isolde janina jutta klara liesel lieselotte luise maike mareike
ottilie rosemarie sonja svenja ulrike ute verena waltraud wiebke wilhelmine
adalbert adolf albrecht alois armin arno benedikt bernhard berthold burkhard christoph clemens detlef dietmar
dietrich eberhard eckhard egon elmar engelbert erich erwin eugen ewald friedhelm fritz georg gerd gerold gottfried
gotthold gregor gunther hannes hartmut heiko heinrich helmuth hendrik hermann ingo jakob joachim jochen johannes
kaspar konrad leonhard leopold linus lothar ludwig lutz malte mathias meinhard niko nikolaus olaf ortwin ottmar
rainer reinhard reinhold rüdiger rudolf sascha siegfried sönke steffen thorsten ulf ulrich volker waldemar walther
wendelin wilfried willi winfried
aad anneke bram cornelis daan femke freek geert gerrit hendrika henk hendrikus jaap jeroen joost joris kees lieke
luuk maarten marijke mees pieter ruud sanne stijn teun thijs wouter willem wim ymke
aksel alf arild arvid asbjørn aslak audun bård bengt birger bjarne bjørn bo bror brede carsten christer claes dag
egil eilif eirik eivind elling erlend espen eyvind folke frode geir gisle gorm gudmund gunder gustaf halvard halvor
hans-erik haakon håkan håkon halfdan helge henning herleif hjalmar ingemar ingvar ivar jarl joakim jonatan jørgen
jørn kåre kasper kennet kjetil kristoffer lennart magne morten njål oddvar olav olle ove palle peder pelle roald
sigurd sindre sivert snorre steinar sten stian sture svein sverre sølve terje thor thorvald tjalve torbjørn tord
torgeir torstein trond trygve vegard vidar viggo villads yngve øystein
agnete agneta alva annika anneli astri åsa aud benedikte berit bodil brita britt britta cecilie dagny ebba elin
ellinor elsebeth embla eira fride frida frøya gry gunhild gunnhild gunvor hedda hege henny hjørdis idun inga
ingebjørg inger-lise ingun jannike johanne karoline kaja katrine kjersti lene lill liselotte lisbeth lovisa maja
malene malin marit merete mette-marie nanna oda ragnhild rakel ronja runa sigrun siri sissel solbjørg stina sunniva
svanhild synnøve thea thora tora torill tove turid tuva tyra ulla unni vibeke viveka vigdis ylva åse
frederikke nikoline rikke sidsel birthe bente dorthe gitte jette kirstine lærke maiken ditte trine pia-maria hanne-
lore lykke ida-marie
aðalsteinn ágúst andri ari arnar ásgeir atli baldur bergur birgir bjarni björgvin brynjar daði davíð egill eiður
elvar eyjólfur finnur friðrik gísli guðjón gunnlaugur gylfi hafþór halldór hallgrímur haraldur haukur heimir helgi
hilmar hjalti hlynur hrafn hörður ingólfur ísak jóhann jóhannes jónas kári kristinn kristófer logi magnús óðinn óli
óskar páll pétur ragnar reynir róbert sigurjón sigmar skúli snorri stefán steinn sveinn sverrir þór þórður
þorsteinn tómas valdimar viðar vilhjálmur þórir
aðalheiður álfheiður ásdís ásta auður birna bryndís dagný elín elísabet erla eydís fanney guðbjörg guðný hafdís
halla heiða hildur hjördís hrafnhildur hulda ingibjörg íris jóhanna katrín kolbrún kristbjörg lilja margrét ólöf
ragnheiður ragnhildur rannveig sigríður sigrún sóley steinunn svala svandís svanhildur þóra þórdís unnur valgerður
vigdís þórunn sigurlaug sólveig herdís gróa arndís
aarne aatos aimo akseli aleksi antero arto arvo aulis eero eino eljas erkki esko hannu harri ilkka
ilmari ismo jaakko jani jarmo jarno jere joni jorma jouko jouni juhani jyrki kalevi kalle kauko keijo kimmo kyösti
lasse lauri leevi martti matias mauno mika miikka niilo olavi oiva onni osmo paavo pasi pentti perttu raimo rauno
reijo reino risto sakari santeri seppo simo tapani tapio tauno teemu teuvo toivo tommi tuomo uolevi urho väinö
valtteri veikko veli vesa vilho voitto yrjö
aila aili annikki anu eija eeva elina eveliina hilkka irja irmeli jaana jenni kaarina kaija katja kerttu kirsi
kirsti lempi liisa lotta maarit maija marja marjatta marjut merja mervi milla mirja nelli noora oili orvokki outi
pirjo pirkko raija raili riikka ritva saara seija senja sirkka sirpa soili suvi taina tarja terhi tiina tuija
tuulikki vappu venla vieno virpi
aadu aivar eerik endel enn hillar indrek jaak jaan juhan kalev kalju kaupo lembit madis mait margus meelis peeter
priit siim sulev taavi tarmo tiit toomas tõnu urmas üllar vello
eha ene evelin heli iiris kadri kaie kersti kristel liina liis maarja marju merike piret reet riina sirje triin
ülle urve
algirdas arūnas dainius gediminas giedrius kęstutis linas mantas mindaugas rimantas saulius vytautas žydrūnas aistė
daiva eglė gintarė jurgita laima rasa rūta vaida andris edgars gatis guntis jānis juris kārlis mārtiņš raimonds
valdis baiba ilze inese līga sanita
alojzy ambroży antoni arkadiusz augustyn bartłomiej bartosz bogdan bogumił bogusław bolesław bonifacy bronisław
cezary czesław dariusz dawid eryk eugeniusz feliks filip franciszek fryderyk henryk hieronim ignacy ireneusz jacek
janusz jarosław jędrzej juliusz kacper kamil karol kornel kryspin ksawery lech leszek lucjan ludwik maciej
maksymilian mariusz mieczysław mikołaj miłosz mirosław patryk przemysław radosław rafał ryszard sławomir sylwester
szczepan szymon teodor tymon tymoteusz wacław walenty wiesław wiktor witold władysław włodzimierz zbigniew zdzisław
zenon zygmunt
adrianna alicja aniela antonina apolonia bogumiła bogusława bożena bronisława celina czesława danuta dominika edyta
ewelina felicja franciszka genowefa grażyna halina henryka irena iwona izabela jadwiga jolanta józefa justyna
kamila karolina kazimiera klaudia kinga lucyna ludmiła łucja marianna marzena oliwia renata róża sabina stanisława
sylwia urszula weronika wiesława wiktoria władysława zenona zuzanna żaneta jadzia kasia basia gosia
zosia
aleš antonín bedřich bohumil bohuslav břetislav čeněk ctibor dalibor drahomír dušan evžen hynek jáchym jaromír
jindřich kryštof lubomír luboš ludvík lukáš matěj miloslav miloš oldřich ondřej přemysl radek radim radomír radovan
rostislav svatopluk šimon tadeáš vácslav vavřinec vilém vítězslav vlastimil vojtěch zbyněk matej jozef juraj
ľubomír ľudovít marián rastislav štefan
alžběta anežka blanka bohumila bohuslava božena drahomíra eliška jarmila jiřina jitka klára kristýna libuše markéta
michaela milada miroslava naděžda pavla radka romana šárka soňa stanislava štěpánka táňa tereza vlasta zdenka
zdeňka ľudmila katarína
ábel ádám ákos andor antal árpád bálint barnabás béla bence benedek botond dániel dénes dezső domonkos
elemér endre ernő gellért gergely géza gyula gyuri györgy győző imre iván jenő kálmán károly kornél lajos lehel
levente lóránt lőrinc márk márton máté mátyás miklós mihály nándor ödön oszkár pál rezső richárd szabolcs tivadar
zsigmond
alíz anikó annamária beáta boglárka borbála csilla dorina dóra emese enikő eszter etelka fanni flóra gizella
hajnalka ibolya ildikó irén jolán julianna kata krisztina léna lili magdolna márta mercédesz mónika nikolett nóra
orsolya piroska réka rozália sarolta szabina szilvia tímea viktória vilma zita zsófia zsuzsa szilvi zsóka
aleksandar aleksej alojz andrej blaž bojan borut božidar branko branimir darko davor dejan dragoljub dragutin đorđe
gordan gorazd grega hrvoje ivica janez janko jože jožef jure krešimir ljubomir marjan matija milorad miodrag mirko
mladen nebojša nenad ognjen predrag primož radomir ratko rok sanjin saša slavko slobodan srđan stanko stjepan
tihomir uroš vedran veljko velimir vlado vojislav zdravko željko žarko enes haris kenan mehmed mirza nedim
nihad sead senad tarik
andreja biljana bojana branka danica darja dragana gordana ivanka jasmina jovana katarina ljiljana ljubica mateja
nataša neža nevena olivera radmila ružica sanja slavica spomenka suzana tatjana tijana urška vesna zorica zrinka
lejla amra azra elma emina lamija aida amela dženana
alexandru catalin cătălin ciprian claudiu constantin cornel costel dorin dragoș dumitru gheorghe horia iacob ilie
ionel ionuț iulian laurențiu liviu lucian mihai mircea nicolae octavian ovidiu petru radu răzvan sergiu silviu
sorin ștefan traian tudor vasile viorel vlad
anca andreea camelia cornelia doina elisabeta georgiana ileana ioana iuliana luminița madalina mădălina mihaela
oana raluca roxana ruxandra sorina teodora violeta
alexandr anatoly anatoli arkady artyom daniil egor evgeni fyodor gennady georgy grigory innokenty lev makar matvei
nikolay stepan svyatoslav timofei vasili vitaly vsevolod yakov yevgeny yury zakhar sviatoslav volodymyr
petro serhiy yuriy vasyl ostap stepan yevhen vitaliy ihor
alyona anfisa anya dasha evgenia kira klavdiya kseniya lidiya liliya lyubov mariya marya masha natalya olesya raisa
tatyana ulyana varvara viktoria yekaterina yevgenia zhanna zinaida nataliya halyna khrystyna solomiya
misha grisha kolya vanya petya seryozha volodya dima lyosha kostya zhenya tolya vitya slava yasha asya katya olya
sveta galya nastya lyuba dunya
achilleas adonis alexandros alkis anastasios angelos apostolos aristotelis athanasios charalampos dimitris
efstathios eleftherios emmanouil evangelos fotios giannis grigoris ilias kostas kyriakos lambros leonidas lefteris
manolis marios michalis miltiadis nektarios nikos odysseas pantelis pavlos periklis petros prodromos sotiris spyros
spyridon stavros stelios stylianos themistoklis theodoros thanasis vasilis yannis yiannis zisis
antigoni aphrodite argyro athina chrysa chrysoula despina eirini eleftheria evangelia foteini ioanna kalliopi
katerina konstantina kyriaki lambrini magdalini niki panagiota paraskevi stavroula styliani xanthi zoi
arda aslan ayhan aziz baran barış batuhan bayram berk berkay bora bülent cemal cengiz doğan efe egemen emin engin
erdem erdoğan ergün erkan ersin ertuğrul esat fatih ferhat fikret gökhan güven hakan haluk hayri hikmet ilhan ilker
kaan kadir kağan kemal koray kudret kürşat levent mert mesut metin necati nihat oğuz okan onur orhan ozan özgür
recep rıza sabri sadık savaş selçuk selim sinan şükrü taner tarık tayfun tuncay turgut ufuk uğur umut ümit yasin
yavuz yiğit yılmaz yunus zeki
aslı ayla aylin aysel ayşegül banu başak begüm belgin berna betül burcu canan cansu çiğdem damla defne didem dilek
ebru eda emel ezgi fadime feride filiz gamze gizem gülay gülşen hande havva hülya ilknur ipek kübra leyla melek
melike meltem müge nazlı nermin nesrin nihan nurcan özge pınar rabia selin semra serap sevim sibel şule tuğba tülay
yeşim zehra
abbas abdel abdelrahman adnan akram alaa amin amine ammar anas ayoub badr bakr bashar fahad fahd faisal farid faris
farouk fawzi fouad habib hafez haitham hamad hamid hani harun hatem haytham hazem hisham houssam idris ihab imran
issa jabir jalal jamil jawad khalil latif mahdi majed malik mansour mohamad mounir nader nadim naji najib nawaf
noureddine othman rafik rayan reda rida saad salah saleh salim salman sayed shadi sharif sufyan suleiman taha talal
tareq tawfiq waleed yahya yassin yazid zakaria zoheir
abir aicha alia amina aya ayesha basma bushra doaa duaa eman ghada hala hania hanaa hayat hiba inas jamila jihan
joumana karima lamia lamis lubna maha malak manal mariam maysa mouna nabila najat najla nawal noura nourhan rabab
rahma randa rawan rima ruba rula rym safa safiya samar sana shadia sherine siham soha suha sumaya warda yasmina
yousra zeinab zohra zaynab
arash ardalan ardeshir arman aref babak bahman bahram behnam behrouz bijan cyrus dariush davood ehsan esfandiar
farhad farhan farshid faramarz farzad farzin ghasem hamed hamidreza hessam hooman hushang iraj javad kamran kambiz
kasra kaveh keyvan khosrow kourosh mahmood masoud mehran mehrdad milad mohsen morteza navid omid parviz payam
pedram peyman pouya ramin rostam sasan shahin shahram shahriar siamak sina soroush vahid yashar
afsaneh anahita arezoo atefeh azadeh bahar banafsheh behnaz farnaz farideh fereshteh golnaz golnar haleh hengameh
homa jaleh katayoun ladan laleh mahnaz mahsa mehri mina minoo mitra nasrin nazanin negar niloufar nooshin parastoo
parvaneh roya sahar sanaz sepideh shabnam shahla shirin simin sima soheila soraya tahmineh taraneh yasaman ziba
dzhabrail ibragim magomed akhmed ramzan zelimkhan alikhan apti aslambek bislan khasan khusein movsar
shamil tamerlan vakha zaur abubakar aminat khava kheda liana madina petimat zarema zulikhat
aarav abhay abhishek ajit akhil alok amitabh amrit anirudh anoop anuj anupam arvind ashwin atul avinash ayush
bhupinder chandan chetan darshan dev devendra dhruv dilip girish gopal govind hemant himanshu hitesh jagdish jatin
jayant jitendra kabir kailash kapil kartik kiran kishore lakshman lalit madhav mayank mohit murali naveen neeraj
nilesh paresh pawan piyush pramod pranav prasad prashant praveen prem rajat rajiv ranjit sameer sanjeev shailesh
shashi shekhar shiv shyam siddharth suraj sushil tarun tushar uday vinay vipin vishal yash
aarti akanksha amrita anushka aparna archana arti bhavna chitra deepika devi durga gayatri harini heena indira jaya
kalpana kamala kavya madhu madhuri manisha megha namrata neelam pallavi poonam radhika rani rashmi renu ruchi rupa
sadhana sakshi sapna sarita saroj shalini sharmila shilpa shweta sita smita sonal sudha sujata supriya vandana
vidya
gurpreet harpreet jaspreet manpreet navdeep amandeep harjit jaswinder kuldeep baljit sukhwinder rajinder
akihiko akihiro akio atsushi daisuke eiji fumio goro hajime hideaki hideki hideo hikaru hiroki hiromi hiroto
hiroyuki hisashi ichiro isamu itsuki jiro junichi junichiro katsuhiro katsumi katsuya kazuhiro kazuki kazuya
keiichi keisuke kenichi kenta kentaro kiyoshi koichi koji kosuke kota kuniaki mamoru manabu masahiro masaki masao
masaru masashi masato masayuki mitsuo naoki naoto noboru nobuo nobuyuki norio osamu renji ryo ryota ryuichi
ryunosuke saburo satoru satoshi shinichi shinji shinya shiro shota shuichi susumu tadashi takahiro takuya tatsuya
teruo tetsuya tomohiro toru toshiaki toshio toshiyuki tsubasa tsutomu yasuhiro yasuo yoichi yoshiaki yoshihiro
yoshio yosuke yuichi yuji yukio yusuke yuta yutaka shintaro
aiko akane akemi asami asuka atsuko ayaka ayako ayame ayumi chiaki chie chieko chihiro chika chiyo chiyoko emiko
eri eriko etsuko fumiko hanako haruka haruko hiroko hisako hitomi honoka kaede kana kanako kaori kaoru kasumi kazue
kiyoko kumiko kyoko maiko makiko mami manami mao mariko masako mayu mayumi megumi midori miku minako minami misaki
mitsuko miwa miyuki momoko natsuki natsumi nanami nobuko noriko reiko rie rika riko rina sanae sayaka sayuri
setsuko shiori shizuka sumiko takako yoshiko yuka yukari yukiko yumi yumiko yuriko
lin ling ning qing rong tian xia xiu yun zhen zhi zhong cheng chun feng guang jia jiang kang liang peng qiu shan
sheng xiang xiao xue yao yue zhang zhao zhi jianguo jianhua guoqiang xiaoping weiming yichen xinyi yuting meiling
xiaoling lihua
ji-woo seo-jun ha-eun ji-ho do-yun hyun-woo sung-min jae-won young-ho jung-hoon min-seo su-bin ye-jin eun-ji hye-
jin ji-yeon soo-jin min-ji yeon-woo seung-hyun dong-hyun jin-woo sang-woo hyun-jin joon-ho kyung-soo mi-young
hoa ngoc hieu khanh quang trinh vinh
abebe alemayehu amare bekele biniam dawit girma haile kebede mekonnen mulugeta solomon tadesse tesfaye yohannes
abeba almaz genet hirut meseret selam tigist tsion
adewale adeyemi ayodele babajide chidi chukwudi ifeanyi ikenna kayode segun uche yemi femi funmi chioma amaka nneka
oluchi ebere bisi bolanle ronke titilayo adaobi
kwabena kwaku kwasi kojo akosua adwoa afia akua yaa efua esi
jabari kiprono mwangi njoroge ochieng odhiambo wairimu atieno nyambura faraji
mandla lungile nandi naledi busisiwe sibusiso siyabonga tshepo mpho karabo kabelo
oumar boubacar souleymane seydou modou lamine alassane fatoumata binta kadiatou ndeye
avi avraham asaf eitan elad eliyahu ilan itai itzhak moshe noam ofer omri oren raz ronen shai shimon shlomo uri
yaakov yair yehuda yitzhak yoav yonatan yosef ziv aviva dafna galit hadas liat limor michal moran noa orly rivka
sarit shira shoshana tamar tova yael yardena
jordi josep arnau oriol núria laia jaume pere ferran quim roser meritxell carme aina queralt martí biel lluís enric
sergi ignasi miquel bernat eulàlia mercè unai iñaki xabier mikel uxue andoni gorka asier eneko idoia garazi xoán uxía
brais antía xurxo itzel xóchitl citlali yaretzi
rhiannon cerys ffion carys bethan siân dafydd iwan owain gethin eleri lowri angharad catrin tomos osian emyr huw
gwyneth aled rhodri ioan ianto cadi efa llinos glenys dilys eirlys gwilym geraint meirion emrys elis
ailsa eilidh morag catriona euan ruaridh ruairidh calum lachlan murdo alasdair alastair alistair finlay struan
kirsteen morven shona mhairi moira rhona keir fergus
saoirse aisling caoimhe orla róisín clodagh gráinne eoin oisín ciarán darragh cathal pádraig fionn tadhg ronan
dónal cormac colm seán kieran aoibhinn ailbhe muireann sorcha deirdre brigid nuala mairéad siobhán eimear laoise
méabh caitlín tiernan clive
chinonso babatunde vihaan abdirahman abdullahi faduma ayaan mohamud yonas mehret tsega rafaela temitope kemi dayo
olufunmilayo noé bronagh iva
nataliia mariia oleksii vitalii svitlana tetiana wahid parwana mursal shukria ahmadullah rahaf rahim florin
`;

/**
 * Given names in Arabic script, with the spellings people type without the hamza ("احمد" beside "أحمد"). Arabic
 * script has no capitals, so outside a naming cue a name is found only by look-up. Names that are also everyday
 * words in unvowelled text are left out: "علي" (on me), "عمر" (age), "حسن" (good), "أمل" (hope), "نور" (light),
 * "سعيد" (happy), "كريم", "جميلة", "جمال", "كمال", "أمين", "سلام", "منى", "هدى", "هبة", "آية", "ملك", "أسماء"...
 */
const arabicScriptWords = `
محمد أحمد احمد محمود مصطفى يوسف إبراهيم ابراهيم خالد عبدالله عبدالرحمن عبدالعزيز طارق ياسين يحيى زكريا
إسماعيل اسماعيل موسى عيسى هشام وليد سامي رامي فادي ماجد ناصر فيصل زياد أيمن ايمن أنس انس حمزة بلال عثمان
سليمان داود مراد سمير عماد إياد اياد مازن نزار تامر شادي باسل مهدي معاذ صهيب أسامة اسامة وائل حسين ياسر
رضوان إدريس ادريس أيوب ايوب يونس هاني مهند قاسم جابر جعفر آدم نوح إلياس الياس سلمان لؤي أنور انور
فاطمة عائشة عايشة خديجة مريم زينب سارة ليلى ياسمين سلمى رانيا دينا هند لينا نادية سعاد سميرة رقية آمنة امنة
صفية حليمة نعيمة لبنى رشا ريم شيماء نسرين سوسن لمى تسنيم رغد غادة عبير منال وداد هالة نوال ليان تالا سيرين روان
أسيل اسيل ميار
عبد عبدالرحيم عبدالكريم عبدالفتاح عبداللطيف عبدالحميد عبدالمجيد عبدالقادر عبدالإله عبدالاله ليث هيثم منصور سعود فهد
نايف بندر مشعل حمد حمدان مروان عدنان غسان حازم حاتم عمرو أكرم اكرم أشرف اشرف لطفي عبيدة قصي همام يزن يامن بشار
معتز أنيس انيس حسام عصام خليل إسحاق اسحاق يعقوب هارون زيد ثامر فراس راكان
نورة نوره رنا دانة دانه أمينة امينة رهف لجين أريج اريج نجلاء هيفاء ريهام ريما فدوى إسراء اسراء مها هديل ريتاج
لولوة شيخة موزة عليا كوثر سهى رزان ريناد جوري لمياء يسرى بثينة سوزان
زايد ميسون حمود زكرياء مينا مارينا منة رضوى إيلي ايلي طوني ميشيل لارا ريتا رولا يارا عبدالصمد معتصم فتحي
متعب مشاري نواف طلال جاسم حسان مجدي حمدي رمزي فوزي صبري شكري عزت رفعت مدحت مأمون منذر معن عمار إيهاب
ايهاب رائف غازي مصعب سفيان جلال نعمان زهير أمجد امجد حيدر علاء حسني عاصم عبدالسلام عبدالرزاق
عبدالناصر عبدالوهاب عبدالغني عبدالحكيم عبدالمنعم عبدالهادي عبدالباسط عبدالجليل عبدالملك عبدالمحسن
عبدالرؤوف عبدالرحمان راجيش سونيل سانجاي جوزيف جورج بيتر ديفيد مايكل جون رحاب سلوى نجوى منيرة سمية
عزة نهى مروة أروى اروى غدير آلاء الاء بتول وئام غزلان فتيحة مليكة سكينة حفصة جيهان ميرفت نيرمين
شيرين داليا رغدة لانا ريان سجى ماريا بريا
عباس سامر بسام نادين ديما
`;

export const firstNames: TokenWordSet = new TokenWordSet(
  withUnaccentedForms(
    [...words.split(/\s+/), ...arabicScriptWords.split(/\s+/)].filter((word) => word.length > 1),
  ),
);

/**
 * Given names that are also everyday lower-case words in one of the six languages ("will", "grace", "rosa",
 * "pierre"). In capitals they are names as often as not; written lower-case they are read as words.
 */
export const givenNamesThatAreWords: TokenWordSet = new TokenWordSet(
  `
ace aline amber ola amir angel ante august basil beau belle beryl bill billy bob bobby bonnie brad brandy can carol
chad chase clay clement colleen crystal daisy dale dawn dean derrick destiny dirk don drew earl ed ester fang
felicity flora frank gene ginger glen grace grant guy harry harsh hazel heath heather hector holly homer hung
hunter iris ivy jack jade jasmine jasper jay jimmy john josh junior ken lance lane laurel lea lee lei lily long
lore mads marina mark martin mason matt max maxim meg melody mike miles min misty myrtle nick noel olive opal
pat patsy patty pearl penny per peter phoebe ping poppy randy ray rick rob robin rocky roger roman rose rosemary
ruby rune rusty said saki sally sandy savannah sawyer serge sherry sierra sonny sterling sue tamer terry tom
tony tor troy tucker van victor viola violet wade walker ward warren willow will may june april summer joy hope
faith art bud chance bond sky storm river page
rosa luz paz sol mar cruz pilar dolores amparo consuelo soledad esperanza rocío blanca clara alba aurora paloma
reina mercedes jesús ángel reyes nieves victoria gloria violeta mia leo ida mira alma vera fortunato felice
bruno franco santo serena celeste pia dulce graça glória vitória claire constance prudence marine céleste aimé
pierre jean ben jan olive rené ole kai dana dino
`
    .split(/\s+/)
    .filter((word) => word.length > 1),
);

/**
 * Arabic given names that are everyday words too ("علي" on me, "عمر" age, "حسن" good, "نور" light, "هدى"
 * guidance): left out of `firstNames`, they name someone only where a name is expected — after a relative ("زوجتي
 * نور") or as the father's or grandfather's name after a known given name ("مريم حسن إبراهيم").
 */
export const arabicGivenNamesThatAreWords: TokenWordSet = new TokenWordSet(
  `
علي عمر حسن أمل نور هدى سعيد سعيدة كريم كريمة جميل جميلة جمال كمال أمين امين أمينة امينة سلام منى هبة آية
اية ملك أسماء اسماء ندى رضا عادل زين فرح إيمان ايمان هاني فؤاد نبيل شريف رشيد منير بشير نصر فجر ربيع حياة
سماح نجاح فاضل طاهر عزيز صالح سالم راضي وفاء صفاء ضحى أنور انور ماجد حكيم لطيف صابر وعد غدير لين جود
صلاح سلطان بشرى ملاك وسام جنى
سعد تركي راشد لطيفة هيا جواهر شهد بدر سهام ابتسام انتصار حنان
هاجر زهرة حورية ربيعة وسيم كرم فارس غيث رمضان شعبان سامح عاطف ماهر نادر ممدوح دعاء
`
    .split(/\s+/)
    .filter((word) => word.length > 1),
);
