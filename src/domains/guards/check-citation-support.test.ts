import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { checkCitationSupport } from "./check-citation-support.ts";

const passages = [
  {
    id: "p1",
    text: "Passport renewals cost 86 euros for adults. Applications are processed within 15 working days.",
  },
  { id: "p2", text: "You must bring two recent photographs and your old passport to the town hall." },
];

describe("checkCitationSupport", () => {
  it("passes sentences supported by the passage they cite, even lightly rephrased", () => {
    const result = checkCitationSupport(
      [
        { text: "Renewing a passport costs 86 euros for an adult.", passageIds: ["p1"] },
        { text: "Bring two recent photographs and your old passport.", passageIds: ["p2"] },
      ],
      passages,
      { language: "en" },
    );
    assert.equal(result.verdict, "pass");
  });

  it("fails a sentence the cited passage does not support", () => {
    const result = checkCitationSupport(
      [{ text: "Children travel free on regional trains every weekend.", passageIds: ["p1"] }],
      passages,
    );
    assert.equal(result.verdict, "fail");
    if (result.verdict !== "fail") return;
    assert.equal(result.problems[0]?.code, "unsupported-sentence");
  });

  it("fails a supported sentence that cites the wrong passage", () => {
    const result = checkCitationSupport(
      [{ text: "Bring two recent photographs and your old passport.", passageIds: ["p1"] }],
      passages,
    );
    assert.equal(result.verdict, "fail");
  });

  it("rejects a citation of a passage it was not given", () => {
    const result = checkCitationSupport(
      [{ text: "Renewals cost 86 euros.", passageIds: ["p1", "p9"] }],
      passages,
    );
    assert.equal(result.verdict, "fail");
    if (result.verdict !== "fail") return;
    assert.deepEqual(result.problems, [{ code: "unknown-passage", index: 0, passageId: "p9" }]);
  });

  it("requires a citation for any sentence with a content word, not for pure connectives", () => {
    const result = checkCitationSupport(
      [
        { text: "Here it is:", passageIds: [] },
        { text: "Renewals cost 86 euros.", passageIds: [] },
      ],
      passages,
    );
    assert.equal(result.verdict, "fail");
    if (result.verdict !== "fail") return;
    assert.deepEqual(result.problems, [{ code: "missing-citation", index: 1 }]);
  });

  it("catches a changed number even when the words match", () => {
    const result = checkCitationSupport(
      [{ text: "Passport renewals cost 68 euros for adults.", passageIds: ["p1"] }],
      passages,
    );
    assert.equal(result.verdict, "fail");
    if (result.verdict !== "fail") return;
    assert.deepEqual(result.problems, [{ code: "unsupported-number", index: 0, numbers: ["68"] }]);
  });

  it("works in French with accents and inflection", () => {
    const result = checkCitationSupport(
      [{ text: "Le renouvellement du passeport coûte 86 euros.", passageIds: ["f1"] }],
      [{ id: "f1", text: "Le renouvellement d'un passeport coûte 86 euros pour les adultes." }],
      { language: "fr" },
    );
    assert.equal(result.verdict, "pass");
  });

  it("property: a sentence copied from its cited passage is always supported", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{3,9}$/), { minLength: 1, maxLength: 12 }), (words) => {
        const text = `${words.join(" ")}.`;
        const result = checkCitationSupport(
          [{ text, passageIds: ["x"] }],
          [{ id: "x", text: `Intro. ${text} Outro.` }],
        );
        return result.verdict === "pass";
      }),
    );
  });
});
