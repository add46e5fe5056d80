import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { repeated, wordAlternation } from "./word-alternation.ts";

function flat(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"))
    .join("|");
}

describe("wordAlternation", () => {
  it("shares prefixes and prefers the longest word", () => {
    const source = wordAlternation(["st", "street", "streets"]);
    assert.equal(source, "st(?:reet(?:s)?)?");
    assert.equal(new RegExp(`^(?:${source})`, "u").exec("streets ")?.[0], "streets");
    assert.equal(new RegExp(`^(?:${source})`, "u").exec("stre")?.[0], "st");
  });

  it("escapes regex syntax and keeps characters outside the BMP whole", () => {
    const source = wordAlternation(["a.b", "c|d", "😀x", "😀y"]);
    const pattern = new RegExp(`^(?:${source})$`, "u");
    for (const word of ["a.b", "c|d", "😀x", "😀y"]) assert.ok(pattern.test(word), word);
    assert.ok(!pattern.test("axb"));
  });

  it("matches exactly what a flat longest-first alternation matches, followed by any tail", () => {
    const word = fc.stringMatching(/^[a-cA-C.|é]{1,5}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.string({ maxLength: 8 }),
        (words, tail) => {
          const trie = new RegExp(`(?:${wordAlternation(words)})(?:b|c\\.)?`, "uy");
          const list = new RegExp(`(?:${flat(words)})(?:b|c\\.)?`, "uy");
          for (const candidate of [...words.map((entry) => entry + tail), tail]) {
            assert.equal(trie.exec(candidate)?.[0], list.exec(candidate)?.[0], candidate);
            trie.lastIndex = 0;
            list.lastIndex = 0;
          }
        },
      ),
    );
  });
});

describe("repeated", () => {
  it("matches exactly what the plain bounded repetition matches, greedy and lazy", () => {
    const body = fc.constantFrom("a", "ab", "[a-c]+\\s", "(?:a|b)c?", "\\p{Lu}\\p{Ll}*\\s?");
    const tail = fc.constantFrom("", "c", "b\\.", "(?:ab|a)");
    fc.assert(
      fc.property(
        body,
        tail,
        fc.nat(3),
        fc.nat(3),
        fc.boolean(),
        // Subjects made of pieces the bodies match, so long runs of repetitions are common.
        fc
          .array(fc.constantFrom("a", "ab", "ac", "b ", "c", "Ab ", "Ac", ".", " "), { maxLength: 10 })
          .map((pieces) => pieces.join("")),
        (inner, after, min, extra, lazy, subject) => {
          const max = min + extra;
          const plain = new RegExp(`(?:${inner}){${min},${max}}${lazy ? "?" : ""}${after}`, "uy");
          const rolled = new RegExp(repeated(inner, min, max, lazy) + after, "uy");
          for (let position = 0; position <= subject.length; position++) {
            plain.lastIndex = position;
            rolled.lastIndex = position;
            assert.equal(rolled.exec(subject)?.[0], plain.exec(subject)?.[0], `${subject} at ${position}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
