import {
  ageInWordsAt,
  arabicAgeCues,
  arabicAgeInWordsAfter,
  isLetterOrDigit,
  pushAgesAt,
} from "./age-expressions.ts";
import { isAsciiDigit } from "./ascii.ts";
import { codeUnitTest } from "./code-unit-test.ts";
import { hasCueBefore } from "./context-words.ts";
import { joinDatesAndTimes } from "./date-and-time-joins.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { numberWordOpeners } from "./number-words.ts";
import {
  CASELESS,
  NUMBER,
  type TokenTable,
  TokenWordSet,
  tokensOf,
  WORD,
  wordBeforeFinalPeriod,
} from "./scan.ts";
import { optional, wordAlternation } from "./word-alternation.ts";

/** German month names: also read by free text, where they are capitalised nouns ("im Mai"). */
export const germanMonthNameList =
  "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember";
/** Short forms of month names, written with a period ("Jan."). */
const shortMonthNames = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const monthNames = [
  // English, French, Spanish, German, Portuguese (full and common short forms)
  "january|february|march|april|may|june|july|august|september|october|november|december",
  shortMonthNames,
  "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre",
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
  germanMonthNameList,
  "janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
].join("|");
const months = wordAlternation(monthNames.split("|"), { lowerCase: true });
/** Month names written out: a period right after one ends the sentence, not the date ("on 1 January."). */
const fullMonthNames = new Set(
  monthNames.split("|").filter((name) => !shortMonthNames.split("|").includes(name)),
);
// Gregorian months, then the Hijri months people date with that are no everyday words ("3 رمضان").
const arabicMonthNames =
  "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|محرم|رجب|شعبان|رمضان|شوال".split(
    "|",
  );
const arabicMonths = wordAlternation(arabicMonthNames);
const weekdayNames = [
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
  "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
  "segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira",
  "الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد",
].join("|");
const weekdays = wordAlternation(weekdayNames.split("|"), { lowerCase: true });

