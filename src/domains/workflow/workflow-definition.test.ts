import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultPiiPolicy } from "../pii/index.ts";
import { parseWorkflowDefinition, personalDataPolicy } from "./workflow-definition.ts";

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

test("the personal-data policy is part of the definition, validated with the path of each error", () => {
  const base = { languages: ["en"], defaultLanguage: "en", review: { mode: "all" } };
  const defaults = parseWorkflowDefinition(base);
  assert.ok(defaults.ok);
  assert.deepEqual(personalDataPolicy(defaults.definition), defaultPiiPolicy);

  const set = parseWorkflowDefinition({
    ...base,
    personalData: { entityTypes: ["PERSON", "EMAIL_ADDRESS"], allowList: ["0800 000 0000"] },
  });
  assert.ok(set.ok);
  assert.deepEqual(personalDataPolicy(set.definition).entityTypes, ["PERSON", "EMAIL_ADDRESS"]);
  assert.deepEqual(personalDataPolicy(set.definition).allowList, ["0800 000 0000"]);
  assert.equal(personalDataPolicy(set.definition).reviewerSeesOriginals, false);

  const wrong = parseWorkflowDefinition({
    ...base,
    personalData: {
      entityTypes: ["NAME"],
      thresholds: { PERSON: 2 },
      reviewerSeesOriginals: "yes",
      colour: 1,
    },
  });
  assert.equal(wrong.ok, false);
  if (!wrong.ok) {
    const errors = wrong.errors.join("\n");
    assert.match(errors, /^personalData\.entityTypes\.0: must be one of PERSON, .* \(got "NAME"\)$/m);
    assert.match(errors, /^personalData\.thresholds\.PERSON: must be at most 1$/m);
    assert.match(errors, /^personalData\.reviewerSeesOriginals: must be true or false$/m);
    assert.match(errors, /^personalData: .*colour/m);
  }
});

test("a version stored before definitions had a personal-data section runs under the default policy", () => {
  const stored = parseWorkflowDefinition({
    languages: ["en"],
    defaultLanguage: "en",
    review: { mode: "all" },
  });
  assert.ok(stored.ok);
  const { personalData: _absent, ...older } = stored.definition;
  assert.equal(personalDataPolicy(older), defaultPiiPolicy);
});
