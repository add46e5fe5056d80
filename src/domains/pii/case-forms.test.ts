import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { caseForms } from "./case-forms.ts";
import { wordAlternation } from "./word-alternation.ts";

/** One trie of the three forms of every word, as the address patterns were written before. */
function allForms(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const entry of words) {
    forms.add(entry);
    forms.add(entry.charAt(0).toUpperCase() + entry.slice(1));
    forms.add(entry.toUpperCase());
  }
  return `(?:${wordAlternation(forms)})`;
}

function randomCase(word: string, flips: readonly boolean[]): string {
  return [...word].map((character, index) => (flips[index] ? character.toUpperCase() : character)).join("");
}

describe("caseForms", () => {
  it("matches each word in lower case, capitalised and upper case only", () => {
    const pattern = new RegExp(`^${caseForms(["st", "street", "rúa", "straße"])}$`, "u");
    for (const form of [
      "st",
      "St",
      "ST",
      "street",
      "Street",
      "STREET",
      "rúa",
      "Rúa",
      "RÚA",
      "Straße",
      "STRASSE",
    ])
      assert.ok(pattern.test(form), form);
    for (const form of ["sT", "STreet", "streeT", "rÚa", "STRAßE", "stre"])
      assert.ok(!pattern.test(form), form);
  });

  it("matches what one trie of all the forms matches, longest word first, followed by any tail", () => {
    // Awkward letters on purpose: ß and ŉ change length in upper case, ſ and ı are lower case letters whose
    // capitals are ASCII, İ has a two-unit lower case, digits and Arabic letters have no case, 𝐀 is astral.
    const letters = fc.constantFrom(..."abcABCéßŉſıİ1ش".split(""), "𝐀");
    const word = fc.array(letters, { minLength: 1, maxLength: 5 }).map((characters) => characters.join(""));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 6 }),
        fc.stringMatching(/^[a-cA-C.ßſ1 ]{0,4}$/),
        (words, flips, tail) => {
          const lowerCaseWords = words.map((entry) => entry.toLowerCase());
          const compact = new RegExp(`${caseForms(lowerCaseWords)}(?:b|c\\.|B)?`, "uy");
          const trie = new RegExp(`${allForms(lowerCaseWords)}(?:b|c\\.|B)?`, "uy");
          const candidates = lowerCaseWords.flatMap((entry) => [
            entry,
            entry.toUpperCase(),
            entry.charAt(0).toUpperCase() + entry.slice(1),
            randomCase(entry, flips),
          ]);
          for (const candidate of [...candidates.map((form) => form + tail), tail]) {
            compact.lastIndex = 0;
            trie.lastIndex = 0;
            assert.equal(compact.exec(candidate)?.[0], trie.exec(candidate)?.[0], JSON.stringify(candidate));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
