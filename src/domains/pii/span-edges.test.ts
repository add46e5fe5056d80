import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectPersonalData } from "./detect-personal-data.ts";

/**
 * A detection that takes in the white space around it would take it out of the text when redacted: a line
 * break inside "[STREET_ADDRESS_1]" joins two lines of an address block, and indentation disappears. Address
 * blocks, unit lines, indented lines and cues followed by several spaces are where spans have been seen to run
 * over.
 */
const fragments = fc.constantFrom(
  "3482 Via Franscini 71 Suite 838",
  "12 Main Street Apt 4",
  "45818 P.O. Box 242",
  "Suite 787",
  "Tujetsch",
  "Boston",
  "my address is",
  "Anschrift:",
  "unit 4526 box 0671",
  "Sophie Lang",
  "+44 20 7946 0018",
  "alice@example.org",
  "thanks",
);
const gaps = fc.constantFrom(" ", "  ", "    ", "\n", "\n   ", "\r\n", "\t", ", ", "\n\n ");
const texts = fc
  .array(fc.tuple(fragments, gaps), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([fragment, gap]) => fragment + gap).join(""));

function isWhiteSpace(character: string | undefined): boolean {
  return character !== undefined && /\s/u.test(character);
}

test("a detection neither begins nor ends with white space", () => {
  fc.assert(
    fc.property(texts, (text) => {
      const result = detectPersonalData(text);
      assert.ok(result.ok);
      for (const { type, start, end } of result.detections) {
        const value = text.slice(start, end);
        assert.ok(
          !isWhiteSpace(value[0]) && !isWhiteSpace(value[value.length - 1]),
          `${type} ${JSON.stringify(value)} in ${JSON.stringify(text)}`,
        );
      }
    }),
    { numRuns: 2000 },
  );
});
