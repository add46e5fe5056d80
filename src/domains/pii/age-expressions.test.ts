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
    ["J'ai 34 ans et mon fils a 6 ans.", ["34", "6"]],
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
    ["أرجو تحديد موعد لابني يوسف (7 سنوات) في عيادة الأطفال.", ["7"]],
    ["ابنتي سلمى، 5 سنوات، مريضة", ["5"]],
    ["ذهبت إلى المدينة (7 سنوات) هناك", []],
    ["Mi madre, de 81 años, vive sola.", ["81"]],
    ["Mein Vater (78) wohnt allein.", ["78"]],
    ["A minha avó, com 90 anos, precisa de apoio.", ["90"]],
    ["ma grand-mère, 88 ans, vit seule.", ["88"]],
    ["My father, 74, lives alone.", ["74"]],
  ]);
});

test("a person and 'de' before the years: 'mon fils de 7 ans', 'una mujer de 45 años'", () => {
  assertAges([
    ["mon fils de 7 ans va à l'école", ["7"]],
    ["une femme de 45 ans", ["45"]],
    ["retraité de 70 ans, je vis seul", ["70"]],
    ["mi hijo de 7 años", ["7"]],
    ["uma mulher de 45 anos", ["45"]],
  ]);
});

test("prepositions and verbs that make the years an age: 'à 67 ans', 'mit 67 Jahren', 'fiz 65 anos'", () => {
  assertAges([
    ["à 67 ans je ne peux plus travailler", ["67"]],
    ["a los 67 años", ["67"]],
    ["aos 67 anos", ["67"]],
    ["mit 67 Jahren in Rente", ["67"]],
    ["je vais avoir 65 ans", ["65"]],
    ["fiz 65 anos", ["65"]],
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
    ["mes enfants ont 4 et 7 ans", ["4", "7"]],
    ["mis hijos tienen 4 y 7 años", ["4", "7"]],
    ["os meus filhos têm 4 e 7 anos", ["4", "7"]],
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
  assertAges([["Tengo 45 años de edad", ["45"]]]);
});
