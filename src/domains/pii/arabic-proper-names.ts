import { arabicSentenceWords } from "./free-text-words.ts";
import { adjacent, CASELESS, type TokenTable, TokenWordSet } from "./scan.ts";

/** Titles of rulers and scholars that institutions are named after: "مستشفى الملك فيصل", "جامعة الأمير سلطان". */
const arabicTitlesInNames = new TokenWordSet([
  "الملك",
  "الأمير",
  "الامير",
  "الشيخ",
  "الإمام",
  "الامام",
  "السلطان",
]);
/** "For girls", "for boys": what a school's name ends with ("مدرسة الوكرة الثانوية للبنات"). */
const forWhom = new TokenWordSet(["للبنات", "للبنين"]);

/** Words of time that follow a name without being part of it: "مستشفى الأميري الأسبوع الماضي". */
const arabicTimeWords = new TokenWordSet([
  "اليوم",
  "الأسبوع",
  "الاسبوع",
  "الشهر",
  "السنة",
  "العام",
  "الماضي",
  "القادم",
  "الساعة",
  "الصباح",
  "المساء",
]);

/**
 * The last word of an Arabic proper name opening at `from`, after an institution's prefix ("مستشفى", "بنك") or a
 * street's type ("شارع"). Arabic has no capitals to end a name; the words of one are definite ("مستشفى القصر
 * العيني", "مدرسة الأمل الابتدائية"), or a name after a ruler's title ("الملك فيصل"). Up to four words; a
 * preposition, a word of time or an indefinite word ends it ("بنك القاهرة" before "عمان", a verb after the name).
 */
export function arabicProperNameEnd(table: TokenTable, from: number): number {
  const text = table.text;
  let last = from;
  while (last + 1 < table.count && last - from < 3) {
    const next = last + 1;
    if (table.first[next] !== CASELESS || !adjacent(table, last, next)) break;
    if (arabicSentenceWords.hasToken(table, next) || arabicTimeWords.hasToken(table, next)) break;
    const definite =
      (text.charCodeAt(table.start[next]!) === 0x627 && text.charCodeAt(table.start[next]! + 1) === 0x644) ||
      forWhom.hasToken(table, next);
    if (!definite && !arabicTitlesInNames.hasToken(table, last)) break;
    last = next;
  }
  return last;
}
