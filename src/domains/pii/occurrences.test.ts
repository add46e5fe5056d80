import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { occurrencesOfEach } from "./occurrences.ts";

function searchPerNeedle(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle.length === 0) return starts;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

// Few distinct pieces, so needles share prefixes and suffixes, nest and overlap; lone surrogates and a combining
// accent, which must not stop a match.
const pieces = fc.constantFrom("a", "b", "ab", "aa", "ba", " ", "é", "\u0301", "\uD83D", "\uDE00", "\u0000");
const strings = (minLength: number, maxLength: number) =>
  fc.array(pieces, { minLength, maxLength }).map((parts) => parts.join(""));

test("every start of each needle is found in one pass, as a search per needle finds them", () => {
  fc.assert(
    fc.property(strings(0, 16), fc.array(strings(0, 5), { maxLength: 8 }), (text, needles) => {
      assert.deepEqual(
        occurrencesOfEach(text, needles),
        needles.map((needle) => searchPerNeedle(text, needle)),
      );
    }),
    { numRuns: 3000 },
  );
});

test("a needle is found before a combining accent and inside a longer needle's match", () => {
  assert.deepEqual(occurrencesOfEach("abc\u0301 xabcx", ["abc", "b", "xabcx"]), [[0, 6], [1, 7], [5]]);
});
