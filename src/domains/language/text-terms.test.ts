import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contentTerms, tokenize } from "./content-terms.ts";
import { splitSentences } from "./split-sentences.ts";

describe("contentTerms", () => {
  it("drops stopwords, folds accents and light-stems", () => {
    assert.deepEqual(contentTerms("The renewals of passports", "en"), ["renewal", "passport"]);
    assert.deepEqual(contentTerms("Les pièces d'identité", "fr"), ["piec", "identit"]);
  });
  it("keeps digits", () => {
    assert.deepEqual(contentTerms("Bring 2 photos", "en"), ["bring", "2", "photo"]);
  });
  it("strips the Arabic article", () => {
    assert.deepEqual(tokenize("الجواز"), ["الجواز"]);
    assert.deepEqual(contentTerms("الجواز", "ar"), ["جواز"]);
  });
});

describe("splitSentences", () => {
  it("splits on sentence ends and list items", () => {
    assert.deepEqual(splitSentences("Bring your form. Pay the fee!\n- a photo\n- a proof of address"), [
      "Bring your form.",
      "Pay the fee!",
      "- a photo",
      "- a proof of address",
    ]);
  });
});
