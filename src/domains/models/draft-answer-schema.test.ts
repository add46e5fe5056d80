import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { acceptDraftAnswer } from "./draft-answer-schema.ts";

const model = { provider: "p", id: "m", version: "1" };
const passages = [{ id: "a", title: "A", text: "Alpha." }];

describe("acceptDraftAnswer", () => {
  it("names where the output is invalid", () => {
    const result = acceptDraftAnswer({ sentences: [{ text: "", passageIds: "a" }] }, passages, model);
    assert.equal(result.status, "failed");
    if (result.status !== "failed") return;
    assert.equal(result.reason, "invalid-output");
    assert.match(result.detail, /sentences\.0\.text/);
    assert.match(result.detail, /sentences\.0\.passageIds/);
  });
  it("rejects unknown passages and accepts known ones", () => {
    assert.equal(
      acceptDraftAnswer({ sentences: [{ text: "x", passageIds: ["b"] }] }, passages, model).status,
      "failed",
    );
    assert.equal(
      acceptDraftAnswer({ sentences: [{ text: "x", passageIds: ["a"] }] }, passages, model).status,
      "drafted",
    );
  });
});
