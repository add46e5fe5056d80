import { hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { NUMBER, type TokenTable, TokenWordSet, tokensOf } from "./scan.ts";
import { wordAlternation } from "./word-alternation.ts";

const monthNames = [
  // English, French, Spanish, German, Portuguese (full and common short forms)
  "january|february|march|april|may|june|july|august|september|october|november|december",
  "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec",
  "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre",
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
  "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
  "janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
].join("|");
const months = wordAlternation(monthNames.split("|"), { lowerCase: true });
const arabicMonths = wordAlternation(
  "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر".split("|"),
);
const weekdayNames = [
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
  "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
  "segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira",
  "الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد",
].join("|");
const weekdays = wordAlternation(weekdayNames.split("|"), { lowerCase: true });

const time = String.raw`(?:,?\s(?:at\s|à\s|um\s|às\s|a las\s)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)?`;
const ordinal = String.raw`(?:st|nd|rd|th|er|e|º|ª|\.)?`;
/** Dates that start with a digit, tried only at number tokens (sticky: no scan of the text). */
const numericDate = new RegExp(
  [
    String.raw`\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?`,
    String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})${time}`,
    String.raw`\d{1,2}${ordinal}\s(?:de\s)?(?:${months})\.?(?:,?\s(?:de\s)?\d{4})?${time}`,
    String.raw`\d{1,2}\s(?:${arabicMonths})(?:\s\d{4})?`,
    String.raw`(?:1[89]|20)\d{2}`,
    String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join("|"),
  "iuy",
);
/** Dates that start with a month or weekday name, tried only at those words. */
const wordDate = new RegExp(
  [
    String.raw`(?:${months})\.?\s\d{1,2}${ordinal}(?:,?\s\d{4})?${time}`,
    String.raw`(?:${months})\s\d{4}`,
    `(?:${weekdays})`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join("|"),
  "iuy",
);
const calendarWords = new TokenWordSet(
  `${monthNames}|${weekdayNames}`
    .split("|")
    .flatMap((name) => [name, name.split("-")[0]!])
    .filter((name) => name.length > 0),
);
// Letters and digits may not touch a date on either side.
const before = /[\p{L}\p{N}:.]/u;
const after = /[\p{L}\p{N}]/u;

const yearCue =
  /(?:\b(?:in|since|from|until|by|year|of|en|depuis|année|desde|del|seit|im|jahr|em|ano|de|في|عام)\s+)$/iu;

function isPlausibleNumericDate(value: string): boolean {
  const parts = value.split(/[./\-T :]/).map(Number);
  if (/^\d{4}-/.test(value))
    return (parts[1] ?? 0) >= 1 && (parts[1] ?? 0) <= 12 && (parts[2] ?? 0) >= 1 && (parts[2] ?? 0) <= 31;
  const [first = 0, second = 0] = parts;
  return first >= 1 && second >= 1 && ((first <= 12 && second <= 31) || (first <= 31 && second <= 12));
}

function recogniseDates(table: TokenTable, found: Detection[]): void {
  const text = table.text;
  for (let token = 0; token < table.count; token++) {
    let pattern: RegExp;
    if (table.kind[token] === NUMBER) {
      // Every numeric form starts with one or two digits then a separator, or with four digits.
      const digits = table.end[token]! - table.start[token]!;
      if (digits > 4 || digits === 3) continue;
      if (digits <= 2) {
        const next = text.charCodeAt(table.end[token]!);
        if (Number.isNaN(next) || next === 44 || next === 59 || next === 41 || next === 37) continue;
      }
      pattern = numericDate;
    } else if (calendarWords.hasToken(table, token)) pattern = wordDate;
    else continue;
    const start = table.start[token]!;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null) continue;
    const value = match[0];
    const end = start + value.length;
    const previous = text[start - 1];
    const next = text[end];
    if ((previous !== undefined && before.test(previous)) || (next !== undefined && after.test(next)))
      continue;
    while (token + 1 < table.count && table.start[token + 1]! < end) token++;
    let score = 0.85;
    let reason = "date pattern";
    if (/^\d+$/.test(value)) {
      // A bare year is a date only when a preposition or the word "year" leads to it.
      const cue = yearCue.test(text.slice(Math.max(0, start - 12), start));
      if (text[end] === "-" || text[end] === "/") continue;
      score = cue ? 0.6 : 0.4;
      reason = cue ? "year after a time preposition" : "four-digit year";
    } else if (/^\d{1,2}:\d{2}/.test(value)) {
      score = 0.55;
      reason = "time of day";
    } else if (/^\d/.test(value) && /^[\d./ -]+$/.test(value) && !isPlausibleNumericDate(value)) {
      continue;
    } else if (!/\d/.test(value)) {
      // Weekday alone; "may" and "mar" alone are not reached here since a number is required with months.
      score = 0.6;
      reason = "weekday name";
    }
    if (score >= 0.55 && hasCueBefore(text, start, "birth", 40)) {
      found.push({ type: "DATE_OF_BIRTH", start, end, score: 0.95, reason: `${reason}, birth context` });
    } else {
      found.push({ type: "DATE_TIME", start, end, score, reason });
    }
  }
}

/** Age expressions after the number, tried at number tokens of at most three digits. */
const ageAfter =
  /\d{1,3}(?:(?<old>[- ](?:years?|yrs?)[- ]old)|(?<short>\s?(?:y\/o|yo|y\.o\.))|(?<duration>\s(?:ans|años|jahre(?: alt)?|anos|سنة|عاما|عامًا)))(?![\p{L}])/iuy;
const ageBefore =
  /(?:aged|age of|age:?|turned|turns|âgée? de|edad de|tengo|tiene|im alter von|mit|com|tenho|tem|عمري|عمره|عمرها)\s$/iu;

const letterOrDigit = /[\p{L}\p{N}]/u;
const ageCueBefore = /(?:j'ai|j’ai|tengo|tiene|ich bin|er ist|sie ist|tenho|tem|il a|elle a)\s$/i;

function recogniseAges(table: TokenTable, found: Detection[]): void {
  const text = table.text;
  for (let token = 0; token < table.count; token++) {
    if (table.kind[token] !== NUMBER) continue;
    const start = table.start[token]!;
    const end = table.end[token]!;
    if (end - start > 3 || Number(text.slice(start, end)) > 130) continue;
    const previous = text[start - 1];
    if (previous !== undefined && letterOrDigit.test(previous)) continue;
    ageAfter.lastIndex = start;
    const after = ageAfter.exec(text);
    const window = text.slice(Math.max(0, start - 14), start);
    const cuedBefore = after === null && ageBefore.test(window);
    if (after === null && !cuedBefore) continue;
    // "ans/años/Jahre" also measure durations; they are an age only after "I am / j'ai / tengo" or an age cue.
    const durationWord = after?.groups?.duration !== undefined;
    const cue = hasCueBefore(text, start, "age", 30) || ageCueBefore.test(window);
    const score = durationWord && !cue ? 0.4 : 0.85;
    found.push({ type: "AGE", start, end, score, reason: "number with an age expression" });
  }
}

export const dateRecogniser: Recogniser = {
  name: "date",
  types: ["DATE_TIME", "DATE_OF_BIRTH", "AGE"],
  recognise(text) {
    const found: Detection[] = [];
    const table = tokensOf(text);
    recogniseDates(table, found);
    recogniseAges(table, found);
    return found;
  },
};
