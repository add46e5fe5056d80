import assert from "node:assert/strict";
import { test } from "node:test";
import { parseWorkflowDefinition } from "./workflow-definition.ts";

test("a YAML definition parses with defaults filled in", () => {
  const parsed = parseWorkflowDefinition(
    "languages: [en, fr]\ndefaultLanguage: en\nreview:\n  mode: sample\n  percent: 10\n",
  );
  assert.ok(parsed.ok);
  if (parsed.ok) {
    assert.equal(parsed.definition.review.mode, "sample");
    assert.equal(parsed.definition.model.kind, "extractive");
    assert.deepEqual(parsed.definition.retrieval.allowedClassifications, ["public"]);
  }
});

test("errors name the exact path", () => {
  const wrongPercent = parseWorkflowDefinition({
    languages: ["en"],
    defaultLanguage: "en",
    review: { mode: "sample", percent: 140 },
  });
  assert.equal(wrongPercent.ok, false);
  if (!wrongPercent.ok) assert.match(wrongPercent.errors[0] ?? "", /^review\.percent: /);
  const unknownField = parseWorkflowDefinition({
    languages: ["en"],
    defaultLanguage: "en",
    review: { mode: "all" },
    colour: "blue",
  });
  assert.equal(unknownField.ok, false);
  if (!unknownField.ok) assert.match(unknownField.errors.join(" "), /colour/);
  const badModel = parseWorkflowDefinition({
    languages: ["en"],
    defaultLanguage: "en",
    review: { mode: "all" },
    model: { kind: "openai-compatible", baseUrl: "not a url", model: "m" },
  });
  assert.equal(badModel.ok, false);
  if (!badModel.ok) assert.match(badModel.errors.join(" "), /model\.baseUrl/);
  const notYaml = parseWorkflowDefinition("review: [unclosed");
  assert.equal(notYaml.ok, false);
  const wrongDefault = parseWorkflowDefinition({
    languages: ["en"],
    defaultLanguage: "fr",
    review: { mode: "all" },
  });
  assert.equal(wrongDefault.ok, false);
  if (!wrongDefault.ok) assert.match(wrongDefault.errors[0] ?? "", /^defaultLanguage/);
});
