import type { Detection } from "./detection.ts";

/**
 * A date and its time are one moment: "jeudi 18 avril à 14h15", "sábado às 10h", "الثلاثاء 21 مايو الساعة 10:30
 * صباحاً", "Montag, 13. Mai, um 8:45 Uhr". The date recogniser finds the date (or weekday) and the time apart; these
 * steps join them, take the unit written after a time ("Uhr", "h", "صباحاً"), the word that says which week a
 * weekday is in ("next Thursday") and the day a time is on ("demain 9h").
 */

/** What stands between a date and its time: a comma or a space, and the word for "at" in the six languages. */
const betweenDateAndTime = /^,?[ \t](?:(?:at|à|às|as|a las|a la|um|gegen|alle|الساعة|في الساعة)[ \t])?$/iu;

/** A time of day alone: "10:30", "11:52 pm", "6pm", "2.30pm", "14h15", "9h", "10 Uhr", "17 h", "9 صباحاً". */
const timeOfDay =
  /^\d{1,2}(?::\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|(?:\.\d{2})?\s?[ap]\.?m\.?|h(?:\d{2})?|\s(?:Uhr|h|صباحاً|صباحا|مساءً|مساء|ظهراً|ظهرا))$/iu;

function isTimeOfDay(text: string, detection: Detection): boolean {
  if (detection.type !== "DATE_TIME" || detection.end - detection.start > 12) return false;
  const first = text.charCodeAt(detection.start);
  return first >= 48 && first <= 57 && timeOfDay.test(text.slice(detection.start, detection.end));
}

/** Units and parts of the day written after a time: " Uhr", " h", " heures", " صباحاً", " مساءً". */
const afterTime = /^[ \t](?:uhr|h|heures?|horas?|صباحاً|صباحا|مساءً|مساء|ظهراً|ظهرا)(?![\p{L}\p{M}])/iu;

/** Words before a weekday that say which week it is in: "next Thursday", "ce jeudi", "el próximo lunes". */
const weekBefore =
  /(?:^|[^\p{L}])((?:next|last|this|coming|ce|cette|prochain|dernier|el próximo|el pasado|este|o próximo|a próxima|nächsten|kommenden|diesen|letzten)[ \t])$/iu;

/** Words before a time that say which day it is on: "demain 9h", "tomorrow at 10:30", "mañana a las 9 h". */
const dayBefore =
  /(?:^|[^\p{L}])((?:demain|aujourd'hui|aujourd’hui|tomorrow|today|tonight|mañana|hoy|morgen|heute|amanhã|hoje|غدا|غداً|اليوم)[ \t](?:(?:à|at|a las|um|às|الساعة)[ \t])?)$/iu;

/**
 * Joins each date or weekday in `found` (in text order) with the time right after it, then widens each date over a
 * unit after its time and a week word before its weekday. The detections are replaced in place.
 */
export function joinDatesAndTimes(text: string, found: Detection[]): void {
  let kept = 0;
  for (let index = 0; index < found.length; index++) {
    let date = found[index]!;
    const next = found[index + 1];
    if (
      date.type === "DATE_TIME" &&
      next !== undefined &&
      next.start > date.end &&
      next.start - date.end <= 16 &&
      !isTimeOfDay(text, date) &&
      isTimeOfDay(text, next) &&
      betweenDateAndTime.test(text.slice(date.end, next.start))
    ) {
      date = {
        ...date,
        end: next.end,
        score: Math.max(date.score, next.score),
        reason: `${date.reason} and its time`,
      };
      index++;
    }
    found[kept++] = withWordsAround(text, date);
  }
  found.length = kept;
}

/** `date` widened over a unit after its time, a week word before its weekday and a day word before its time. */
function withWordsAround(text: string, date: Detection): Detection {
  if (date.type !== "DATE_TIME") return date;
  let { start, end } = date;
  const lastCode = text.charCodeAt(end - 1);
  if (lastCode >= 48 && lastCode <= 57) {
    const unit = afterTime.exec(text.slice(end, end + 8));
    if (unit !== null) end += unit[0].length;
  }
  const firstCode = text.charCodeAt(start);
  const before = text.slice(Math.max(0, start - 18), start);
  const opening =
    firstCode < 48 || firstCode > 57
      ? weekBefore.exec(before)
      : isTimeOfDay(text, date)
        ? dayBefore.exec(before)
        : null;
  if (opening !== null) start -= opening[1]!.length;
  return start === date.start && end === date.end ? date : { ...date, start, end };
}
