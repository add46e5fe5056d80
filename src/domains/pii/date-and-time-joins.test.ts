import assert from "node:assert/strict";
import { test } from "node:test";
import { detectionsAsText } from "./detections-as-text.ts";

function dates(text: string): string[] {
  return detectionsAsText(text).filter((entry) => entry.startsWith("DATE_TIME:"));
}

test("a date or a weekday and the time after it are one moment, in the six languages", () => {
  const cases: [string, string][] = [
    ["Rendez-vous le jeudi 18 avril à 14h15.", "jeudi 18 avril à 14h15"],
    ["A consulta é a 22 de maio às 11h30.", "22 de maio às 11h30"],
    ["Abrimos o sábado às 10h.", "sábado às 10h"],
    ["Le atendemos el jueves a las 17 h.", "jueves a las 17 h"],
    ["Ihr Termin: Montag, 13. Mai, um 8:45 Uhr.", "Montag, 13. Mai, um 8:45 Uhr"],
    ["Anmeldung am 14.03.2024 um 02:11 Uhr", "14.03.2024 um 02:11 Uhr"],
    ["موعدك يوم الثلاثاء 21 مايو الساعة 10:30 صباحاً", "الثلاثاء 21 مايو الساعة 10:30 صباحاً"],
    ["The call was on 18 March 2024 at 10:30.", "18 March 2024 at 10:30"],
    ["Can we meet next Thursday?", "next Thursday"],
  ];
  for (const [text, expected] of cases) assert.deepEqual(dates(text), [`DATE_TIME:${expected}`], text);
});

test("a time apart from a date, and hours of work, stay as they are", () => {
  // Two moments: a date, then later a time of its own.
  assert.deepEqual(dates("Le 3 mars, puis à 14h15 le lendemain."), ["DATE_TIME:3 mars", "DATE_TIME:14h15"]);
  // "17 h" after no word for "at" is a number of hours.
  assert.deepEqual(dates("I have 17 h of work left."), []);
});

test("a time of day or a weekday alone is no date of birth, whatever the words before it", () => {
  assert.deepEqual(detectionsAsText("Born 12 May 1990; the call at 10:30 went well."), [
    "DATE_OF_BIRTH:12 May 1990",
    "DATE_TIME:10:30",
  ]);
  assert.deepEqual(detectionsAsText("né le 12/03/1990 à 10:30"), ["DATE_OF_BIRTH:12/03/1990 à 10:30"]);
});

test("the day a time is on is part of it: 'demain 9h', 'tomorrow at 10:30'", () => {
  assert.deepEqual(dates("Rendez-vous demain 9h au guichet."), ["DATE_TIME:demain 9h"]);
  assert.deepEqual(dates("Call me tomorrow at 10:30."), ["DATE_TIME:tomorrow at 10:30"]);
  // Before a whole date the day word is a sentence's.
  assert.deepEqual(dates("Today is 12/03/2024."), ["DATE_TIME:12/03/2024"]);
});

test("an hour of the twelve-hour clock is a time, joined to its weekday; the 'm.' of 'a.m.' is no title", () => {
  assert.deepEqual(dates("The incident happened at around 6pm."), ["DATE_TIME:6pm"]);
  assert.deepEqual(dates("Can we meet on Monday at 3pm?"), ["DATE_TIME:Monday at 3pm"]);
  // Minutes after a period, as British English writes them: "2.30pm"; a price or a version is no hour.
  assert.deepEqual(dates("Can I book for next Wednesday at 2.30pm?"), ["DATE_TIME:next Wednesday at 2.30pm"]);
  assert.deepEqual(dates("The meeting starts at 10.15am."), ["DATE_TIME:10.15am"]);
  assert.deepEqual(dates("It costs 2.50 a month; version 3.10a is out."), []);
  assert.deepEqual(detectionsAsText("We meet at 10 a.m. Then we go home."), ["DATE_TIME:10 a.m."]);
  // Not past twelve, and not a number before other words.
  assert.deepEqual(dates("Section 4 a) applies; it costs 5 a piece; 14pm is no hour."), []);
});

test("a month alone after a time preposition is a date, in the six languages; 'may' in lower case is a verb", () => {
  assert.deepEqual(dates("My tax credit stopped in October."), ["DATE_TIME:October"]);
  assert.deepEqual(dates("Je suis au chômage depuis octobre."), ["DATE_TIME:octobre"]);
  assert.deepEqual(dates("Ich bin seit Oktober krank."), ["DATE_TIME:Oktober"]);
  assert.deepEqual(dates("you may in may come"), []);
  assert.deepEqual(dates("October was wet."), []);
});

test("a date that goes on as a longer number is none: a phone written with dots, Belgium's national number", () => {
  assert.deepEqual(detectionsAsText("Appelle-moi au 06.12.34.56.78 demain."), [
    "PHONE_NUMBER:06.12.34.56.78",
  ]);
  assert.ok(
    detectionsAsText("Mon numéro national est le 85.07.30-033.28.").every(
      (entry) => !entry.startsWith("DATE"),
    ),
  );
  // A range's two dates stay dates.
  assert.deepEqual(dates("Absent du 12.05.2020-15.05.2020."), [
    "DATE_TIME:12.05.2020",
    "DATE_TIME:15.05.2020",
  ]);
});
