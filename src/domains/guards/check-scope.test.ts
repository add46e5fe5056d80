import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkScope } from "./check-scope.ts";

const scopeKeywords = ["passport", "identity card", "renewal", "lost document"];

describe("checkScope", () => {
  it("passes when retrieval found a good passage", () => {
    const verdict = checkScope({
      question: "What does it cost?",
      scopeKeywords,
      retrievalScores: [0.01, 0.3],
    });
    assert.equal(verdict.verdict, "pass");
    assert.equal(verdict.topRetrievalScore, 0.3);
  });

  it("passes on keyword overlap even when retrieval is weak", () => {
    const verdict = checkScope({
      question: "How do I renew my passport?",
      scopeKeywords,
      retrievalScores: [],
    });
    assert.equal(verdict.verdict, "pass");
  });

  it("hands off when neither signal is there, with the measurements", () => {
    const verdict = checkScope({
      question: "Write me a poem about the sea",
      scopeKeywords,
      retrievalScores: [0.001],
    });
    assert.deepEqual(verdict, {
      verdict: "handoff",
      code: "out-of-scope",
      reasonKey: "guards.input.out-of-scope",
      topRetrievalScore: 0.001,
      keywordOverlap: 0,
    });
  });

  it("honours service thresholds", () => {
    const verdict = checkScope(
      { question: "What does it cost?", scopeKeywords, retrievalScores: [0.3] },
      { minRetrievalScore: 0.5, minKeywordOverlap: 0.2 },
    );
    assert.equal(verdict.verdict, "handoff");
  });
});
