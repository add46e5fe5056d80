import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { cueWordsFor } from "./context-words.ts";
import {
  readsAsLowerCase,
  registerWord,
  UNLISTED,
  WordSet,
  wordIdOf,
  wordIdOfRange,
  wordIdOfText,
} from "./lexicon.ts";
import { TokenWordSet, tokensOf, WORD } from "./scan.ts";

describe("lexicon", () => {
  it("gives a word in any casing, found in place inside a text, the id it was registered with", () => {
    const id = registerWord("straße");
    const text = "Die HAUPTSTRASSE und die Straße.";
    const start = text.indexOf("Straße");
    assert.equal(wordIdOfText(text, start, start + "Straße".length), id);
    assert.equal(wordIdOfText("STRAßE", 0, 6), id);
    assert.equal(wordIdOfText(text, 4, 16), wordIdOf("hauptstrasse"));
  });

  it("answers UNLISTED for words no list holds, including prefixes and extensions of listed words", () => {
    registerWord("avenue");
    for (const word of ["aven", "avenues", "xavenue", "zzqv"])
      assert.equal(wordIdOfText(word, 0, word.length), UNLISTED);
  });

  it("falls back to a string look-up when a character lower-cases to more than one code unit", () => {
    const id = registerWord("i̇stanbul"); // "İstanbul".toLowerCase(): the dotted capital I becomes two code units
    assert.equal(wordIdOfRange("İstanbul", 0, 8), -1);
    assert.equal(wordIdOfText("İstanbul", 0, 8), id);
  });

  it("agrees with a Set of lower-cased strings for random words and casings", () => {
    const letters = fc.constantFrom(..."aAbBéÉßçÇ'-ñÑ");
    const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.array(word, { maxLength: 20 }), (listed, probes) => {
        const set = new WordSet(listed);
        const reference = new Set(listed.map((entry) => entry.toLowerCase()));
        for (const probe of [...listed, ...probes]) {
          const lower = probe.toLowerCase();
          assert.equal(set.has(lower), reference.has(lower), probe);
          assert.equal(set.hasId(wordIdOfText(probe, 0, probe.length)), reference.has(lower), probe);
        }
      }),
    );
  });

  it("gives a word token the id of its lower-cased text, with an apostrophe or hyphen inside it", () => {
    const letters = fc.array(fc.constantFrom(..."aAbBéÉçÇñÑ"), { minLength: 1, maxLength: 4 });
    const joined = fc
      .tuple(letters, fc.option(fc.tuple(fc.constantFrom("'", "’", "-"), letters)))
      .map(([head, tail]) => head.join("") + (tail === null ? "" : tail[0] + tail[1].join("")));
    fc.assert(
      fc.property(
        fc.array(joined, { maxLength: 12 }),
        fc.array(joined, { maxLength: 12 }),
        (listed, probes) => {
          const set = new TokenWordSet(listed);
          const reference = new Set(listed.map((entry) => entry.toLowerCase()));
          const table = tokensOf([...listed, ...probes].join(" "));
          for (let token = 0; token < table.count; token++) {
            const word = table.text.slice(table.start[token], table.end[token]);
            assert.equal(set.hasToken(table, token), reference.has(word.toLowerCase()), word);
          }
        },
      ),
    );
  });

  it("lets token tables test list membership by id", () => {
    const streetTypes = new TokenWordSet(["Street", "rue"]);
    const table = tokensOf("12 Oak STREET, 5 Rue de la Paix, streets");
    const listed: string[] = [];
    for (let token = 0; token < table.count; token++) {
      if (table.kind[token] === WORD && streetTypes.hasToken(table, token))
        listed.push(table.text.slice(table.start[token], table.end[token]));
    }
    assert.deepEqual(listed, ["STREET", "Rue"]);
  });
});

describe("readsAsLowerCase", () => {
  /** The comparison it replaces: the text lower-cased whole when that keeps its length, else the slice. */
  function lowerCasedCompare(text: string, at: number, phrase: string): boolean {
    const lowered = text.toLowerCase();
    return lowered.length === text.length
      ? lowered.startsWith(phrase, at)
      : text.slice(at, at + phrase.length).toLowerCase() === phrase;
  }

  it("agrees with comparing the lower-cased text, for phrases without a sigma", () => {
    const phrases = ["passport", "driver's license", "n° de passeport", "mrn", "führerschein", "رقم"];
    // The phrases as written in any case, and characters whose lower case is longer or depends on their place.
    const casings = phrases.flatMap((phrase) => [
      phrase,
      phrase.toUpperCase(),
      phrase[0]!.toUpperCase() + phrase.slice(1),
    ]);
    const character = fc.constantFrom(..."aApPsSrRmMnN'’ °ßİΣσςé\uD83D\uDE00", ...casings);
    const text = fc.array(character, { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom(...phrases), fc.nat(40), (sample, phrase, at) => {
        const position = Math.min(at, sample.length);
        assert.equal(readsAsLowerCase(sample, position, phrase), lowerCasedCompare(sample, position, phrase));
      }),
      { numRuns: 3000 },
    );
  });

  it("holds for every cue phrase of the document-number recogniser: lower-case, no sigma", () => {
    for (const cue of ["passport", "driverLicense", "medicalRecord"] as const) {
      for (const phrase of cueWordsFor(cue)) {
        const lower = phrase.toLowerCase();
        assert.ok(!/[σς]/.test(lower), phrase);
      }
    }
  });
});
