import assert from "node:assert/strict";
import { test } from "node:test";
import { commonCapitalisedWords } from "./common-words.ts";
import { detectionsAsText } from "./detections-as-text.ts";
import { firstNames } from "./first-names.ts";
import { organisationAcronyms, organisationNames } from "./organisation-names.ts";
import { cityNames, countryNames, regionNames } from "./place-names.ts";
import { surnames } from "./surnames.ts";

const found = detectionsAsText;

function organisations(text: string): string[] {
  return found(text)
    .filter((entry) => entry.startsWith("ORGANIZATION:"))
    .map((entry) => entry.slice("ORGANIZATION:".length));
}

test("no listed organisation is a given name, a family name, a place or a common word", () => {
  const lists = { firstNames, surnames, cityNames, countryNames, regionNames, commonCapitalisedWords };
  const clashes: string[] = [];
  for (const name of organisationNames)
    for (const [list, words] of Object.entries(lists)) if (words.has(name)) clashes.push(`${name} (${list})`);
  assert.deepEqual(clashes, []);
  // Initialisms that are words ("who") are read only in capitals.
  for (const name of organisationAcronyms) assert.ok(!organisationNames.has(name), name);
});

test("well-known organisations are found by name, in several languages", () => {
  assert.deepEqual(organisations("Last year Siemens opened a plant near the river."), ["Siemens"]);
  assert.deepEqual(organisations("Elle a quitté Deutsche Bahn pour rejoindre Airbus."), [
    "Deutsche Bahn",
    "Airbus",
  ]);
  assert.deepEqual(organisations("Mi hermana trabajó para Telefónica y luego para Iberdrola."), [
    "Telefónica",
    "Iberdrola",
  ]);
  assert.deepEqual(organisations("Der Bericht von Procter & Gamble kam gestern."), ["Procter & Gamble"]);
  assert.deepEqual(organisations("O contrato com a Petrobras foi assinado."), ["Petrobras"]);
  assert.deepEqual(organisations("Allianz SE raised its forecast."), ["Allianz SE"]);
  assert.deepEqual(organisations("Google's CEO spoke first."), ["Google"]);
  assert.deepEqual(organisations("The WHO and the NHS published guidance."), ["WHO", "NHS"]);
  assert.deepEqual(organisations("A report from Bank of America arrived."), ["Bank of America"]);
});

test("listed names need their case: words and shouted text stay unmarked", () => {
  assert.deepEqual(organisations("Who is there? Just eat it."), []);
  assert.deepEqual(organisations("WHO IS THERE"), []);
  assert.deepEqual(organisations("La poste est fermée le dimanche."), []);
  assert.deepEqual(organisations("Red bull calves were sold at the fair."), []);
  // A naming cue makes a person, and a name inside a person's name stays the person's.
  assert.deepEqual(organisations("Dear Mr Boeing, thank you."), []);
  assert.deepEqual(organisations("New York City is large."), []);
});

test("one word with inner capitals is a firm, but not a family name with a particle", () => {
  assert.deepEqual(organisations("We sent the files through BrightLedger yesterday."), ["BrightLedger"]);
  assert.deepEqual(organisations("Ella usa QuantoSoft para las nóminas."), ["QuantoSoft"]);
  assert.deepEqual(organisations("Yesterday McAllister and DeVito met LeBlanc."), []);
  assert.deepEqual(organisations("She finished her PhD last year."), []);
});

test("unknown names listed beside an organisation are organisations; people, places and days stop the list", () => {
  assert.deepEqual(organisations("Its economy: Asc Partners, Corelogic and Avalara."), [
    "Asc Partners",
    "Corelogic",
    "Avalara",
  ]);
  assert.deepEqual(organisations("Firms: Pave, Hill Inc. and Importio."), ["Pave", "Hill Inc.", "Importio"]);
  assert.deepEqual(found("We met Acme Ltd, Alice and Bob."), [
    "ORGANIZATION:Acme Ltd",
    "PERSON:Alice",
    "PERSON:Bob",
  ]);
  assert.deepEqual(organisations("Acme Ltd, Paris and London."), ["Acme Ltd"]);
  assert.deepEqual(organisations("I bought it from Zentrino Ltd and Monday was fine."), ["Zentrino Ltd"]);
  // Short words in capitals beside one are codes: "GB NINO and NHS, CA SIN, FR NIR".
  assert.deepEqual(organisations("Identifiers: GB NINO and NHS, CA SIN, FR NIR."), ["NHS"]);
});

test("the capitalised words after an institution's label and its colon name the institution", () => {
  assert.deepEqual(
    organisations("Name: Priya Raghunathan | School: Kendriya Vidyalaya Pattom | Class: X-B"),
    ["Kendriya Vidyalaya Pattom"],
  );
  assert.deepEqual(organisations("Aluno: Kauã Santos | Escola: EMEF Jardim Ângela"), ["EMEF Jardim Ângela"]);
  // Without the colon the noun is a word of the sentence; a place or a given name after it is no institution.
  assert.deepEqual(organisations("After school Kendriya went home."), []);
  assert.deepEqual(organisations("School: Paris"), []);
});

