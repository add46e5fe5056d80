import type { Detection } from "./detection.ts";
import { type EntityType, entityTypes } from "./entity-type.ts";
import { wordAlternation } from "./word-alternation.ts";

/**
 * Dates and times in a service's general notices are nobody's personal data: "Opening hours: Monday to Friday
 * 9am–5pm", "Le service est ouvert du lundi au vendredi de 8h30 à 12h00", "The closing date for admissions is 15
 * January". Redacting them costs what the model and the reader need (a retrieved page's opening hours, a deadline)
 * and protects no one. A date stays personal when its sentence is about someone: a speaker ("I", "mon"), an
 * appointment, or personal data found beside it.
 */

/** Words of a notice about when a service is open, closed or unavailable. */
const openingWords = [
  // The working week as a range: "du lundi au vendredi", "Monday to Friday", "de lunes a viernes".
  "monday to friday",
  "monday to saturday",
  "du lundi au",
  "de lunes a",
  "montag bis",
  "de segunda a",
  "de segunda-feira a",
  // English
  "open",
  "opens",
  "opening hours",
  "opening times",
  "office hours",
  "closed",
  "closes",
  "closure",
  "hotline",
  "helpline",
  "maintenance",
  "bank holiday",
  "bank holidays",
  "public holiday",
  "public holidays",
  // French
  "ouvre",
  "ouvrent",
  "ouvert",
  "ouverte",
  "ouverts",
  "ouvertes",
  "ouverture",
  "horaires",
  "fermé",
  "fermée",
  "fermés",
  "fermées",
  "fermeture",
  "permanence",
  "permanences",
  "jours fériés",
  // Spanish
  "horario",
  "horarios",
  "abre",
  "abren",
  "cierra",
  "cierran",
  "abierto",
  "abierta",
  "cerrado",
  "cerrada",
  "cierre",
  "atención al público",
  // "La Oficina de Atención Ciudadana atiende de lunes a viernes": an office's hours.
  "atiende",
  "atienden",
  "mantenimiento",
  "días festivos",
  // German
  "öffnungszeiten",
  "öffnet",
  "schließt",
  "schliesst",
  "geöffnet",
  "geschlossen",
  "sprechzeiten",
  "sprechstunde",
  "servicezeiten",
  "ruhetag",
  "wartung",
  "feiertag",
  "feiertagen",
  // Portuguese
  "horário",
  "horários",
  "funciona",
  "abrem",
  "funcionamento",
  "aberto",
  "aberta",
  "encerrado",
  "encerrada",
  "fechado",
  "fechada",
  // Not "atendimento" alone: "atendimento no dia 07/05" is someone's appointment.
  "atendimento ao público",
  "manutenção",
  "feriados",
  // Arabic
  "ساعات العمل",
  "أوقات العمل",
  "مواعيد العمل",
  "الدوام",
  "يعمل",
  "تعمل",
  "مفتوح",
  "مغلق",
  "يغلق",
  "يُغلق",
  "تغلق",
  "العطل الرسمية",
  "صيانة",
];

/** Words of a deadline or a calendar set for everyone. */
const deadlineWords = [
  "deadline",
  "closing date",
  "term dates",
  "half-term",
  "school holidays",
  "date limite",
  "au plus tard",
  "vacances scolaires",
  "fecha límite",
  "plazo",
  "vence",
  "vacaciones escolares",
  "frist",
  "stichtag",
  "schulferien",
  "prazo",
  "data limite",
  "férias escolares",
  "آخر موعد",
  "الموعد النهائي",
  "العطلة المدرسية",
];

/** Words that make a sentence about a person: the speaker, or an appointment. */
const speakerAndAppointmentWords = [
  "i",
  "i'm",
  "i’m",
  "me",
  "my",
  "appointment",
  "je",
  "j'",
  "j’",
  "moi",
  "mon",
  "ma",
  "mes",
  "rendez-vous",
  "rdv",
  "yo",
  "mi",
  "mis",
  "cita",
  "ich",
  "mich",
  "mir",
  "mein",
  "meine",
  "meinen",
  "meinem",
  "meiner",
  "termin",
  "eu",
  "meu",
  "minha",
  "meus",
  "minhas",
  "consulta",
  "marcação",
  "أنا",
  "موعد",
  "موعدك",
  "موعدي",
];

/** The second person: a deadline said to "you" is one of the reader's case ("You must reply by 3 May"). */
const secondPersonWords = [
  "you",
  "your",
  "vous",
  "votre",
  "vos",
  "tu",
  "ton",
  "ta",
  "tes",
  "usted",
  "ustedes",
  "tus",
  "du",
  "dein",
  "deine",
  "ihr",
  "ihre",
  "ihren",
  "ihrem",
  "você",
  "vocês",
  "teu",
  "tua",
  "لك",
  "عليك",
];

