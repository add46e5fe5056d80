import assert from "node:assert/strict";
import { test } from "node:test";
import { detectPersonalData } from "./detect-personal-data.ts";
import { detectionsAsText } from "./detections-as-text.ts";

function dates(text: string): string[] {
  return detectionsAsText(text).filter((entry) => entry.startsWith("DATE_TIME:"));
}

test("opening hours, closures and public deadlines name no one, in the six languages", () => {
  for (const text of [
    "Our offices are open Monday to Friday, 8:30am to 4:30pm.",
    "The library will be closed on Monday 26 August for the bank holiday.",
    "The deadline for applications is 31 March 2025.",
    "Half-term runs from 28 October to 1 November.",
    "Les bureaux sont fermés le 14 juillet.",
    "La date limite de dépôt des dossiers est fixée au 15 juin.",
    "El registro civil abre de lunes a jueves de 9:00 a 14:00.",
    "El plazo para presentar alegaciones termina el 20 de octubre.",
    "Die Sprechzeiten sind Montag bis Donnerstag 8–12 Uhr.",
    "A biblioteca está aberta de terça a sábado, das 10h às 18h.",
    "O prazo de candidatura termina a 30 de setembro.",
    "ساعات العمل من الأحد إلى الخميس من 8 صباحاً إلى 2 ظهراً.",
    // Opening hours may be said to the reader; "by appointment only" is nobody's appointment.
    "You can reach our helpline Monday to Friday, 9am to 5pm.",
    "Atención al público de lunes a viernes de 9:00 a 14:00, solo con cita previa.",
  ])
    assert.deepEqual(dates(text), [], text);
});

test("a date stays personal beside a notice's words: a speaker, an appointment, a deadline said to the reader", () => {
  for (const [text, expected] of [
    ["I can only come on Monday because the office is closed on Friday.", ["Monday", "Friday"]],
    ["You must send the form by 31 March 2025; the deadline cannot be extended.", ["31 March 2025"]],
    ["Votre rendez-vous est le mardi 3 juin à 10h ; le guichet ouvre à 9h.", ["mardi 3 juin à 10h", "9h"]],
    ["Ich habe am Montag um 9 Uhr einen Termin, das Amt ist geöffnet.", ["Montag um 9 Uhr"]],
    ["موعدك يوم الأحد الساعة 10 صباحاً، والمكتب يفتح الساعة 8.", ["الأحد الساعة 10 صباحاً"]],
  ] as const)
    assert.deepEqual(
      dates(text),
      expected.map((value) => `DATE_TIME:${value}`),
      text,
    );
  // A person named in the sentence makes its dates theirs.
  assert.ok(dates("Dr Patel's clinic is open on Tuesday 4 March from 9am.").length > 0);
});

test("only the notice's sentence loses its dates; the next sentence's appointment stays", () => {
  const text = "The office is closed on Monday 5 May. Your appointment has moved to Tuesday 6 May at 10am.";
  assert.deepEqual(dates(text), ["DATE_TIME:Tuesday 6 May at 10am"]);
  // A period after a number ("9. Mai") or an initial does not end the sentence.
  assert.deepEqual(dates("Das Bürgeramt ist am Donnerstag, den 9. Mai geschlossen."), []);
});

test("a 1.3 MB text of notices without a sentence end: a sentence is read within a bounded reach of its dates", () => {
  const sentence = "The office is closed on Monday 5 May and open on Tuesday 6 May ";
  const text = sentence.repeat(20_000);
  const result = detectPersonalData(text);
  assert.ok(result.ok);
  assert.equal(result.detections.filter((detection) => detection.type === "DATE_TIME").length, 0);
});

test("the working week as a range is a service's hours: 'du lundi au vendredi', 'Monday to Friday'", () => {
  assert.deepEqual(
    detectionsAsText("Pour toute question, contactez le Service Client du lundi au vendredi."),
    [],
  );
  assert.deepEqual(detectionsAsText("Call us Monday to Friday, 9am to 5pm."), []);
  // Said by someone, the days are theirs.
  assert.deepEqual(detectionsAsText("Je suis disponible du lundi au vendredi."), [
    "DATE_TIME:lundi",
    "DATE_TIME:vendredi",
  ]);
});