test("an ampersand joins the words before an organisation suffix into one name", () => {
  assert.deepEqual(organisations("I called Whitfield Plumbing & Heating Ltd yesterday."), [
    "Whitfield Plumbing & Heating Ltd",
  ]);
  assert.deepEqual(organisations("Invoice from Smith & Sons Ltd."), ["Smith & Sons Ltd."]);
  assert.deepEqual(organisations("Smith & Jones called."), ["Smith & Jones"]);
});

test("Arabic banks, municipalities, colleges and institutes by the word before their name", () => {
  assert.deepEqual(organisations("يرجى التحويل إلى حسابي في مصرف الراجحي، الآيبان"), ["مصرف الراجحي"]);
  assert.deepEqual(organisations("بلدية دبي أرسلت لي رسالة"), ["بلدية دبي"]);
});

test("two family names joined by a hyphen, without a given name, name a firm", () => {
  assert.deepEqual(found("Looking to support Garcia-Roberson in its mission."), [
    "ORGANIZATION:Garcia-Roberson",
  ]);
  // A given name before it, or a given name first in it, makes a person's name.
  assert.deepEqual(found("Helena Bonham-Carter acted."), ["PERSON:Helena Bonham-Carter"]);
  assert.deepEqual(organisations("Jean-Paul called yesterday."), []);
});

test("a description says a capitalised name is a firm, in the six languages but Arabic", () => {
  assert.deepEqual(organisations("Norvalis is a Swiss multinational bank based in Zug."), ["Norvalis"]);
  assert.deepEqual(organisations("Tressa-Hollin is a logistics startup."), ["Tressa-Hollin"]);
  assert.deepEqual(organisations("Bravanor est une entreprise familiale."), ["Bravanor"]);
  assert.deepEqual(organisations("Quintelo es una empresa de software."), ["Quintelo"]);
  assert.deepEqual(organisations("Helmsrud ist ein Versicherer aus Kiel."), ["Helmsrud"]);
  assert.deepEqual(organisations("Ventrosa é uma seguradora."), ["Ventrosa"]);
  // People described by their work are not firms.
  assert.deepEqual(organisations("Marguerite is a company director."), []);
  assert.deepEqual(organisations("Okafor is a firm believer in rules."), []);
  assert.deepEqual(organisations("Lindqvist is a friend of the company."), []);
  assert.deepEqual(organisations("Paul est un chef d'entreprise."), []);
});

test("a job or a leading role before 'at', 'chez', 'bei', 'of' names the employer", () => {
  assert.deepEqual(organisations("She is a data analyst at Korvex now."), ["Korvex"]);
  assert.deepEqual(organisations("Il est ingénieur chez Valmorin depuis mars."), ["Valmorin"]);
  assert.deepEqual(organisations("Sie ist Entwicklerin bei Brandtwerk in Köln."), ["Brandtwerk"]);
  assert.deepEqual(organisations("Ele é engenheiro na Solvaria."), ["Solvaria"]);
  assert.deepEqual(organisations("The founder of Zentrico spoke."), ["Zentrico"]);
  assert.deepEqual(organisations("El fundador de Lumbrera habló ayer."), ["Lumbrera"]);
  // Places and people after the same words are not employers.
  assert.deepEqual(organisations("She is an engineer at home today."), []);
  assert.deepEqual(organisations("He was a manager at London Bridge station."), []);
  assert.deepEqual(organisations("I met the founder of Anna's bakery."), []);
  assert.deepEqual(organisations("Ingeniero en Sistemas, titulado."), []);
});

test("a noun or a label of a firm before a name", () => {
  assert.deepEqual(organisations("Trabajo para la empresa Norteval desde 2019."), ["Norteval"]);
  assert.deepEqual(organisations("Ich arbeite für die Firma Kesselbrink."), ["Kesselbrink"]);
  assert.deepEqual(organisations("J'ai rejoint l'entreprise Marvaux en mai."), ["Marvaux"]);
  assert.deepEqual(organisations("Employer: Dalworth"), ["Dalworth"]);
  assert.deepEqual(organisations("The company Paris opened is closed."), []);
  assert.deepEqual(organisations("I kept the company Anna gave me."), []);
});

test("a listed issuer before 'number' labels the number, it is not named as an organisation", () => {
  assert.deepEqual(organisations("Her NHS number is on the letter."), []);
  assert.deepEqual(organisations("Indique su número de la Seguridad Social y el NHS."), [
    "Seguridad Social",
    "NHS",
  ]);
});

