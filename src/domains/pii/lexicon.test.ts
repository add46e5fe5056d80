import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { registerWord, UNLISTED, WordSet, wordIdOf, wordIdOfRange, wordIdOfText } from "./lexicon.ts";
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
