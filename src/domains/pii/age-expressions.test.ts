import assert from "node:assert/strict";
import { test } from "node:test";
import { detectionsAsText } from "./detections-as-text.ts";

function ages(text: string): string[] {
  return detectionsAsText(text).filter((entry) => entry.startsWith("AGE:"));
}

function assertAges(cases: readonly (readonly [string, readonly string[]])[]): void {
  for (const [text, expected] of cases)
    assert.deepEqual(
      ages(text),
      expected.map((age) => `AGE:${age}`),
      text,
    );
}

test("a relative and a verb of age before a number: 'my daughter is 12', 'mon fils a 6 ans'", () => {
  assertAges([
    // The relative's name may stand between them.
    ["My son Lukas is 6.", ["6"]],
    ["mein sohn lukas ist 6", ["6"]],
    ["my son really is 6 feet tall", []],
    ["My son is 7 years old and my daughter is 12.", ["7", "12"]],
    ["J'ai 34 ans et mon fils a 6 ans.", ["34 ans", "6 ans"]],
    ["Meine Tochter ist 9, mein Sohn wird 12.", ["9", "12"]],
  ]);
});

test("a relative in apposition: 'Mi madre, de 81 años,', 'Mein Vater (78)', 'a minha avó, com 90 anos,'", () => {
  assertAges([
    ["Lives with her daughter (Chloe, 16) in a council flat.", ["16"]],
    ["Lives with (Chloe, Ben) now.", []],
    // A person's sex before the number gives it as their age.
    ["Medical history: patient (female, 44) presented with chest pain.", ["44"]],
    // Arabic: after a known given name or a relative, with the Arabic comma too; a duration elsewhere.
    ["أرجو تحديد موعد لابني يوسف (7 سنوات) في عيادة الأطفال.", ["7 سنوات"]],
    ["ابنتي سلمى، 5 سنوات، مريضة", ["5 سنوات"]],
    ["ذهبت إلى المدينة (7 سنوات) هناك", []],
    ["Mi madre, de 81 años, vive sola.", ["81 años"]],
    ["Mein Vater (78) wohnt allein.", ["78"]],
    ["A minha avó, com 90 anos, precisa de apoio.", ["90 anos"]],
    ["ma grand-mère, 88 ans, vit seule.", ["88 ans"]],
    ["My father, 74, lives alone.", ["74"]],
    // Case notes write the sex right after the number.
    ["Pt: Mrs J. Okafor, 54F, DOB 3/4/1970", ["54"]],
    ["John Smith, 67M, chest pain", ["67"]],
    ["Room 12, 5FG, east wing", []],
  ]);
});

test("a person and 'de' before the years: 'mon fils de 7 ans', 'una mujer de 45 años'", () => {
  assertAges([
    ["mon fils de 7 ans va à l'école", ["7 ans"]],
    ["une femme de 45 ans", ["45 ans"]],
    ["retraité de 70 ans, je vis seul", ["70 ans"]],
    ["mi hijo de 7 años", ["7 años"]],
    ["uma mulher de 45 anos", ["45 anos"]],
  ]);
});

test("a relative's given name between the relative and 'de': 'mi hijo pablo de 8 años'", () => {
  assertAges([
    ["necesito cita para mi hijo pablo de 8 años", ["8 años"]],
    ["mi hija Lucía de 12 años", ["12 años"]],
    // Without the relative, the years are a thing's.
    ["el proyecto Lucía de 12 años", []],
  ]);
});

test("prepositions and verbs that make the years an age: 'à 67 ans', 'mit 67 Jahren', 'fiz 65 anos'", () => {
  assertAges([
    ["à 67 ans je ne peux plus travailler", ["67 ans"]],
    ["a los 67 años", ["67 años"]],
    ["aos 67 anos", ["67 anos"]],
    ["mit 67 Jahren in Rente", ["67 Jahren"]],
    ["je vais avoir 65 ans", ["65 ans"]],
    ["fiz 65 anos", ["65 anos"]],
    ["ich werde 65", ["65"]],
    ["Ich bin 65 Jahre alt.", ["65"]],
  ]);
});

test("German age adjectives before a person, and the age noun", () => {
  assertAges([
    ["mein 7-jähriger Sohn", ["7"]],
    ["der 17-Jährige wurde verletzt", ["17"]],
  ]);
  assert.deepEqual(ages("eine 3-jährige Ausbildung"), []);
});

test("every number of a list of ages is an age: '4 et 7 ans', 'aged 5 and 8'", () => {
  assertAges([
    ["mes enfants ont 4 et 7 ans", ["4", "7 ans"]],
    ["mis hijos tienen 4 y 7 años", ["4", "7 años"]],
    ["os meus filhos têm 4 e 7 anos", ["4", "7 anos"]],
    ["meine Kinder sind 4 und 7", ["4", "7"]],
    ["My kids are 4 and 7.", ["4", "7"]],
    ["children aged 5 and 8", ["5", "8"]],
  ]);
});