test("capitalised words after a person and 'of', or owning a person, are where the person works", () => {
  assert.deepEqual(organisations("The award goes to Abby Holloway of Opencounter."), ["Opencounter"]);
  assert.deepEqual(organisations("Bridgewater's Parker Suknović joined the panel."), ["Bridgewater"]);
  assert.deepEqual(organisations("Evans-Bonilla's Tânia Souza opened the meeting."), ["Evans-Bonilla"]);
  // The organisation's possessive stays outside it.
  assert.deepEqual(organisations("We thank Jane Doe of Northwind's garden."), ["Northwind"]);
  // A known place stays a place; an everyday word or a lower-case word after "of" is no organisation.
  assert.ok(found("Maria Silva of Lisbon attended.").includes("LOCATION:Lisbon"));
  assert.deepEqual(organisations("Maria Silva of Lisbon attended."), []);
  assert.deepEqual(organisations("Vilma Holm of Here is the CEO."), []);
  assert.deepEqual(organisations("I met Jane Smith of the council."), []);
  assert.deepEqual(organisations("The Mayor's Jane Smith spoke."), []);
  // "from" as "of": "this is Tom Hill from Zentrino"; a known place after it stays a place.
  assert.deepEqual(organisations("Hi, this is Tom Hill from Zentrino, calling about your claim."), [
    "Zentrino",
  ]);
  assert.deepEqual(organisations("Anna Berg from London called."), []);
});

test("schools, clinics and hospices named after someone are organisations, in the six languages", () => {
  for (const [text, organisation] of [
    ["I study at Queen Elizabeth School.", "Queen Elizabeth School"],
    ["Marie Curie Hospice called.", "Marie Curie Hospice"],
    ["Ich war im Städtischen Krankenhaus.", "Städtischen Krankenhaus"],
    ["Elle est au Lycée Victor Hugo.", "Lycée Victor Hugo"],
    ["Mi hijo va a la Escuela Benito Juárez.", "Escuela Benito Juárez"],
    ["Estuda no Colégio Pedro II.", "Colégio Pedro II"],
    // Written in lower case, the article elided in French: the institution's word opens the name all the same.
    ["Il est scolarisé au collège Jean Moulin depuis mai.", "collège Jean Moulin"],
    ["Elle a été hospitalisée à l'hôpital Pasteur.", "hôpital Pasteur"],
    ["Il est à l’école Jules Ferry.", "école Jules Ferry"],
    ["Mi hijo va a la escuela Benito Juárez.", "escuela Benito Juárez"],
    // German compounds: "Gesamtschule Nord", "Finanzamt Köln-Mitte".
    ["Er besucht die Gesamtschule Nord.", "Gesamtschule Nord"],
    ["Das Finanzamt Köln-Mitte schreibt.", "Finanzamt Köln-Mitte"],
  ] as const) {
    assert.deepEqual(organisations(text), [organisation], text);
    assert.ok(!found(text).some((entry) => entry.startsWith("PERSON:")), text);
  }
  // A sentence's period after a suffix is no part of the name; an abbreviation's is.
  assert.deepEqual(organisations("He was treated at Princess Alexandra Hospital."), [
    "Princess Alexandra Hospital",
  ]);
  assert.deepEqual(organisations("She works for Zentrino Ltd."), ["Zentrino Ltd."]);
  assert.deepEqual(organisations("Il va à l'école demain."), []);
  // An article after the prefix's link word: "Banco de la Nación", "Ministerio de la Presidencia".
  assert.deepEqual(organisations("The Banco de la Nación paid."), ["Banco de la Nación"]);
});

test("infirmaries, primary schools, nurseries, centres and surgeries by their suffix; suffixes in a row", () => {
  for (const [text, organisation] of [
    ["She was discharged from Royal Victoria Infirmary on Monday.", "Royal Victoria Infirmary"],
    ["He moved to Greenway Primary School in May.", "Greenway Primary School"],
    ["The move from St Joseph's Primary was hard.", "St Joseph's Primary"],
    ["Little Acorns Nursery has a place.", "Little Acorns Nursery"],
    ["Our GP is at Riverside Medical Centre now.", "Riverside Medical Centre"],
    ["He works at the Kennedy Center these days.", "Kennedy Center"],
    ["It is run by Streetcred Software Inc. today.", "Streetcred Software Inc."],
  ] as const) {
    assert.deepEqual(organisations(text), [organisation], text);
  }
  assert.deepEqual(organisations("The Exversion Orchestra was founded in 1977."), ["Exversion Orchestra"]);
  // Utilities and ombudsmen; a utility's word inside a longer name reads on to its last suffix.
  assert.deepEqual(organisations("We contacted British Gas and Thames Water about the arrears."), [
    "British Gas",
    "Thames Water",
  ]);
  assert.deepEqual(organisations("Anglian Water Services sent a bill."), ["Anglian Water Services"]);
  assert.deepEqual(organisations("The Housing Ombudsman can look into it."), ["Housing Ombudsman"]);
  // One plain word before "Centre" or "Surgery" names a kind of place or service.
  assert.deepEqual(organisations("Parking in the Town Centre is free."), []);
  assert.deepEqual(organisations("She had Cosmetic Surgery last year."), []);
  assert.deepEqual(organisations("She starts at Little Acorns Montessori in Galway."), [
    "Little Acorns Montessori",
  ]);
  assert.deepEqual(organisations("Sunshine Kindergarten called back."), ["Sunshine Kindergarten"]);
});

