import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { testHooks as hooks } from "./context-words.ts";
import { detectPersonalData } from "./detect-personal-data.ts";
import { lowerTextOf, openingKey, tokensOf } from "./scan.ts";

/**
 * The cue prefilter reads the first two letters of words lower-cased as in the text lower-cased whole, without
 * lower-casing the text: these properties hold it to the text lower-cased whole, on texts mixing cue words with
 * the characters whose lower case is not one code unit for one: "Σ" (final sigma), "İ" (two code units), letters
 * outside the BMP, and letters that match ASCII ones only under Unicode case folding.
 */

const pieces = fc.constantFrom(
  ..."Phone TEL. adresse D'ADRESSE e-mail E-MAIL Né née DOB Ssn NIF Card Zip".split(" "),
  ..."ΑΣ Σ ΟΔΥΣΣΕΥΣ σ ς İSTANBUL İ i̇ 𐐀𐐨 𐐀 ſsn Kard ÉTAGE ß ẞ Ǆ ǅ ﬀ".split(" "),
  ..."a A ' ’ - 12 . , : \n \t".split(" "),
  " ",
  "\u00a0",
);
const texts = fc.array(pieces, { maxLength: 16 }).map((parts) => parts.join(""));

test("openingKeyAt reads every position as the text lower-cased whole does", () => {
  let compared = 0;
  fc.assert(
    fc.property(texts, (text) => {
      const table = tokensOf(text);
      const keepsLength = hooks.lowerCaseKeepsLength(table);
      const lowered = lowerTextOf(table);
      assert.equal(keepsLength, lowered !== undefined, JSON.stringify(text));
      if (lowered === undefined) return;
      for (let at = 0; at + 1 < text.length; at++) {
        assert.equal(
          hooks.openingKeyAt(table, at),
          openingKey(lowered, at, 2),
          `${JSON.stringify(text)} at ${at}`,
        );
        compared++;
      }
    }),
    { numRuns: 5000 },
  );
  assert.ok(compared > 5000, `only ${compared} positions compared`);
});

test("only İ lower-cases to a different length, and lower-casing moves no apostrophe or hyphen", () => {
  const changing: number[] = [];
  for (let code = 0; code < 0x110000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    const lower = character.toLowerCase();
    if (lower.length !== character.length) changing.push(code);
    else if (lower !== character && /['’-]/u.test(lower + character)) changing.push(code);
  }
  assert.deepEqual(changing, [0x130]);
});

test("compound and possessive phone words cue the number after them", () => {
  for (const text of ["Meine Handynummer: 0151 2345 6789", "Telefonnummer 030 1234567", "رقمي 0501234567"]) {
    const result = detectPersonalData(text);
    assert.ok(result.ok);
    const phone = result.detections.find((detection) => detection.type === "PHONE_NUMBER");
    assert.ok(phone?.reason.includes("phone context"), `${text}: ${phone?.reason}`);
  }
});