/** "By appointment only" in a notice names no one's appointment: "solo con cita previa", "sur rendez-vous". */
const byAppointmentWords = [
  "by appointment",
  "appointment only",
  "sur rendez-vous",
  "sur rdv",
  "con cita previa",
  "cita previa",
  "nach terminvereinbarung",
  "nach vereinbarung",
  "mit termin",
  "mediante marcação",
  "com marcação",
  "por marcação",
  "بموعد مسبق",
];

function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:${wordAlternation(words, { lowerCase: true })})(?![\\p{L}\\p{N}])`,
    "iu",
  );
}

const openingNotice = wordsPattern(openingWords);
const deadlineNotice = wordsPattern(deadlineWords);
const aboutSomeone = wordsPattern(speakerAndAppointmentWords);
const toTheReader = wordsPattern(secondPersonWords);
const byAppointment = new RegExp(wordsPattern(byAppointmentWords).source, "giu");

/** Types that say nothing of whom a sentence is about: a notice names dates, places, services and their sites. */
const impersonalTypes: ReadonlySet<EntityType> = new Set([
  "DATE_TIME",
  "LOCATION",
  "ORGANIZATION",
  "POSTAL_CODE",
  "URL",
  "IP_ADDRESS",
]);
/** Types whose presence in a sentence makes it about a person: every other type. */
const personalTypes: ReadonlySet<string> = new Set(entityTypes.filter((type) => !impersonalTypes.has(type)));

/** How far a sentence is looked for on either side of a date: a text without sentence ends costs no more. */
const sentenceReach = 300;

/**
 * Where the sentence holding `index` starts: after a line break, "!" or "?", or a period followed by white space and
 * a capital whose word before is no number ("9. Mai") or single capital ("J. Smith").
 */
function sentenceStart(text: string, index: number): number {
  const from = Math.max(0, index - sentenceReach);
  for (let at = index - 1; at > from; at--) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 33 || code === 63) return at + 1;
    if (code === 46 && endsSentence(text, at)) return at + 1;
  }
  return from;
}

function sentenceEnd(text: string, index: number): number {
  const until = Math.min(text.length, index + sentenceReach);
  for (let at = index; at < until; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 33 || code === 63) return at;
    if (code === 46 && endsSentence(text, at)) return at;
  }
  return until;
}

const upperCaseLetter = /\p{Lu}/u;

/** Whether the period at `at` ends a sentence. */
function endsSentence(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  if (!(next === 32 || next === 10 || Number.isNaN(next))) return false;
  if (!Number.isNaN(next) && next === 32 && !upperCaseLetter.test(text.charAt(at + 2))) return false;
  const before = text.charCodeAt(at - 1);
  if (before >= 48 && before <= 57) return false;
  const twoBefore = text.charCodeAt(at - 2);
  return !(upperCaseLetter.test(text.charAt(at - 1)) && (Number.isNaN(twoBefore) || twoBefore === 32));
}

/**
 * Whether the sentence from `start` to `end`, which holds detection `date`, is a general notice and nothing in it is
 * about a person.
 */
function isGeneralNotice(
  text: string,
  start: number,
  end: number,
  detections: readonly Detection[],
  date: number,
): boolean {
  // Personal data beside the date first: most dates are someone's, and this look costs no pattern.
  for (let index = date - 1; index >= 0 && detections[index]!.end > start; index--)
    if (personalTypes.has(detections[index]!.type)) return false;
  for (let index = date + 1; index < detections.length && detections[index]!.start < end; index++)
    if (personalTypes.has(detections[index]!.type)) return false;
  const sentence = text.slice(start, end);
  const opening = openingNotice.test(sentence);
  if (!opening && !deadlineNotice.test(sentence)) return false;
  if (aboutSomeone.test(sentence.replace(byAppointment, " "))) return false;
  // Opening hours may be told to "you" ("you can call us Monday to Friday"); a deadline told to "you" is yours.
  return opening || !toTheReader.test(sentence);
}

/**
 * `detections` (sorted by start, disjoint) without the dates and times of general notices. Returns the same array
 * when none is dropped.
 */
export function withoutGeneralSchedules(text: string, detections: Detection[]): Detection[] {
  let kept: Detection[] | undefined;
  let checkedUntil = -1;
  let general = false;
  for (let index = 0; index < detections.length; index++) {
    const detection = detections[index]!;
    if (detection.type === "DATE_TIME") {
      if (detection.start >= checkedUntil) {
        const start = sentenceStart(text, detection.start);
        checkedUntil = sentenceEnd(text, detection.end);
        general = isGeneralNotice(text, start, checkedUntil, detections, index);
      }
      if (general) {
        kept ??= detections.slice(0, index);
        continue;
      }
    }
    kept?.push(detection);
  }
  return kept ?? detections;
}