test("town halls, prefectures and hospitals of a place; a name going on after 'de' or 'of'", () => {
  for (const [text, organisation] of [
    ["Cordialement,\nJean-Baptiste Morel\nMairie de Nantes", "Mairie de Nantes"],
    ["Il a été transféré au CHU de Bordeaux hier.", "CHU de Bordeaux"],
    ["El Ayuntamiento de Sevilla responde.", "Ayuntamiento de Sevilla"],
    ["A Câmara Municipal de Braga informa.", "Câmara Municipal de Braga"],
    ["Ele frequenta a Escola Básica de Alvalade.", "Escola Básica de Alvalade"],
    ["Funded by the Ministry of Health of Brazil.", "Ministry of Health of Brazil"],
  ] as const) {
    assert.deepEqual(organisations(text), [organisation], text);
  }
  // Local authorities name their kind of area between the place and the suffix.
  assert.deepEqual(organisations("It was forwarded to Leeds City Council."), ["Leeds City Council"]);
  assert.deepEqual(organisations("Kent County Council wrote back."), ["Kent County Council"]);
  assert.deepEqual(organisations("Oxford University Hospitals replied."), ["Oxford University Hospitals"]);
  // A street the institution is named after: the institution, not an address.
  assert.deepEqual(found("My GP is at Mill Lane Surgery in Leeds."), [
    "ORGANIZATION:Mill Lane Surgery",
    "LOCATION:Leeds",
  ]);
  assert.deepEqual(found("I live on Mill Lane in Leeds."), ["STREET_ADDRESS:Mill Lane", "LOCATION:Leeds"]);
  // "Great", an everyday word, opens such names ("Great, thanks" does not).
  assert.deepEqual(organisations("She was treated at Great Ormond Street Hospital."), [
    "Great Ormond Street Hospital",
  ]);
  assert.deepEqual(organisations("Great, Acme Ltd called back."), ["Acme Ltd"]);
  assert.deepEqual(found("We live in Leeds City centre."), ["LOCATION:Leeds"]);
  // Names of ministries with "and": "Department for Work and Pensions", "Ministerio de Trabajo y Economía Social".
  assert.deepEqual(organisations("The Department for Work and Pensions wrote."), [
    "Department for Work and Pensions",
  ]);
  assert.deepEqual(organisations("Ministerio de Trabajo y Economía Social"), [
    "Ministerio de Trabajo y Economía Social",
  ]);
  assert.deepEqual(found("I studied at the University of Leeds and Maria did too."), [
    "ORGANIZATION:University of Leeds",
    "PERSON:Maria",
  ]);
  // "for" names whom the organisation serves: the name after it is someone else.
  assert.deepEqual(found("A letter from the Bank of England for Jane."), [
    "ORGANIZATION:Bank of England",
    "PERSON:Jane",
  ]);
});

test("capitalised words right before an address and its comma are the place it belongs to", () => {
  assert.deepEqual(organisations("We'll meet Monday at Zentrino, 0896 Farnell Street, Leeds."), ["Zentrino"]);
  assert.deepEqual(organisations("Meet at Riverside Surgery, 12 High Street."), ["Riverside Surgery"]);
  // A weekday, a known place or a person before the comma stays what it is.
  assert.deepEqual(organisations("See you Monday, 12 Oak Street at noon."), []);
  assert.deepEqual(organisations("Springfield, 12 Oak Street is the place."), []);
  assert.deepEqual(organisations("Dear Anna, 12 Oak Street is ready."), []);
});

test("a name described as a United States non-profit, 'a 501(c)(3)', is an organisation", () => {
  assert.deepEqual(organisations("Founded in 2010, Zenquora is a 501(c)(3) that invites young writers."), [
    "Zenquora",
  ]);
  assert.deepEqual(organisations("Weeks-Rivas is a 501(c)3 serving the county."), ["Weeks-Rivas"]);
  // A person described by their work for one is still a person.
  assert.deepEqual(organisations("Maria Lopez is a 501(c)3 volunteer."), []);
});

test("an Arabic organisation's name runs over its definite words and a ruler's name, to a preposition or time", () => {
  for (const [text, expected] of [
    ["موعدي في مستشفى الملك فيصل التخصصي", "مستشفى الملك فيصل التخصصي"],
    ["جامعة الملك سعود في الرياض", "جامعة الملك سعود"],
    ["مستشفى القصر العيني", "مستشفى القصر العيني"],
    ["مدرسة الأمل الابتدائية", "مدرسة الأمل الابتدائية"],
    ["مستشفى الأميري الأسبوع الماضي", "مستشفى الأميري"],
  ])
    assert.deepEqual(organisations(text!), [expected], text);
  // The ruler's name is part of the institution's, no person.
  assert.ok(!found("مستشفى الملك فهد").some((entry) => entry.startsWith("PERSON:")));
});