test("years that are a duration stay no age", () => {
  for (const text of [
    "j'ai 34 ans de cotisation",
    "tengo 10 años de experiencia",
    "I have 10 years of experience",
    "mit 3 Jahren Erfahrung",
    "de 2 à 5 ans de prison",
    "de 3 a 5 años",
    "un contrat de 3 ans",
    "il y a 5 ans",
    "faz 5 anos que moro aqui",
    "la maison a 5 ans",
    "es wird 5 Jahre dauern",
    "We are 5 years behind",
    "Our sons were 2 hours late",
  ])
    assert.deepEqual(ages(text), [], text);
  // What the years are of may say it is an age.
  assertAges([["Tengo 45 años de edad", ["45 años"]]]);
});

test("the years written as a word of their own are part of the age; 'years old' and an adjective are not", () => {
  assertAges([
    ["Patient: Harpreet Kaur Sandhu, 34 years, F", ["34 years"]],
    ["Patient: Dimitrios Papadopoulos, 72 J., Fallnummer 4", ["72 J."]],
    ["She is a 79 year old female with asthma.", ["79"]],
    ["He's a 38-year-old man.", ["38"]],
    ["mein 7-jähriger Sohn", ["7"]],
  ]);
});

test("the bound of an age group is no one's age: 'aged 18 and over', '65+', '6 ans et plus'", () => {
  assertAges([
    ["The clinic is open to patients aged 18 and over.", []],
    ["Adults aged 65+ can get the vaccine.", []],
    ["Pour les enfants de 6 ans et plus.", []],
    ["Para personas de 65 años o más.", []],
    // "más de", "plus de": more of something else.
    ["Tengo 45 años y más de 20 trabajando.", ["45 años"]],
    ["J'ai 34 ans et plus de dettes.", ["34 ans"]],
    ["My son, aged 8, and over there his sister.", ["8"]],
  ]);
});

test("years as a field of a person's record, on a line its label opens, are their age", () => {
  assertAges([
    ["Paciente: Carmen Ruiz Delgado, NHC 4471123, 63 años.", ["63 años"]],
    ["المريض: خالد المطيري، ملف 4471، 58 سنة", ["58 سنة"]],
    // Without the record's label a number of years in a list is a duration.
    ["Dear Mr Smith, your policy, 10 years, ends.", []],
    ["The contract runs for 3 years, 5 years.", []],
  ]);
});

test("ages written in words in five languages, after a verb or word of age, with their years", () => {
  assertAges([
    ["J'ai soixante-dix ans et je vis seule.", ["soixante-dix ans"]],
    ["Ma fille a eu dix-huit ans en mars.", ["dix-huit ans"]],
    ["Tengo treinta y dos años y estoy en paro.", ["treinta y dos años"]],
    ["O meu pai tem oitenta anos.", ["oitenta anos"]],
    ["Er ist achtzig Jahre alt.", ["achtzig"]],
    ["Ich bin zweiundvierzig Jahre alt.", ["zweiundvierzig"]],
    ["My grandmother is ninety-two and lives alone.", ["ninety-two"]],
    ["I'm seventy.", ["seventy"]],
  ]);
});

test("numbers in words that are no one's age: durations, times, things' ages, counts", () => {
  assertAges([
    ["The project is five years old.", []],
    ["Il a trois ans de retard.", []],
    ["It was one year ago.", []],
    ["My contract is two years.", []],
    ["The answer is forty-two.", []],
    ["Mi hermano tiene tres hijos.", []],
    ["Il a un chien.", []],
  ]);
});

test("a bare age after 'is now', 'is only', 'was' and before 'when'", () => {
  assertAges([
    ["Our son, who is now 17, wants to leave school.", ["17"]],
    ["He was 15 when he arrived in the UK.", ["15"]],
    ["She is only 4.", ["4"]],
    ["He was 15 minutes late.", []],
    ["It was 5 when we left.", []],
  ]);
});

test("a participle of age between the relative's auxiliary and the years: 'a eu 18 ans', 'ha cumplido 15 años'", () => {
  assertAges([
    ["Ma fille a eu 18 ans en mars.", ["18 ans"]],
    ["Mi hijo ha cumplido 15 años.", ["15 años"]],
    ["Le projet a eu 3 ans de retard.", []],
  ]);
});

test("a patient's sex before the years, and 'varón': 'sexo feminino, 54 anos,', 'Paciente varón de 67 años'", () => {
  assertAges([
    ["Doente do sexo feminino, 54 anos, residente em Braga.", ["54 anos"]],
    ["Paciente varón de 67 años, natural de Lugo.", ["67 años"]],
  ]);
});
