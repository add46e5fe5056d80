/**
 * Given names across cultures (Anglophone, Romance, Germanic, Nordic, Slavic, Baltic, Hungarian, Greek,
 * Turkish, Arabic, Persian, South Asian, East Asian, African), stored lower-case for per-token look-up.
 */

import { TokenWordSet } from "./scan.ts";

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
`;

export const firstNames: TokenWordSet = new TokenWordSet(
  words.split(/\s+/).filter((word) => word.length > 1),
);