test("a German institution named by where it stands: 'Grundschule am Park', 'Klinikum rechts der Isar'", () => {
  for (const [text, expected] of [
    ["Meine Tochter geht in die Grundschule am Park.", "Grundschule am Park"],
    ["Ich bin Patient im Klinikum rechts der Isar.", "Klinikum rechts der Isar"],
    ["Er besucht das Gymnasium an der Ruhr in Essen.", "Gymnasium an der Ruhr"],
  ])
    assert.deepEqual(organisations(text!), [expected], text);
  // "Park" is no person there; "in Köln" without an article says where the bank is, not its name.
  assert.ok(
    !found("Meine Tochter geht in die Grundschule am Park.").some((entry) => entry.startsWith("PERSON:")),
  );
  assert.deepEqual(organisations("Die Stadtsparkasse in Köln hat zu."), []);
});

test("an institution for a group ('Women's Hospital') and a saint's name with a possessive are organisations", () => {
  assert.deepEqual(organisations("born at Birmingham Women's Hospital"), ["Birmingham Women's Hospital"]);
  assert.deepEqual(organisations("Boston Children's Hospital"), ["Boston Children's Hospital"]);
  // The possessive ending is left out, as after any name.
  assert.deepEqual(organisations("My MRN is 00483921 at St Mary's."), ["St Mary"]);
  assert.ok(!found("My MRN is 00483921 at St Mary's.").some((entry) => entry.startsWith("PERSON:")));
  // A holiday named after a saint is neither.
  assert.deepEqual(found("St Patrick's Day parade"), []);
});

test("a saint's name ending in 's' owns with the apostrophe alone: 'St Thomas' Hospital'", () => {
  assert.deepEqual(found("The appointment is at St Thomas' Hospital, Westminster Bridge Road."), [
    "ORGANIZATION:St Thomas' Hospital",
  ]);
  assert.deepEqual(found("We met at St James' Park on Sunday."), [
    "ORGANIZATION:St James",
    "DATE_TIME:Sunday",
  ]);
  // Without the saint, the owner is a person as before.
  assert.deepEqual(found("Thomas' car was stolen."), ["PERSON:Thomas"]);
});

test("'Home' ends an institution's name after a word of care; a whole word's period is the sentence's", () => {
  assert.deepEqual(organisations("My grandmother lives at Rosewood Care Home, Bath."), [
    "Rosewood Care Home",
  ]);
  assert.deepEqual(organisations("She moved into Oakwood Nursing Home in May."), ["Oakwood Nursing Home"]);
  assert.deepEqual(organisations("Welcome Home, everyone."), []);
  // "Ltd." keeps its period; "Home." and "Bank." end the sentence.
  assert.deepEqual(organisations("Contact Acme Ltd. today."), ["Acme Ltd."]);
  assert.deepEqual(organisations("He stayed at the Children's Home."), ["Children's Home"]);
});

test("a saint's name owning nothing after a place preposition is a town: 'in St Helens', 'to St. Ives'", () => {
  assert.deepEqual(found("My mum passed away in St Helens."), ["LOCATION:St Helens"]);
  assert.deepEqual(found("We moved to St Albans last year."), ["LOCATION:St Albans"]);
  assert.deepEqual(found("She lives in St. Ives, Cornwall."), ["LOCATION:St. Ives", "LOCATION:Cornwall"]);
  // Owning something, it is an institution.
  assert.deepEqual(found("She went to St Thomas' Hospital."), ["ORGANIZATION:St Thomas' Hospital"]);
  assert.deepEqual(found("He was treated at St Mary's."), ["ORGANIZATION:St Mary"]);
});

test("a name listed beside an organisation is not a street's name before its road word", () => {
  assert.deepEqual(organisations("Contact Acme Ltd, Westminster Bridge Road."), ["Acme Ltd"]);
  assert.deepEqual(organisations("Contact Acme Ltd, Barclays and Lloyds."), [
    "Acme Ltd",
    "Barclays",
    "Lloyds",
  ]);
  // Nor is a field of medicine listed beside one: it is a department.
  assert.deepEqual(organisations("Contact: Dr. Mei-Ling Chen, Pediatrics, Kaiser Permanente Oakland"), [
    "Kaiser Permanente",
  ]);
  assert.deepEqual(organisations("Siemens, Cardiology and Oncology"), ["Siemens"]);
  // Nor is the label of a number after it.
  assert.deepEqual(organisations("Ich bin Studentin an der Universität Wien, Matrikelnummer 01234567."), [
    "Universität Wien",
  ]);
});

test("an Arabic institution's word with a preposition joined to it opens its name; the ministry a request goes to does not", () => {
  assert.deepEqual(organisations("موعد في عيادة الأطفال بمستشفى الملك خالد."), ["مستشفى الملك خالد"]);
  assert.deepEqual(organisations("زوجته تعمل بجامعة القاهرة"), ["جامعة القاهرة"]);
  assert.deepEqual(organisations("تم تحديث دليل الخدمات لوزارة الصحة"), []);
  assert.deepEqual(organisations("ذهبت بمستشفى في المدينة"), []);
});

