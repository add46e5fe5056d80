import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkCitationSupport } from "../guards/index.ts";
import type { DraftRequest } from "./draft-provider.ts";
import { extractiveProvider } from "./extractive-provider.ts";

const request: DraftRequest = {
  question: "How much does renewing a passport cost?",
  language: "en",
  instructions: "",
  passages: [
    {
      id: "p1",
      title: "Passports",
      text: "Passports are issued by the town hall. Renewing a passport costs 86 euros. Opening hours are 9 to 5.",
    },
    {
      id: "p2",
      title: "Identity cards",
      text: "Identity cards are free. Renewing an identity card costs nothing.",
    },
  ],
};

describe("extractiveProvider", () => {
  it("quotes the best matching sentences, cites them and marks the answer extractive", async () => {
    const result = await extractiveProvider({ maxSentences: 1 }).draft(request);
    assert.deepEqual(result, {
      status: "drafted",
      answer: {
        sentences: [{ text: "Renewing a passport costs 86 euros.", passageIds: ["p1"] }],
        mode: "extractive",
      },
      model: { provider: "extractive", id: "steward-extractive", version: "1" },
    });
  });

  it("is deterministic and its drafts pass the citation-support guard", async () => {
    const provider = extractiveProvider();
    const a = await provider.draft(request);
    const b = await provider.draft(request);
    assert.deepEqual(a, b);
    assert.equal(a.status, "drafted");
    if (a.status !== "drafted") return;
    assert.equal(checkCitationSupport(a.answer.sentences, request.passages).verdict, "pass");
  });

  it("fails with no-answer when nothing matches", async () => {
    const result = await extractiveProvider().draft({ ...request, question: "Where can I walk my dog?" });
    assert.equal(result.status === "failed" && result.reason, "no-answer");
  });
});
