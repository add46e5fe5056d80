import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectPersonalData } from "./detect-personal-data.ts";
import { checkLeak } from "./leak-check.ts";
import { parsePiiPolicy } from "./policy.ts";
import { pseudonymise, restore } from "./pseudonymise.ts";
import { createPiiStageGuard } from "./stage-guard.ts";

const fragments = fc.constantFrom(
  "My name is Maria Lopez",
  "alice@example.org",
  "+44 20 7946 0018",
  "4111 1111 1111 1111",
  " and ",
  "Paris",
  "Dr. John Smith",
  "\n",
  "12 rue de la Paix",
);
const texts = fc
  .array(fc.oneof(fragments, fc.string({ maxLength: 20 })), { maxLength: 8 })
  .map((parts) => parts.join(" "));

test("redaction never leaves a detected value and restore(redact(x)) = x", () => {
  fc.assert(
    fc.property(texts, (text) => {
      const result = detectPersonalData(text);
      assert.ok(result.ok);
      const redacted = pseudonymise(text, result.detections);
      for (const detection of result.detections) {
        assert.ok(!redacted.text.includes(text.slice(detection.start, detection.end)));
      }
      assert.equal(restore(redacted.text, redacted.map), text);
    }),
    { numRuns: 300 },
  );
});

test("a placeholder already in the text is not given to a value, so restoring stays exact", () => {
  const text = "Ask [PERSON_1] or [X_PERSON_2] about Maria Lopez";
  const redacted = pseudonymise(text, [{ type: "PERSON", start: 37, end: 48, score: 1, reason: "test" }]);
  assert.equal(redacted.text, "Ask [PERSON_1] or [X_PERSON_2] about [PERSON_2]");
  assert.equal(restore(redacted.text, redacted.map), text);
});

test("the same value keeps one placeholder across stages of a case", () => {
  const first = detectPersonalData("My name is Maria Lopez.");
  assert.ok(first.ok);
  const intake = pseudonymise("My name is Maria Lopez.", first.detections);
  assert.equal(intake.text, "My name is [PERSON_1].");
  const again = pseudonymise(
    "Dear Maria Lopez",
    [{ type: "PERSON", start: 5, end: 16, score: 1, reason: "test" }],
    intake.map,
  );
  assert.equal(again.text, "Dear [PERSON_1]");
});

test("leak check finds a real value in model output and the guard blocks it", () => {
  const policy = parsePiiPolicy({});
  assert.ok(policy.ok);
  const guard = createPiiStageGuard(policy.policy);
  const intake = guard.protect("Write to alice@example.org please", { entries: [] });
  assert.ok(intake.ok);
  assert.equal(checkLeak("I wrote to [EMAIL_ADDRESS_1].", intake.map).ok, true);
  const guarded = guard.guardOutput("I wrote to Alice@Example.org.", intake.map);
  assert.equal(guarded.ok, false);
  assert.equal(guarded.text, "I wrote to [EMAIL_ADDRESS_1].");
});

test("where values of a case overlap in model output, the guard replaces the longest", () => {
  const policy = parsePiiPolicy({});
  assert.ok(policy.ok);
  const map = {
    entries: [
      { placeholder: "[PERSON_1]", type: "PERSON", value: "Ana" },
      { placeholder: "[PERSON_2]", type: "PERSON", value: "Ana Lopez" },
    ],
  } as const;
  const guarded = createPiiStageGuard(policy.policy).guardOutput("Dear Ana Lopez, and Ana.", map);
  assert.equal(guarded.text, "Dear [PERSON_2], and [PERSON_1].");
});

test("a value inside a longer word or number is no leak; the value standing alone is", () => {
  const map = {
    entries: [
      { placeholder: "[PERSON_1]", type: "PERSON", value: "Ana" },
      { placeholder: "[AGE_1]", type: "AGE", value: "34" },
      { placeholder: "[PHONE_NUMBER_1]", type: "PHONE_NUMBER", value: "+44 20 7946 0018" },
    ],
  } as const;
  assert.equal(checkLeak("Your banana order under Section 1234 or 345 is ready.", map).ok, true);
  const check = checkLeak("Dear ana, aged 34, call x+44 20 7946 0018 or 𝐀Ana.", map);
  assert.ok(!check.ok);
  assert.deepEqual(
    check.leaks.map((leak) => leak.placeholder),
    ["[PERSON_1]", "[AGE_1]", "[PHONE_NUMBER_1]"],
  );
});

test("detection never throws on hostile strings and redaction stays reversible", () => {
  const hostile = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      "\uD800",
      "\uDFFF x",
      "\u200B\u200D",
      "<b>Dr. Jean Dupont</b>",
      "مرحبا اسمي علي",
      "😀 12 Oak Street\nOslo",
    ),
  );
  fc.assert(
    fc.property(fc.array(hostile, { maxLength: 6 }), (parts) => {
      const text = parts.join(" ");
      const result = detectPersonalData(text);
      assert.ok(result.ok);
      const redacted = pseudonymise(text, result.detections);
      assert.equal(restore(redacted.text, redacted.map), text);
    }),
    { numRuns: 200 },
  );
});
