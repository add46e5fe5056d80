import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { Detection } from "./detection.ts";
import { tokensOf } from "./scan.ts";
import { recogniseUkDrivingLicences } from "./uk-driving-licences.ts";

function licences(text: string): string[] {
  const found: Detection[] = [];
  recogniseUkDrivingLicences(tokensOf(text), found);
  return found.map((detection) => text.slice(detection.start, detection.end));
}

test("a licence number's family name part may be short and padded with 9s, its date part a woman's month", () => {
  assert.deepEqual(licences("licence SMIT9904215JJ9AB please"), ["SMIT9904215JJ9AB"]);
  assert.deepEqual(licences("LEE99 851231 J99AB 01"), ["LEE99 851231 J99AB 01"]);
  // Inside a longer run of capitals and digits it is none.
  assert.deepEqual(licences("XMORGA753116SM9IJ"), []);
  assert.deepEqual(licences("MORGA753116SM9IJX"), []);
});

test("any text: no throw, and every licence read lies within the text", () => {
  const pieces = fc.constantFrom("MORGA", "9", "753116", " ", "SM9IJ", "01", "A", "999999", "\n");
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      const found: Detection[] = [];
      recogniseUkDrivingLicences(tokensOf(text), found);
      for (const detection of found) assert.ok(detection.start >= 0 && detection.end <= text.length);
    }),
    { numRuns: 500 },
  );
});
