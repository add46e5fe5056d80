import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectPersonalData } from "./detect-personal-data.ts";
import type { Detection } from "./detection.ts";
import type { EntityType } from "./entity-type.ts";
import { liftContainers, NEAR_TIE, testHooks } from "./lift-containers.ts";

const types: readonly EntityType[] = ["PERSON", "STREET_ADDRESS"];

/** Detections on a short stretch of text, so that many nest; scores a near tie apart and further. */
const detection: fc.Arbitrary<Detection> = fc
  .record({
    type: fc.constantFrom(...types),
    start: fc.integer({ min: -1, max: 30 }),
    length: fc.integer({ min: -2, max: 12 }),
    score: fc.constantFrom(0.5, 0.55, 0.6, 0.75, 0.8, 0.9),
    reason: fc.constantFrom("a", "b"),
  })
  .map(({ type, start, length, score, reason }) => ({ type, start, end: start + length, score, reason }));

/**
 * The rule written out plainly: a detection takes the score (and names the reason) of the surest shorter one of
 * its type it holds that is at most a near tie surer (the longest, earliest, then first by reason among equals).
 */
function reference(detections: readonly Detection[]): Detection[] {
  return detections.map((container) => {
    const held = detections
      .filter(
        (other) =>
          other.type === container.type &&
          other.end > other.start &&
          other.start >= container.start &&
          other.end <= container.end &&
          other.end - other.start < container.end - container.start &&
          other.score > container.score &&
          other.score - container.score <= NEAR_TIE,
      )
      .sort(
        (left, right) =>
          right.score - left.score ||
          right.end - right.start - (left.end - left.start) ||
          left.start - right.start ||
          left.reason.localeCompare(right.reason),
      )[0];
    return held === undefined
      ? container
      : { ...container, score: held.score, reason: `${container.reason}; holds ${held.reason}` };
  });
}

function after(lift: (detections: Detection[]) => void, detections: readonly Detection[]): Detection[] {
  const copy = detections.slice();
  lift(copy);
  return copy;
}

test("both paths lift each detection as the plain rule says, whatever the order", () => {
  fc.assert(
    fc.property(fc.array(detection, { maxLength: 80 }), (detections) => {
      const expected = reference(detections);
      assert.deepEqual(after(testHooks.liftPairwise, detections), expected);
      assert.deepEqual(after(testHooks.liftSorted, detections), expected);
      assert.deepEqual(after(liftContainers, detections), expected);
      const reversed = detections.slice().reverse();
      assert.deepEqual(after(testHooks.liftPairwise, reversed), expected.slice().reverse());
      assert.deepEqual(after(testHooks.liftSorted, reversed), expected.slice().reverse());
    }),
    { numRuns: 500 },
  );
});

test("a lifted detection keeps its span and type and says what it holds; the others are left as they were", () => {
  const block: Detection = { type: "STREET_ADDRESS", start: 0, end: 40, score: 0.75, reason: "block" };
  const box: Detection = { type: "STREET_ADDRESS", start: 6, end: 18, score: 0.8, reason: "box" };
  const street: Detection = { type: "STREET_ADDRESS", start: 20, end: 30, score: 0.95, reason: "street" };
  const name: Detection = { type: "PERSON", start: 0, end: 40, score: 0.5, reason: "name" };
  const detections = [block, box, street, name];
  liftContainers(detections);
  assert.deepEqual(
    detections[0],
    { ...block, score: 0.8, reason: "block; holds box" },
    "0.95 is no near tie",
  );
  assert.equal(detections[1], box);
  assert.equal(detections[2], street);
  assert.equal(detections[3], name, "a detection of another type lends it nothing");
});

test("among equally sure held detections of one span, the choice does not depend on their order", () => {
  const container: Detection = { type: "STREET_ADDRESS", start: 0, end: 20, score: 0.5, reason: "block" };
  const first: Detection = { type: "STREET_ADDRESS", start: 2, end: 8, score: 0.55, reason: "b" };
  const second: Detection = { ...first, reason: "a" };
  for (const lift of [testHooks.liftPairwise, testHooks.liftSorted]) {
    assert.equal(after(lift, [container, first, second])[0]!.reason, "block; holds a");
    assert.equal(after(lift, [second, first, container])[2]!.reason, "block; holds a");
  }
});

test("a clause after an address cue does not take the street address's score over the data it runs on to", () => {
  const text = "Morada: Rua Augusta 120, 1100-053 Lisboa, NIF 123456789.";
  const result = detectPersonalData(text);
  assert.ok(result.ok);
  const found = result.detections.map(
    (detection) => `${detection.type}:${text.slice(detection.start, detection.end)}`,
  );
  assert.ok(found.includes("STREET_ADDRESS:Rua Augusta 120"), found.join(" | "));
  assert.ok(found.includes("LOCATION:Lisboa"), found.join(" | "));
  assert.ok(found.includes("NATIONAL_ID:123456789"), found.join(" | "));
});

test("an address block keeps its unit and town when it holds a surer post-office box", () => {
  const text = "Satu Elomo\n\n45818 P.O. Box 242\n Suite 787\n Kangerlussuaq\n\n Greenlander 54005";
  const result = detectPersonalData(text);
  assert.ok(result.ok);
  const addresses = result.detections
    .filter((found) => found.type === "STREET_ADDRESS")
    .map((found) => text.slice(found.start, found.end));
  assert.ok(addresses.includes("45818 P.O. Box 242\n Suite 787\n Kangerlussuaq"), addresses.join(" | "));
});
