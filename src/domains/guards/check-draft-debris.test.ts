import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkDeliverable, containsPlaceholders, findDraftDebris } from "./check-draft-debris.ts";

describe("draft debris", () => {
  it("finds placeholders and template debris", () => {
    assert.deepEqual(
      findDraftDebris("Dear [PERSON_1], your file {{ case_id }} is TODO. Lorem ipsum [insert date]."),
      {
        placeholders: ["[PERSON_1]"],
        templateDebris: ["{{ case_id }}", "TODO", "Lorem ipsum", "[insert date]"],
      },
    );
  });

  it("does not mistake ordinary words for debris", () => {
    assert.deepEqual(findDraftDebris("Todo el proceso dura 15 días [see section 2]."), {
      placeholders: [],
      templateDebris: [],
    });
    assert.equal(containsPlaceholders("Call [EMAIL_ADDRESS_2] today"), true);
    assert.equal(containsPlaceholders("See [Annex 1]"), false);
  });

  it("fails a deliverable text with a placeholder left, unless explicitly allowed", () => {
    assert.equal(checkDeliverable("Hello [PERSON_1].").verdict, "fail");
    assert.equal(checkDeliverable("Hello [PERSON_1].", ["[PERSON_1]"]).verdict, "pass");
    assert.equal(checkDeliverable("Hello Ana.").verdict, "pass");
  });
});
