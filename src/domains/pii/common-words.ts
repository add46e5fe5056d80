/**
 * Capitalised words that are not names: sentence openers, pronouns, titles, calendar words and frequent
 * nouns in the six languages. A capitalised token found here never starts a guessed name.
 */

import { TokenWordSet } from "./scan.ts";

const words = `
i a an the this that these those there here it its he she we they you your my our his her their me him us them
what when where which who whom why how if then else and or but not no yes so as at by for from in into of on to
with without about after before between during under over up down out off again once all any both each few more
most other some such only own same than too very can will just should now also please thanks thank hello hi hey
dear regards best kind sincerely yours is are was were be been being have has had do does did may might must
shall would could let lets let's however therefore meanwhile moreover furthermore anyway
still well okay ok sorry sure first finally instead besides otherwise great perfect alright i'm i’m i'll i’ll i've i’ve i'd i’d
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december today tomorrow yesterday
mr mrs ms miss dr prof sir madam mister doctor patient client customer user team manager director officer
parent parents carer carers guardian guardians resident residents applicant applicants colleague colleagues
tenant tenants householder homeowner claimant recipient member members
iban bic swift
street st road rd avenue ave lane drive court place way boulevard suite apt apartment unit box floor building
company inc ltd llc corp group bank university school hospital ministry department office agency council
card credit account number phone email address name date birth age city country state zip code post
contact call ask tell meet visit write
le la les un une des du de et ou mais je tu il elle nous vous ils elles mon ma mes ton ta tes son sa ses notre
votre leur ce cette ces qui que quoi où quand comment pourquoi bonjour merci madame monsieur cher chère
el los las uno una unos unas del y o pero yo tú él ella nosotros vosotros ellos mi mis tu tus su sus este esta
estos estas quien que cuando donde como por porque hola gracias señor señora estimado estimada soy estoy
der die das ein eine einer und oder aber ich du er sie es wir ihr mein meine dein deine sein seine unser euer
meinen meiner meinem deiner deinem seiner seinem ihre ihrer ihrem unsere unserer unserem unseren
nuestro nuestra nos vos meus minhas nossa
wer was wann wo wie warum hallo danke herr frau sehr geehrte geehrter liebe lieber
o os um uma uns umas e ou mas eu tu ele ela nós vós eles elas meu minha teu tua seu sua nosso quem quando onde sou
cependant pourtant alors ensuite enfin entonces además luego pues dann doch jedoch trotzdem então porém contudo
depois como porque olá obrigado obrigada senhor senhora caro cara chamo-me chamo llamo heiße heisse appelle
uhr euro prozent jahr jahre jahren monat monate monaten woche wochen tag tage tagen stunde stunden minute minuten
`;

export const commonCapitalisedWords: TokenWordSet = new TokenWordSet(
  words.split(/\s+/).filter((word) => word.length > 0),
);
