import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { Detection } from "./detection.ts";
import type { EntityType } from "./entity-type.ts";
import { resolveOverlaps } from "./resolve-overlaps.ts";

const types: readonly EntityType[] = ["PERSON", "LOCATION", "PHONE_NUMBER", "STREET_ADDRESS"];

/**
 * Detections on a short stretch of text, so that many overlap; scores from a few values, so that many tie, and
 * equal spans of one type that differ only in their reason, where the first reported must win.
 */
const detection: fc.Arbitrary<Detection> = fc
  .record({
    type: fc.constantFrom(...types),
    start: fc.integer({ min: -1, max: 30 }),
    length: fc.integer({ min: -1, max: 8 }),
    score: fc.constantFrom(0.3, 0.5, 0.85, 0.9),
    reason: fc.constantFrom("a", "b"),
  })
  .map(({ type, start, length, score, reason }) => ({ type, start, end: start + length, score, reason }));

/** The rule written out plainly: rank all, keep each candidate that overlaps nothing kept before it. */
function reference(detections: readonly Detection[]): Detection[] {
  const ranked = detections
    .slice()
    .sort(
      (left, right) =>
        right.score - left.score ||
        right.end - right.start - (left.end - left.start) ||
        left.start - right.start ||
        (left.type < right.type ? -1 : left.type > right.type ? 1 : 0),
    );
  const kept: Detection[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start || candidate.start < 0) continue;
    if (kept.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((left, right) => left.start - right.start);
}

test("resolveOverlaps keeps what the plain rule keeps, in text order, for few and many detections", () => {
  // Up to 120 detections: the short path (a handful), the binary-search path and the marking path (over 64).
  fc.assert(
    fc.property(fc.array(detection, { maxLength: 120 }), (detections) => {
      assert.deepEqual(resolveOverlaps(detections), reference(detections));
    }),
    { numRuns: 600 },
  );
});

test("resolveOverlaps keeps what the plain rule keeps on a long text, where clusters of overlaps are apart", () => {
  // Spread over a stretch a hundred times longer: many detections stand alone, others chain into clusters.
  const spread = detection.chain((near) =>
    fc.integer({ min: 0, max: 40 }).map((block) => ({
      ...near,
      start: near.start + block * 40,
      end: near.end + block * 40,
    })),
  );
  fc.assert(
    fc.property(fc.array(spread, { minLength: 65, maxLength: 400 }), (detections) => {
      assert.deepEqual(resolveOverlaps(detections), reference(detections));
    }),
    { numRuns: 300 },
  );
});

test("resolveOverlaps does not depend on the order recognisers report in", () => {
  fc.assert(
    fc.property(
      fc
        .array(detection, { maxLength: 30 })
        .chain((detections) =>
          fc.tuple(
            fc.constant(detections),
            fc.shuffledSubarray(detections, { minLength: detections.length }),
          ),
        ),
      ([detections, shuffled]) => {
        const resolved = resolveOverlaps(detections).map(({ type, start, end, score }) => [
          type,
          start,
          end,
          score,
        ]);
        const fromShuffled = resolveOverlaps(shuffled).map(({ type, start, end, score }) => [
          type,
          start,
          end,
          score,
        ]);
        assert.deepEqual(fromShuffled, resolved);
      },
    ),
    { numRuns: 400 },
  );
});