test("a given name after 'St.' is a saint's: a town, or with an institution's word before it, the institution", () => {
  assert.deepEqual(found("I moved to St. Louis last year"), ["LOCATION:St. Louis"]);
  assert.deepEqual(found("wohnt im Seniorenheim St. Josef in Bochum"), [
    "ORGANIZATION:Seniorenheim St. Josef",
    "LOCATION:Bochum",
  ]);
  assert.deepEqual(organisations("Sie lebt im Pflegeheim Sonnenhof in Köln."), ["Pflegeheim Sonnenhof"]);
  // Letters run into digits after a place preposition are a code ("en CM2"), no place.
  assert.deepEqual(found("Mon fils Lucas Petit est en CM2 à l'école."), ["PERSON:Lucas Petit"]);
});

test("legal forms with periods between their letters, or after a comma, end a firm's name", () => {
  assert.deepEqual(organisations("Trabajo en Construcciones Pérez S.L. en Valencia."), [
    "Construcciones Pérez S.L.",
  ]);
  assert.deepEqual(organisations("Trabalho na Padaria Central, Lda. em Braga."), ["Padaria Central, Lda."]);
  assert.deepEqual(organisations("Contact Acme, Inc. today"), ["Acme, Inc."]);
  // Initials of a person are no legal form; a court's abbreviation before its town is none either.
  assert.deepEqual(found("J. R. R. Tolkien wrote it"), ["PERSON:J. R. R. Tolkien"]);
  assert.deepEqual(organisations("Ich arbeite bei Schmidt, AG Köln"), ["Schmidt"]);
  assert.deepEqual(organisations("Der Kindergarten Sonnenschein ist geschlossen."), [
    "Kindergarten Sonnenschein",
  ]);
});

test("a one-word firm's name before a known given or family name is a given name", () => {
  assert.deepEqual(found("the birth certificate of my daughter, Zara Ahmed, born in Leeds"), [
    "PERSON:Zara Ahmed",
    "LOCATION:Leeds",
  ]);
  assert.deepEqual(organisations("I bought it at Zara yesterday"), ["Zara"]);
});

test("a saint's name owns the whole institution up to its last suffix word", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(organisations("Mum was discharged from St James's University Hospital on Monday."), [
    "ORGANIZATION:St James's University Hospital",
  ]);
  assert.deepEqual(organisations("He attends St Mary's Catholic High School."), [
    "ORGANIZATION:St Mary's Catholic High School",
  ]);
  assert.deepEqual(organisations("St Peter's Church of England Primary School is closed."), [
    "ORGANIZATION:St Peter's Church of England Primary School",
  ]);
  // Without a suffix word after it, the saint's name alone stands for the place.
  assert.deepEqual(organisations("She is at St Mary's Catholic now."), ["ORGANIZATION:St Mary"]);
});

test("health centres, names that open with a capitalised article, and a public body's initials with its territory", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  const cases: [string, string][] = [
    ["Mi hijo tiene cita en el Centro de Salud La Paz el martes.", "ORGANIZATION:Centro de Salud La Paz"],
    ["Vou ao Centro de Saúde de Alvalade amanhã.", "ORGANIZATION:Centro de Saúde de Alvalade"],
    ["Rendez-vous au Centre de santé Les Lilas.", "ORGANIZATION:Centre de santé Les Lilas"],
    ["Me derivaron al Hospital Universitario La Paz.", "ORGANIZATION:Hospital Universitario La Paz"],
    ["Le dossier est à la CPAM de Paris depuis mars.", "ORGANIZATION:CPAM de Paris"],
  ];
  for (const [text, expected] of cases) assert.deepEqual(organisations(text), [expected], text);
  // "San Blas" after the health centre's words is its name, not a person's.
  assert.deepEqual(organisations("Estoy en el Centro de Salud San Blas."), [
    "ORGANIZATION:Centro de Salud San Blas",
  ]);
  assert.ok(!found("Estoy en el Centro de Salud San Blas.").some((entry) => entry.startsWith("PERSON:")));
  // A lower-case word after a listed firm is no family name that would make the firm a given name.
  assert.deepEqual(organisations("Trabajo en IBM de lunes a viernes."), ["ORGANIZATION:IBM"]);
  // A place word after the initials that is no known place stays out.
  assert.deepEqual(organisations("La CAF de Marie a répondu."), ["ORGANIZATION:CAF"]);
});

test("a surgery or centre named by one word after 'at'; a role's department beside a firm is no firm", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(organisations("His GP is Dr Patel at Highfield Surgery."), [
    "ORGANIZATION:Highfield Surgery",
  ]);
  assert.deepEqual(organisations("We meet at the Leisure Centre on Fridays."), []);
  assert.deepEqual(organisations("After Brain Surgery he rested."), []);
  assert.deepEqual(
    organisations("Please forward this to Dr. Emily Carter, Head of Safeguarding, Riverside Academy Trust."),
    ["ORGANIZATION:Riverside Academy Trust"],
  );
  // Names listed beside a firm are still firms.
  assert.deepEqual(organisations("We'll meet at Asc Partners, Corelogic and Avalara."), [
    "ORGANIZATION:Asc Partners",
    "ORGANIZATION:Corelogic",
    "ORGANIZATION:Avalara",
  ]);
});

