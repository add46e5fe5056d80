import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { assertSound } from "../../../test/support/pre-check-properties.ts";
import { testHooks as hooks } from "./free-text-recogniser.ts";
import { labelCueWords, nameCueWords, signOffWords, singleWordCues, titles } from "./free-text-words.ts";

/**
 * The free-text recogniser skips work where a cheap check says it can find nothing. A check is sound when the
 * skipped work would indeed have found nothing: these properties compare both ways on texts built from pieces of
 * firm names and names joined together (so the skipped work does find something often) and awkward characters.
 */

const pieces = fc.constantFrom(
  ..."Smith Jones Brown Anna Bob Lena Omar Acme Widgets Siemens Nora Vance O'Neil Jean-Pierre".split(" "),
  ..."and & y et und e And Y of the".split(" "),
  ..."Ltd Ltd. Inc Inc. GmbH Co Co. Corp Limited AG SA LLC plc".split(" "),
  ..."J. K A Smith's Anna’s were said works at ÉTAGE İSTANBUL 12 𝐀bc".split(" "),
  "Smith & Sons",
  "Smith, Jones and Brown",
  "Lena, Omar and Sam",
  "Anna and Bob were",
  "Acme Widgets Ltd",
  // Runs as long as the walk goes: a suffix or a joiner at the far end of its reach.
  "Anna Bob Lena Omar Nora, Vance and Smith",
  "Acme Widgets Nora Vance Bob GmbH",
);
const separators = fc.constantFrom(" ", " ", " ", "", ", ", " & ", "\n", "  ", "\u00a0", ". ", "-");
const runLikeTexts = fc
  .array(fc.tuple(pieces, separators), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(""));

test("organisationOfRun finds the same with its walk left to joinerOrSuffixAhead as with it always made", () => {
  assertSound(
    "organisationOfRun",
    runLikeTexts,
    (text) => {
      const walked = hooks.organisationRunsOf(text, true);
      assert.deepEqual(hooks.organisationRunsOf(text, false), walked, JSON.stringify(text));
      return walked.filter((run) => run.last >= 0).length;
    },
    5000,
  );
});

test("cueBefore reads on after every word that it or a label or sign-off reads as a cue", () => {
  const cueWords = [...titles, ...nameCueWords, ...singleWordCues, ...labelCueWords, ...signOffWords, "m"];
  for (const word of cueWords) assert.ok(hooks.readsAsCue(word), word);
});
