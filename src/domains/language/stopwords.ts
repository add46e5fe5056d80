/**
 * Function words per language. Lexical support and retrieval scoring ignore them, because "the", "de" or
 * "في" shared between a sentence and a passage says nothing about whether the passage supports the claim.
 * Short, hand-picked lists (not exhaustive): missing a stopword only makes a check slightly more lenient.
 */
const LISTS: Record<string, string> = {
  en: "a an the and or but if then of to in on at by for with from as is are was were be been being it its this that these those there here i you he she we they me my your our their them his her not no do does did have has had can could will would shall should may might must so than too very just also about into over under what which who whom whose when where why how all any each some such only own same other",
  fr: "le la les un une des du de d l et ou mais si alors à au aux en dans sur par pour avec sans sous est sont était été être a ont avait ce cet cette ces il elle ils elles je tu nous vous on me te se mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ne pas plus que qui quoi dont où quand comment tout tous toute toutes y",
  es: "el la los las un una unos unas de del y o pero si en a al con sin por para sobre es son era fue ser está están estar ha han he que qui quien cual cuando donde como este esta estos estas ese esa eso lo le les se me te nos os mi mis tu tus su sus nuestro nuestra no más muy ya también todo todos",
  de: "der die das den dem des ein eine einer eines einem einen und oder aber wenn dann von zu in im an am auf bei mit aus für über unter ist sind war waren sein wird werden hat haben hatte kann können muss soll ich du er sie es wir ihr mich mir dich dir sich mein dein unser euer nicht kein keine auch noch nur so wie was wer wo wann warum dass als um zum zur",
  pt: "o a os as um uma uns umas de do da dos das e ou mas se em no na nos nas por para com sem sobre é são era foi ser está estão estar tem têm ter que quem qual quando onde como este esta estes estas esse essa isso isto ele ela eles elas eu tu nós vós me te lhe meu minha seu sua nosso não mais muito já também todo todos ao aos à às",
  ar: "في من إلى الى على عن مع هذا هذه ذلك تلك هو هي هم أنا انا أنت نحن و أو او ثم لا لم لن ما ماذا متى أين كيف هل قد كان كانت يكون التي الذي الذين كل بعض أي غير إن ان أن",
};

// Tokens are accent-folded before lookup (see tokenize), so the lists are folded the same way.
const fold = (word: string) => word.normalize("NFKD").replace(/\p{M}/gu, "");
const SETS = new Map(
  Object.entries(LISTS).map(([language, words]) => [language, new Set(words.split(" ").map(fold))]),
);
const ALL = new Set(Object.values(LISTS).flatMap((words) => words.split(" ").map(fold)));

/** Expects a lowercased, accent-folded token. With no known language, the union of all lists is used. */
export function isStopword(word: string, language?: string): boolean {
  const set = language ? SETS.get(language) : undefined;
  return (set ?? ALL).has(word);
}
