import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { overlapTest, type Span } from "./span-overlap.ts";

/** Spans on a short stretch, so that many overlap, touch or nest; some empty or reversed. */
const span: fc.Arbitrary<Span> = fc
  .record({ start: fc.integer({ min: -2, max: 30 }), length: fc.integer({ min: -2, max: 10 }) })
  .map(({ start, length }) => ({ start, end: start + length }));

test("overlapTest answers as testing every span in turn would", () => {
  fc.assert(
    fc.property(fc.array(span, { maxLength: 25 }), fc.array(span, { maxLength: 10 }), (spans, questions) => {
      const overlaps = overlapTest(spans);
      for (const question of questions) {
        const expected =
          question.start < question.end &&
          spans.some(
            (other) => other.start < other.end && question.start < other.end && other.start < question.end,
          );
        assert.equal(overlaps(question.start, question.end), expected, JSON.stringify({ spans, question }));
      }
    }),
    { numRuns: 2000 },
  );
});

test("overlapTest: touching spans do not overlap, a span inside a long earlier one does", () => {
  const overlaps = overlapTest([
    { start: 0, end: 100 },
    { start: 10, end: 12 },
    { start: 200, end: 210 },
  ]);
  assert.equal(overlaps(100, 200), false);
  assert.equal(overlaps(50, 60), true);
  assert.equal(overlaps(209, 300), true);
  assert.equal(overlaps(210, 300), false);
});