test("a second suffix after 'and', and a listed firm's country branch, are part of the organisation", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(organisations("I studied at Dayanand Medical College and Hospital in Ludhiana."), [
    "ORGANIZATION:Dayanand Medical College and Hospital",
  ]);
  assert.deepEqual(organisations("Mon compte chez ING Belgique est bloqué."), ["ORGANIZATION:ING Belgique"]);
  // A country after a preposition, or a person after "and", stays apart.
  assert.deepEqual(organisations("I work for IBM in France."), ["ORGANIZATION:IBM"]);
  assert.deepEqual(organisations("We met at the Royal Hospital and Maria waved."), [
    "ORGANIZATION:Royal Hospital",
  ]);
});

test("a name owning an institution is its name; a letter's closing is no firm; a firm's region is its branch", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(organisations("Please call Dr Amara Nwosu at Guy's Hospital on Monday."), [
    "ORGANIZATION:Guy's Hospital",
  ]);
  assert.deepEqual(organisations("I was treated at Addenbrooke's Hospital."), [
    "ORGANIZATION:Addenbrooke's Hospital",
  ]);
  assert.deepEqual(organisations("Go to Queen's Medical Centre."), ["ORGANIZATION:Queen's Medical Centre"]);
  assert.deepEqual(organisations("I left it at John's house."), []);
  assert.ok(!found("I was treated at Guy's Hospital.").some((entry) => entry.startsWith("PERSON:")));
  assert.deepEqual(organisations("Atentamente, Ayuntamiento de Zaragoza."), [
    "ORGANIZATION:Ayuntamiento de Zaragoza",
  ]);
  assert.deepEqual(organisations("Meine Krankenkasse ist die AOK Bayern."), ["ORGANIZATION:AOK Bayern"]);
});

test("a university's initials and its city; in German text a noun after a comma is no firm listed", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(
    organisations("Ich gebe Nachhilfe, Student an der TU Dortmund, Profil unter https://www.xing.com"),
    ["ORGANIZATION:TU Dortmund"],
  );
  assert.deepEqual(organisations("Sou estudante de Engenharia na UFMG."), ["ORGANIZATION:UFMG"]);
  // "Tu" in French is "you".
  assert.deepEqual(organisations("Tu es là ?"), []);
});

test("Spanish and Portuguese schools and health units by their initials", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(organisations("Alumno: Diego Torres, 14 años, IES Cervantes (Toledo)."), [
    "ORGANIZATION:IES Cervantes",
  ]);
  assert.deepEqual(organisations("Mi hijo va al CEIP Miguel Hernández."), [
    "ORGANIZATION:CEIP Miguel Hernández",
  ]);
  assert.deepEqual(organisations("Estou inscrito na USF Ramalde."), ["ORGANIZATION:USF Ramalde"]);
  assert.ok(!found("Mi hijo va al CEIP Miguel Hernández.").some((entry) => entry.startsWith("PERSON:")));
});

test("an elementary school by its suffix; a landlord's role before a name; benefit programmes are no organisations", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(organisations("Hi, this is Darnell Washington from Cedar Ridge Elementary; call me."), [
    "ORGANIZATION:Cedar Ridge Elementary",
  ]);
  assert.ok(found("Landlord Gary Kowalski has not fixed the heat.").includes("PERSON:Gary Kowalski"));
  assert.deepEqual(organisations("My kids need new Medicaid cards; Medicare rebates apply."), []);
});

test("a name owns an institution only when it is one: 'Sarah's Birthday Party' is hers", () => {
  assert.ok(found("It was Sarah's Birthday Party yesterday.").includes("PERSON:Sarah"));
  assert.deepEqual(found("I borrowed John's Company car yesterday."), ["PERSON:John"]);
  assert.ok(found("I was treated at Guy's Hospital.").includes("ORGANIZATION:Guy's Hospital"));
});

test("a town's utilities by their prefix; 'FAO' opening a letter's address line is no organisation", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(organisations("z. Hd. Herrn Stefan Meier, Stadtwerke Bochum"), [
    "ORGANIZATION:Stadtwerke Bochum",
  ]);
  assert.deepEqual(organisations("FAO: Mr J. Whitaker, Housing Options"), []);
});

test("health posts and units open a name like health centres: 'Posto de Saúde', 'Unidad de Salud'", () => {
  const organisations = (text: string) => found(text).filter((entry) => entry.startsWith("ORGANIZATION:"));
  assert.deepEqual(organisations("O atendimento no Posto de Saúde Vila Nova foi marcado."), [
    "ORGANIZATION:Posto de Saúde Vila Nova",
  ]);
  assert.deepEqual(organisations("Me atienden en la Unidad de Salud Mental Norte."), [
    "ORGANIZATION:Unidad de Salud Mental Norte",
  ]);
  assert.deepEqual(organisations("Parei no posto de gasolina."), []);
});

