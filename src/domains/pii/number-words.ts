import { TokenWordSet } from "./scan.ts";

/**
 * Numbers from 1 to 120 written in words in English, French, Spanish, Portuguese and German, as people write their
 * age ("ninety-two", "soixante-dix", "treinta y dos", "oitenta", "dreiundachtzig"). Arabic's are in
 * `age-expressions.ts`. Pure: word lists and a reader of a few words.
 */

const units: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  três: 3,
  quatro: 4,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  doze: 12,
  treze: 13,
  catorze: 14,
  dezasseis: 16,
  dezesseis: 16,
  dezassete: 17,
  dezessete: 17,
  dezoito: 18,
  dezanove: 19,
  dezenove: 19,
  eins: 1,
  ein: 1,
  eine: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};

const tens: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  oitenta: 80,
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

const hundreds: Readonly<Record<string, number>> = {
  hundred: 100,
  cent: 100,
  cien: 100,
  ciento: 100,
  cem: 100,
  cento: 100,
  hundert: 100,
};

/** Spanish twenties written as one word: "veintiuno" ... "veintinueve". */
const spanishTwenties: Readonly<Record<string, number>> = {
  veintiuno: 21,
  veintiún: 21,
  veintiuna: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};

/** The value of one word, or of a word whose parts a hyphen or German "und" joins; 0 when it is no number. */
function wordValue(word: string): number {
  const whole = units[word] ?? tens[word] ?? hundreds[word] ?? spanishTwenties[word];
  if (whole !== undefined) return whole;
  // German: "zweiundvierzig" is two and forty.
  const und = word.indexOf("und");
  if (und > 0) {
    const unit = units[word.slice(0, und)];
    const ten = tens[word.slice(und + 3)];
    if (unit !== undefined && unit < 10 && ten !== undefined) return ten + unit;
  }
  if (!word.includes("-")) return 0;
  // "ninety-two", "soixante-dix", "quatre-vingt-douze", "dix-huit", "vingt-et-un".
  let total = 0;
  const parts = word.split("-");
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (part === "et") continue;
    if (part === "quatre" && (parts[index + 1] === "vingt" || parts[index + 1] === "vingts")) {
      total += 80;
      index++;
      continue;
    }
    const value = units[part] ?? tens[part];
    if (value === undefined) return 0;
    total += value;
  }
  return total;
}

/** Words that join the parts of a number: "treinta y dos", "trinta e dois", "vingt et un", "a hundred and two". */
const numberJoiners = new Set(["y", "e", "et", "and"]);

/** Every word a number written in words may open with, for a look-up per token before reading any. */
export const numberWordOpeners: TokenWordSet = new TokenWordSet(
  (() => {
    const words = new Set([
      ...Object.keys(units),
      ...Object.keys(tens),
      ...Object.keys(hundreds),
      ...Object.keys(spanishTwenties),
    ]);
    for (const ten of ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
      for (const unit of ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
        words.add(`${ten}-${unit}`);
    const frenchTens = ["vingt", "trente", "quarante", "cinquante", "soixante"];
    const frenchUnits = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
    for (const ten of frenchTens) {
      for (const unit of frenchUnits.slice(1)) words.add(`${ten}-${unit}`);
      words.add(`${ten}-et-un`);
    }
    for (const teen of [
      "dix",
      "onze",
      "douze",
      "treize",
      "quatorze",
      "quinze",
      "seize",
      "dix-sept",
      "dix-huit",
      "dix-neuf",
    ]) {
      words.add(`soixante-${teen}`);
      words.add(`quatre-vingt-${teen}`);
    }
    words.add("quatre-vingt");
    words.add("quatre-vingts");
    for (const unit of frenchUnits) words.add(`quatre-vingt-${unit}`);
    for (const teen of ["dix-sept", "dix-huit", "dix-neuf"]) words.add(teen);
    words.add("soixante-et-onze");
    const germanUnits = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
    for (const ten of [
      "zwanzig",
      "dreißig",
      "dreissig",
      "vierzig",
      "fünfzig",
      "sechzig",
      "siebzig",
      "achtzig",
      "neunzig",
    ])
      for (const unit of germanUnits) words.add(`${unit}und${ten}`);
    return [...words];
  })(),
);

/** A number read from words: its value and the index after its last word. */
export interface WordNumber {
  readonly value: number;
  readonly next: number;
}

/**
 * Reads a number from `words` (lower-cased, one per token) at `from`: a word, then a joiner and a smaller word
 * ("treinta y dos", "vingt et un"), a following unit ("twenty two"), or "hundred" and what follows it. Undefined when
 * the first word is no number, "one" of "one of them" aside: the caller decides by what comes around it.
 */
export function readWordNumber(words: readonly string[], from: number): WordNumber | undefined {
  const first = wordValue(words[from] ?? "");
  if (first === 0) return undefined;
  let value = first;
  let next = from + 1;
  // "one hundred", "a hundred" are read by the caller as "hundred" after a unit.
  if (first < 10 && hundreds[words[next] ?? ""] !== undefined) {
    value = 100 * first;
    next++;
  }
  if (value >= 100 && numberJoiners.has(words[next] ?? "")) {
    const rest = wordValue(words[next + 1] ?? "");
    if (rest > 0 && rest < 100) return { value: value + rest, next: next + 2 };
  }
  if (value >= 20 && value % 10 === 0 && value < 100) {
    // "treinta y dos", "trinta e dois", "vingt et un", and "twenty two" without a hyphen.
    if (numberJoiners.has(words[next] ?? "")) {
      const unit = wordValue(words[next + 1] ?? "");
      if (unit > 0 && unit < 10) return { value: value + unit, next: next + 2 };
    }
    const unit = wordValue(words[next] ?? "");
    if (unit > 0 && unit < 10) return { value: value + unit, next: next + 1 };
  }
  return { value, next };
}
