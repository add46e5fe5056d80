import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectPersonalData } from "./detect-personal-data.ts";
import type { Detection } from "./detection.ts";

/** Asserts that `detections` are sorted by start, non-empty, inside the text and pairwise disjoint. */
function assertSortedAndDisjoint(text: string, detections: readonly Detection[]): void {
  let end = 0;
  for (const detection of detections) {
    const where = `${JSON.stringify(text)}: ${detection.type} [${detection.start}, ${detection.end})`;
    assert.ok(detection.start >= end, `overlaps or out of order, ${where}`);
    assert.ok(detection.end > detection.start && detection.end <= text.length, `empty or outside, ${where}`);
    end = detection.end;
  }
}

test("a name inside an address stays out once a place before the address comes back", () => {
  // Two address readings: the longer one, from the cue, covered the town and the name in the street's name; the
  // shorter one won, and the town came back. The name must not come back with it.
  const text = "عنواني عمان، جبل الحسين، شارع خالد بن الوليد، بناية ١٤";
  const result = detectPersonalData(text);
  assert.ok(result.ok);
  assertSortedAndDisjoint(text, result.detections);
  assert.deepEqual(
    result.detections.map((detection) => `${detection.type}:${text.slice(detection.start, detection.end)}`),
    ["LOCATION:عمان", "LOCATION:الحسين", "STREET_ADDRESS:شارع خالد بن الوليد، بناية ١٤"],
  );
});

test("the detections of any text are sorted and pairwise disjoint", () => {
  // Pieces that make the recognisers overlap: names inside streets, places before and after addresses, cues,
  // numbers that are codes or phones or ages, lines of a block, and Arabic script.
  const piece = fc.constantFrom(
    "My name is Jane Smith",
    "my address is",
    "12 Main Street",
    "Rue de la Paix 12",
    "75001 Paris",
    "London",
    "Springfield IL 62704",
    "Flat 3",
    "Dr. Ana Lima",
    "call 0612345678",
    "jane@example.org",
    "aged 12",
    "(34)",
    "عنواني عمان",
    "شارع خالد بن الوليد",
    "بناية ١٤",
    "calle del pez 12 madrid",
    "Acme Ltd",
    "Patient:",
    "DOB 01/02/1990",
  );
  const separator = fc.constantFrom(" ", ", ", "، ", "\n", ". ", " - ");
  fc.assert(
    fc.property(fc.array(fc.tuple(piece, separator), { maxLength: 8 }), (parts) => {
      const text = parts.map(([text, after]) => text + after).join("");
      const result = detectPersonalData(text);
      assert.ok(result.ok);
      assertSortedAndDisjoint(text, result.detections);
    }),
    { numRuns: 300 },
  );
});