test("Brazil's municipal schools by their initials, even when named after a person: 'EMEF Paulo Freire'", () => {
  assert.deepEqual(organisations("Aluno: Pedro Henrique Lima, 9º ano, turma B, EMEF Paulo Freire."), [
    "EMEF Paulo Freire",
  ]);
  assert.deepEqual(organisations("Minha filha estuda na EMEI Monteiro Lobato."), ["EMEI Monteiro Lobato"]);
});

test("a job before a comma is no title: what follows is the employer, a job centre by its prefix", () => {
  assert.deepEqual(found("Sachbearbeiterin, Jobcenter Dortmund"), ["ORGANIZATION:Jobcenter Dortmund"]);
  assert.deepEqual(found("Housing Officer, Jobcentre Croydon"), ["ORGANIZATION:Jobcentre Croydon"]);
  assert.deepEqual(
    found("Housing Officer, Acme Plus Croydon").filter((entry) => entry.startsWith("PERSON:")),
    [],
  );
  // Right before a name, the rank is a title still.
  assert.deepEqual(found("Officer Daniels arrived."), ["PERSON:Daniels"]);
});

test("social, care, health and teaching jobs listed beside a name and an employer are no organisation", () => {
  assert.deepEqual(
    found("Atentamente, Lcda. Rocío Sanabria Ortega, Trabajadora Social, Ayuntamiento de Córdoba"),
    ["PERSON:Rocío Sanabria Ortega", "ORGANIZATION:Ayuntamiento de Córdoba"],
  );
  assert.deepEqual(found("Jane Doe, Social Worker, Leeds City Council"), [
    "PERSON:Jane Doe",
    "ORGANIZATION:Leeds City Council",
  ]);
});

test("a firm before the job of the person named after it: 'Locavore songwriter Jennifer Umkhayev'", () => {
  assert.deepEqual(found("Locavore songwriter Jennifer Umkhayev employs corporate lingo"), [
    "ORGANIZATION:Locavore",
    "PERSON:Jennifer Umkhayev",
  ]);
  assert.deepEqual(found("Hellowallet songwriter Margarot employs corporate lingo"), [
    "ORGANIZATION:Hellowallet",
    "PERSON:Margarot",
  ]);
  // Without a name after the job, the word before it is no firm.
  assert.deepEqual(found("Zanuko engineer said hi"), []);
});

test("an elided French article inside an institution's name: 'Ministère de l'Intérieur', 'Musée d'Orsay'", () => {
  assert.deepEqual(found("J'ai écrit au Ministère de l'Intérieur et à la préfecture de Nantes."), [
    "ORGANIZATION:Ministère de l'Intérieur",
    "LOCATION:Nantes",
  ]);
  assert.deepEqual(found("Le Musée d'Orsay est fermé."), ["ORGANIZATION:Musée d'Orsay"]);
});

test("council services written in capitals are nobody's: 'Free School Meals', 'Green Waste', 'in Reception'", () => {
  assert.deepEqual(found("Free School Meals are available to pupils in Reception, Year 1 and Year 2."), []);
  assert.deepEqual(
    found("Green Waste subscriptions renew every April.").filter((entry) => !entry.startsWith("DATE")),
    [],
  );
  // The school itself, and a team of it, stay an organisation.
  assert.deepEqual(found("Oakfield Primary School Support Team"), ["ORGANIZATION:Oakfield Primary School"]);
  assert.deepEqual(found("Anna Green called."), ["PERSON:Anna Green"]);
});

test("offices, events, web addresses and an office's hours are nobody's", () => {
  assert.deepEqual(
    found("Prime Minister's Questions takes place every Wednesday.").filter((e) => !e.startsWith("DATE")),
    [],
  );
  assert.deepEqual(found("The Chief Executive said no."), []);
  assert.deepEqual(found("Black History Month events at Central Library."), []);
  assert.deepEqual(found("Check your State Pension age on GOV.UK."), []);
  assert.deepEqual(found("La Oficina de Atención Ciudadana atiende de lunes a viernes."), []);
  // A name typed against its title, and a person's possessive, still are names.
  assert.deepEqual(found("Dr.Smith called"), ["PERSON:Smith"]);
  assert.deepEqual(found("Zanuko Ubul's mother called"), ["PERSON:Zanuko Ubul"]);
});

test("a GP's practice named by two words before 'Practice'", () => {
  assert.deepEqual(organisations("My GP is at Lister Medical Practice."), ["Lister Medical Practice"]);
  for (const text of ["Her dental practice is nearby.", "Good Practice is key."])
    assert.deepEqual(organisations(text), [], text);
});

test("a word before a number after a person and 'from' is a room or unit, not a firm; an estate is no person", () => {
  const text =
    "Hi there, this is Wei Zhang from Room 204, Block C, Sunshine Estate. My phone is +852 9123 4567.";
  assert.deepEqual(organisations(text), []);
  assert.ok(!found(text).includes("PERSON:Sunshine Estate"), found(text).join(" | "));
  assert.deepEqual(organisations("This is Zoe Young from Acme, how can I help?"), ["Acme"]);
});