// Optional parts written with `optional` are compiled as loops: V8 would otherwise compile what follows them once
// per way of skipping them, the month list included (see word-alternation.ts).
const time = optional(
  String.raw`,?\s${optional(String.raw`at\s|à\s|um\s|às\s|a las\s`)}\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?`,
);
const ordinal = optional(String.raw`st|nd|rd|th|er|e|º|ª|\.`);
/** "de" before a month ("3 de mayo"), "of" in English ("the 4th of July"). */
const optionalDe = optional(String.raw`(?:de|of)\s`);
/** Dates that start with a digit, tried only at number tokens (sticky: no scan of the text). */
const numericDate = new RegExp(
  [
    String.raw`\d{4}(?:-\d{1,2}-\d{1,2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?|\/\d{1,2}\/\d{1,2}|\.\d{2}\.\d{2})`,
    String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})${time}`,
    String.raw`\d{1,2}${ordinal}\s${optionalDe}(?:${months})\.?(?:,?\s(?:de\s)?\d{4})?${time}`,
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
    // One month list for both forms: wherever "March 2020" matches, "March 20" does too (the first is never
    // reached after a month, so it is tried as the first's other branch instead of a second copy of the list).
    // The day may not run into more digits: "March 2019" is the other branch's, a month and its year ("marzo de
    // 2020" in Spanish and Portuguese).
    String.raw`(?:${months})(?:\.?\s\d{1,2}(?!\d)${ordinal}(?:,?\s\d{4})?${time}|\s(?:de\s)?\d{4})`,
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
const isBeforeBlocker = codeUnitTest(/[\p{L}\p{N}:.]/u);
const isAfterBlocker = codeUnitTest(/[\p{L}\p{N}]/u);
/**
 * After a number of one or two digits, `numericDate` goes on with a separator, a colon, a space or an ordinal
 * suffix: one of these characters (compared as the pattern compares them, ignoring case).
 */
const mayFollowDayOrMonth = codeUnitTest(/[./\-:\sstnreºª]/iu);
const isDateSpace = codeUnitTest(/\s/u);
/**
 * After a day and a space, `numericDate` goes on only with a month name, in any of its languages, or with "de"
 * before one: the first letters of those words, compared as the pattern compares them (ignoring case).
 */
const mayOpenMonth = codeUnitTest(
  new RegExp(
    `[${[...new Set([...monthNames.split("|"), ...arabicMonthNames, "de"].map((word) => word.charAt(0)))].join("")}]`,
    "iu",
  ),
);

const yearCue =
  /(?:\b(?:in|since|from|until|by|year|of|en|depuis|année|desde|del|seit|im|jahr|em|ano|de|في|عام)\s+)$/iu;

/**
 * The value of the `index`-th group of ASCII digits of `value`, groups being split by any other character; 0
 * when the group is empty or missing. Same numbers as `value.split(/[./\-T :]/).map(Number)` for the values
 * tested here, which hold only digits and the separators [./ -].
 */
function numericPart(value: string, index: number): number {
  let part = 0;
  let number = 0;
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      if (part === index) number = number * 10 + code - 48;
    } else if (++part > index) break;
  }
  return part >= index ? number : 0;
}

/** Whether every code unit of `value` passes `test` (false for an empty value). */
function everyCodeUnit(value: string, test: (code: number) => boolean): boolean {
  if (value.length === 0) return false;
  for (let index = 0; index < value.length; index++) if (!test(value.charCodeAt(index))) return false;
  return true;
}

function isDigitOrDateSeparator(code: number): boolean {
  return isAsciiDigit(code) || code === 46 || code === 47 || code === 32 || code === 45;
}

/** /^\d{1,2}:\d{2}/: a time of day opens the value. */
function opensWithTime(value: string): boolean {
  const colon = isAsciiDigit(value.charCodeAt(1)) ? 2 : 1;
  return (
    isAsciiDigit(value.charCodeAt(0)) &&
    value.charCodeAt(colon) === 58 &&
    isAsciiDigit(value.charCodeAt(colon + 1)) &&
    isAsciiDigit(value.charCodeAt(colon + 2))
  );
}

function holdsAsciiDigit(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (isAsciiDigit(value.charCodeAt(index))) return true;
  return false;
}

/** Whether day and month are in range; `value` holds only ASCII digits and the separators [./ -]. */
function isPlausibleNumericDate(value: string): boolean {
  const fifth = value.charCodeAt(4);
  if (
    (fifth === 45 || fifth === 46 || fifth === 47) &&
    isAsciiDigit(value.charCodeAt(0)) &&
    isAsciiDigit(value.charCodeAt(1)) &&
    isAsciiDigit(value.charCodeAt(2)) &&
    isAsciiDigit(value.charCodeAt(3))
  ) {
    const month = numericPart(value, 1);
    const day = numericPart(value, 2);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  const first = numericPart(value, 0);
  const second = numericPart(value, 1);
  return first >= 1 && second >= 1 && ((first <= 12 && second <= 31) || (first <= 31 && second <= 12));
}

/**
 * Whether `numericDate` may give a date at a number token. Its digits are Unicode digits, of which the
 * pattern's `\d` accepts ASCII ones only, and no alternative continues a one- or two-digit start with a digit:
 * so a match covers the whole token when it has one or two digits and is followed by a character of
 * `mayFollowDayOrMonth` (after a space, by the first letter of a month name or "de"); with four digits it goes
 * on with a hyphen, a slash or a period, or starts a year in 1800-2099. A longer
 * token can hold a match ("1999" in "19999"), but one followed by a digit, which `recogniseDateAt` rejects:
 * this check relies on that rejection, and the soundness test states it so.
 */
function mayStartNumericDate(text: string, start: number, end: number): boolean {
  const digits = end - start;
  if (digits > 4 || digits === 3) return false;
  const next = text.charCodeAt(end);
  if (digits <= 2) {
    // "12 items" is no date: after a space only a month can follow (most numbers in prose stop here).
    if (isDateSpace(next)) return mayOpenMonth(text.charCodeAt(end + 1));
    return mayFollowDayOrMonth(next);
  }
  if (next === 45 || next === 46 || next === 47) return true;
  const century = (text.charCodeAt(start) - 48) * 10 + text.charCodeAt(start + 1) - 48;
  return century === 18 || century === 19 || century === 20;
}

/** Whether the date text[start, end) ends with a period after a month name written out: the sentence's. */
function endsWithSentencePeriod(text: string, start: number, end: number): boolean {
  const wordStart = wordBeforeFinalPeriod(text, start, end);
  return wordStart >= 0 && fullMonthNames.has(text.slice(wordStart, end - 1).toLowerCase());
}

/**
 * Reports the date that `pattern` matches at `start`, if any. Returns where the matched text ends when letters
 * and digits do not touch it (even when it is then dropped): no other date is tried inside it; -1 otherwise.
 */
function recogniseDateAt(text: string, start: number, pattern: RegExp, found: Detection[]): number {
  // `test` leaves the end of the match in `lastIndex` and builds no match array.
  pattern.lastIndex = start;
  if (!pattern.test(text)) return -1;
  let end = pattern.lastIndex;
  if (
    (start > 0 && isBeforeBlocker(text.charCodeAt(start - 1))) ||
    (end < text.length && isAfterBlocker(text.charCodeAt(end))) ||
    moreDigitGroupsAt(text, start, end)
  )
    return -1;
  if (endsWithSentencePeriod(text, start, end)) end--;
  const value = text.slice(start, end);
  let score = 0.85;
  let reason = "date pattern";
  // Plain character tests rather than regexes: each runs on every date candidate.
  if (everyCodeUnit(value, isAsciiDigit)) {
    if (text[end] === "-" || text[end] === "/") return end;
    // A bare year is a date only when a preposition or the word "year" leads to it.
    const cue = yearCue.test(text.slice(Math.max(0, start - 12), start));
    score = cue ? 0.6 : 0.4;
    reason = cue ? "year after a time preposition" : "four-digit year";
  } else if (opensWithTime(value)) {
    score = 0.55;
    reason = "time of day";
  } else if (
    isAsciiDigit(value.charCodeAt(0)) &&
    everyCodeUnit(value, isDigitOrDateSeparator) &&
    !isPlausibleNumericDate(value)
  ) {
    return end;
  } else if (!holdsAsciiDigit(value)) {
    // Weekday alone; "may" and "mar" alone are not reached here since a number is required with months.
    score = 0.6;
    reason = "weekday name";
  }
  // A time of day or a weekday alone is no date of birth, whatever the words before.
  if (
    score >= 0.55 &&
    reason === "date pattern" &&
    (hasCueBefore(text, start, "birth", 40) || germanBirthVerbAfter(text, end))
  ) {
    found.push({ type: "DATE_OF_BIRTH", start, end, score: 0.95, reason: `${reason}, birth context` });
  } else {
    found.push({ type: "DATE_TIME", start, end, score, reason });
  }
  return end;
}

/** Months written out, as word tokens: "october", "octobre", "oktober"... (not "may" lower-case, see below). */
const fullMonthWords = new TokenWordSet([...fullMonthNames]);
/** Time prepositions before a month alone: "in October", "since March", "depuis octobre", "seit Mai". */
const monthPrepositions = new TokenWordSet([
  ...["in", "since", "until", "till", "by", "from", "during"],
  ...["en", "depuis", "jusqu'en", "jusqu’en", "dès", "desde", "hasta", "durante"],
  ...["im", "seit", "bis", "ab"],
  ...["em", "até", "durante"],
]);

/**
 * "my credit stopped in October", "depuis octobre", "seit Mai": a month alone after a time preposition, scored at
 * the default threshold since it says little. "May" counts only with its capital ("in may" is no month in chat).
 */
function monthAfterTimePreposition(table: TokenTable, token: number): Detection | undefined {
  const preposition = token - 1;
  if (preposition < 0 || table.kind[preposition] !== WORD || !monthPrepositions.hasToken(table, preposition))
    return undefined;
  if (table.start[token]! - table.end[preposition]! !== 1) return undefined;
  const start = table.start[token]!;
  const end = table.end[token]!;
  if (end - start === 3 && table.text.charCodeAt(start) === 109) return undefined; // "may"
  if (isAfterBlocker(table.text.charCodeAt(end))) return undefined;
  return { type: "DATE_TIME", start, end, score: 0.5, reason: "month after a time preposition" };
}

/**
 * "geboren" at the end of the date's clause, where German puts the verb: "Ich bin am 4. Juli 1988 in Dresden
 * geboren".
 */
const germanBirthVerb = /^[^.,;!?\n]{0,30}?(?<![\p{L}])geboren(?![\p{L}])/iu;

function germanBirthVerbAfter(text: string, end: number): boolean {
  return germanBirthVerb.test(text.slice(end, end + 40));
}

/**
 * Whether the date from `start` to `end` goes on as a longer number: with its own separator and a digit ("06.12.34"
 * of "06.12.34.56.78" opens a phone number written with dots), or with another separator and digits that open no
 * date. A range's other date after a hyphen goes on no number ("12/05/2020-15/05/2020").
 */
function moreDigitGroupsAt(text: string, start: number, end: number): boolean {
  const separator = text.charCodeAt(end);
  if ((separator !== 46 && separator !== 47 && separator !== 45) || !isAsciiDigit(text.charCodeAt(end + 1)))
    return false;
  let own = start;
  while (own < end && isAsciiDigit(text.charCodeAt(own))) own++;
  const ownSeparator = text.charCodeAt(own);
  if (ownSeparator === separator) return true;
  // After another separator, a range's date opens with a day of one or two digits and the date's own separator;
  // anything else makes the date part of a longer number ("90.07.14-137.24", Belgium's national number).
  let digits = end + 1;
  while (digits < text.length && isAsciiDigit(text.charCodeAt(digits))) digits++;
  return digits - end - 1 > 2 || text.charCodeAt(digits) !== ownSeparator;
}

/** Words after which a day and a month without a year are a date: "le 14/01", "no dia 07/05", "am 03.04.". */
const shortDateCue =
  /(?:^|[^\p{L}])(?:le|du|au|dès|dia|el|del|al|am|vom|bis|zum|on|until|till|até|ao|desde|hasta)\s$/iu;
/** A day and a month, "14/01", "03.04.", and maybe the hour after them ("07/05 às 14h20"). */
const dayAndMonth =
  /(\d{1,2})[./](\d{1,2})(?![./-]?\d)\.?(?:,?\s(?:(?:à|às|a las|um|at)\s)?\d{1,2}(?:h\d{2}|h|:\d{2}(?:\s?h)?|\sUhr)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])/uy;
/** An hour as French, Portuguese, Spanish, German and Arabic write it: "14h20", "9h", "17 h", "10 Uhr", "9 صباحاً". */
const hourWithUnit = /(\d{1,2})(?:h(\d{2})?|\s(?:Uhr|h|صباحاً|صباحا|مساءً|مساء|ظهراً|ظهرا))(?![\p{L}\p{N}])/uy;

/** An hour of the twelve-hour clock: "6pm", "6 pm", "10 a.m.", "9AM", and its minutes after a period, "2.30pm". */
const twelveHourClock = /(\d{1,2})(?:\.[0-5]\d)?\s?(?:[ap]m|[ap]\.m\.|[AP]M|[AP]\.M\.)(?![\p{L}\p{N}])/uy;

/** What an hour's unit after a space opens with: "U" (Uhr), "h", "ص" and "م" (morning, evening), "a" or "p". */
function opensHourUnit(code: number): boolean {
  return code === 85 || code === 104 || code === 0x635 || code === 0x645 || isMeridiemInitial(code);
}

/** "a", "p", "A" or "P": what "am" and "pm" open with. */
function isMeridiemInitial(code: number): boolean {
  return code === 97 || code === 112 || code === 65 || code === 80;
}

/** The words for "at" before an hour: "a las", "a la", "à", "às". */
const hourCueBefore = /(?:^|[^\p{L}])(?:a las|a la|à|às)\s$/iu;

/**
 * A date without a year after a word that introduces one ("du 14/01 au 28/01"), or an hour with its unit
 * ("à 14h15"): forms `numericDate` leaves out, as a bare "14/01" may be a fraction or a score. `start` to `end` is
 * a number token of one or two digits.
 */
function dayMonthOrHourAt(text: string, start: number, end: number): Detection | undefined {
  const next = text.charCodeAt(end);
  if (
    next === 46 &&
    isMeridiemInitial(text.charCodeAt(end + 3)) &&
    !isLetterOrDigit(text.charCodeAt(start - 1))
  )
    return twelveHourClockAt(text, start);
  if (next === 47 || next === 46) {
    if (!shortDateCue.test(text.slice(Math.max(0, start - 9), start))) return undefined;
    dayAndMonth.lastIndex = start;
    const match = dayAndMonth.exec(text);
    if (match === null) return undefined;
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
    // The period after "03.04." is the date's own; after "12/06." it ends the sentence.
    const monthEnd = start + match[1]!.length + 1 + match[2]!.length;
    const sentencePeriod = next === 47 && start + match[0].length === monthEnd + 1;
    return {
      type: "DATE_TIME",
      start,
      end: sentencePeriod ? monthEnd : start + match[0].length,
      score: 0.6,
      reason: "day and month after a date word",
    };
  }
  // Most numbers are followed by a space and a word no hour unit opens: ruled out by two reads.
  const afterSpace = text.charCodeAt(end + 1);
  if (next === 32 ? !opensHourUnit(afterSpace) : next !== 104 && !isMeridiemInitial(next)) return undefined;
  if (start > 0 && isLetterOrDigit(text.charCodeAt(start - 1))) return undefined;
  // "6pm", "6 pm", "10 a.m.": an hour of the twelve-hour clock.
  if (isMeridiemInitial(next) || (next === 32 && isMeridiemInitial(afterSpace)))
    return twelveHourClockAt(text, start);
  // What is left is an hour with its unit: "14h20", "9h", "17 h", "10 Uhr", "9 صباحاً" (in the morning).
  // "17 h" is a duration too ("17 h of work"): an hour only after "a las", "à", "às".
  if (next === 32 && afterSpace === 104 && !hourCueBefore.test(text.slice(Math.max(0, start - 7), start)))
    return undefined;
  hourWithUnit.lastIndex = start;
  const match = hourWithUnit.exec(text);
  if (match === null || Number(match[1]) > 24 || Number(match[2] ?? 0) > 59) return undefined;
  return {
    type: "DATE_TIME",
    start,
    end: start + match[0].length,
    score: 0.55,
    reason: "hour with its unit",
  };
}

/** The hour of the twelve-hour clock starting at `start` ("6pm", "10 a.m.", "2.30pm"), if one does. */
function twelveHourClockAt(text: string, start: number): Detection | undefined {
  twelveHourClock.lastIndex = start;
  const clock = twelveHourClock.exec(text);
  if (clock === null || Number(clock[1]) < 1 || Number(clock[1]) > 12) return undefined;
  let clockEnd = start + clock[0].length;
  // The period ending "a.m." ends a sentence too: it is kept only inside one.
  if (text.charCodeAt(clockEnd - 1) === 46 && clockEnd >= text.length) clockEnd--;
  return { type: "DATE_TIME", start, end: clockEnd, score: 0.6, reason: "hour of the twelve-hour clock" };
}

/** Reports the date or hour `dayMonthOrHourAt` finds at the number token; returns where dates may start again. */
function pushShortDate(
  text: string,
  start: number,
  end: number,
  found: Detection[],
  dateEnd: number,
): number {
  const date = dayMonthOrHourAt(text, start, end);
  if (date === undefined) return dateEnd;
  found.push(date);
  return date.end;
}

export const dateRecogniser: Recogniser = {
  name: "date",
  types: ["DATE_TIME", "DATE_OF_BIRTH", "AGE"],
  recognise(text) {
    const found: Detection[] = [];
    const ages: Detection[] = [];
    const table = tokensOf(text);
    // One pass for dates and ages; ages are reported after all dates, as two passes would.
    let dateEnd = -1;
    for (let token = 0; token < table.count; token++) {
      const start = table.start[token]!;
      let pattern: RegExp;
      if (table.kind[token] === NUMBER) {
        const end = table.end[token]!;
        pushAgesAt(text, table, token, ages);
        // Every numeric form starts with one or two digits then a separator, or with four digits.
        if (!mayStartNumericDate(text, start, end)) {
          if (start >= dateEnd && end - start <= 2) dateEnd = pushShortDate(text, start, end, found, dateEnd);
          continue;
        }
        pattern = numericDate;
      } else if (calendarWords.hasToken(table, token)) pattern = wordDate;
      else {
        if (table.first[token] === CASELESS && arabicAgeCues.hasToken(table, token)) {
          const age = arabicAgeInWordsAfter(text, table.end[token]!);
          if (age !== undefined) ages.push(age);
        } else if (numberWordOpeners.hasToken(table, token)) {
          const age = ageInWordsAt(text, table, token);
          if (age !== undefined) ages.push(age);
        }
        continue;
      }
      // No date is tried at a token inside the last one matched.
      if (start < dateEnd) continue;
      const end = recogniseDateAt(text, start, pattern, found);
      if (end >= 0) dateEnd = end;
      else if (pattern === wordDate && fullMonthWords.hasToken(table, token)) {
        const month = monthAfterTimePreposition(table, token);
        if (month !== undefined) {
          found.push(month);
          dateEnd = month.end;
        }
      } else if (pattern === numericDate && table.end[token]! - start <= 2)
        dateEnd = pushShortDate(text, start, table.end[token]!, found, dateEnd);
    }
    if (found.length > 0) {
      joinWeekdaysAndRanges(text, found);
      found.sort((left, right) => left.start - right.start);
      joinDatesAndTimes(text, found);
    }
    for (const age of ages) found.push(age);
    return found;
  },
};

/** Words between the first and last day of a range: "du 3 au 7 mars", "del 3 al 7", "vom 3. bis 7.", "3-7 March". */
const rangeBefore =
  /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?(?:\s(?:to|and|until|till|through|au|à|a|al|e|y|et|bis|und|-|–)\s|\s?[-–]\s?)$/iu;
/** The last characters of `rangeBefore`'s words ("to", "and", "au", "à", "et", "bis"...) and dashes. */
const endsRangeWord = codeUnitTest(/[odlhuàayetsn\-–]/iu);
const isDash = codeUnitTest(/[-–]/u);
const isRangeSpace = codeUnitTest(/\s/u);

/**
 * Whether `rangeBefore` can match before `start`: a dash there, or a space after a dash or the last letter of a
 * range word. Checked first, as most dates follow other words.
 */
function mayEndRangeWord(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return isDash(before) || (isRangeSpace(before) && endsRangeWord(text.charCodeAt(start - 2)));
}

/** A day's number after a weekday: "lunes 14", "Monday 3rd", "Montag, 14.". */
const dayAfterWeekday = /,?\s(\d{1,2})(?:st|nd|rd|th|er|º)?(?![\p{L}\p{N}])/iuy;

/**
 * Completes the dates found (in text order): a weekday takes the date or the day number right after it ("lundi 3
 * juin", "el lunes 14"), and the first day of a range is a date too ("du 3 au 7 mars", "from 3 to 7 March").
 */
function joinWeekdaysAndRanges(text: string, found: Detection[]): void {
  const added: Detection[] = [];
  // Compacted in place (a weekday and the date after it become one), never spliced: a text of many dates would
  // take quadratic time.
  let kept = 0;
  for (let index = 0; index < found.length; index++) {
    const date = found[index]!;
    if (date.reason === "weekday name") {
      const next = found[index + 1];
      const gap = next === undefined ? "" : text.slice(date.end, next.start);
      if (
        next !== undefined &&
        next.type === "DATE_TIME" &&
        (gap === " " || gap === ", ") &&
        isAsciiDigit(text.charCodeAt(next.start))
      ) {
        found[kept++] = { ...next, start: date.start, reason: `weekday and ${next.reason}` };
        index++;
        continue;
      }
      dayAfterWeekday.lastIndex = date.end;
      const day = dayAfterWeekday.exec(text);
      if (
        day !== null &&
        Number(day[1]) >= 1 &&
        Number(day[1]) <= 31 &&
        (next === undefined || next.start >= dayAfterWeekday.lastIndex)
      )
        found[kept++] = {
          ...date,
          end: dayAfterWeekday.lastIndex,
          score: 0.7,
          reason: "weekday and day of the month",
        };
      else found[kept++] = date;
      continue;
    }
    found[kept++] = date;
    if (date.type !== "DATE_TIME" || !isAsciiDigit(text.charCodeAt(date.start)) || date.start < 3) continue;
    if (!mayEndRangeWord(text, date.start)) continue;
    const range = rangeBefore.exec(text.slice(Math.max(0, date.start - 16), date.start));
    if (range === null || Number(range[1]) < 1 || Number(range[1]) > 31) continue;
    const first = date.start - range[0].length;
    const previous = kept >= 2 ? found[kept - 2] : undefined;
    if (previous !== undefined && previous.end > first) continue;
    added.push({
      type: "DATE_TIME",
      start: first,
      end: first + range[1]!.length,
      score: 0.7,
      reason: "first day of a range",
    });
  }
  found.length = kept;
  for (const first of added) found.push(first);
}

/** For the pre-check soundness tests. */
export const testHooks = {
  rangeBefore,
  mayEndRangeWord,
  everyCodeUnit,
  isAsciiDigit,
  isDigitOrDateSeparator,
  opensWithTime,
  holdsAsciiDigit,
  numericDate,
  mayStartNumericDate,
  isAfterBlocker,
};
