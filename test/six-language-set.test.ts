import assert from "node:assert/strict";
import { test } from "node:test";
import { parseLabelledFile, parseLabelledLine } from "../bench/labelled-markup.ts";
import { heldOutFrom, loadSixLanguageSet, sixLanguages } from "../bench/six-languages.ts";

const types = new Set(["PERSON", "LOCATION", "POSTAL_CODE"]);

test("a labelled line becomes its plain text and the spans of its values", () => {
  const parsed = parseLabelledLine(
    "Je suis {{PERSON|Inès Caron}}, {{POSTAL_CODE|67000}} {{LOCATION|Strasbourg}}.",
    types,
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.value.text, "Je suis Inès Caron, 67000 Strasbourg.");
  const values = parsed.value.spans.map(
    (span) => `${span.type}:${parsed.value.text.slice(span.start, span.end)}`,
  );
  assert.deepEqual(values, ["PERSON:Inès Caron", "POSTAL_CODE:67000", "LOCATION:Strasbourg"]);
});

test("offsets count UTF-16 code units, as the detector's do", () => {
  const parsed = parseLabelledLine("👋 {{PERSON|Ana}}", types);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.spans, [{ type: "PERSON", start: 3, end: 6 }]);
});

test("malformed markup is refused with what is wrong", () => {
  assert.deepEqual(parseLabelledLine("{{PASSPORT|X1}}", types), {
    ok: false,
    message: 'unknown type PASSPORT in "{{PASSPORT|X1}}"',
  });
  assert.deepEqual(parseLabelledLine("{{PERSON| Ana}}", types), {
    ok: false,
    message: 'space at the edge of the value in "{{PERSON| Ana}}"',
  });
  assert.equal(parseLabelledLine("{{PERSON Ana}}", types).ok, false);
  assert.equal(parseLabelledLine("{{PERSON|{{PERSON|Ana}}}}", types).ok, false);
  assert.throws(() => parseLabelledFile("x.txt", "fine\n{{PERSON|}}\n", types), /^Error: x\.txt line 2: /);
});

test("the six-language set parses, every language with both halves", () => {
  const set = loadSixLanguageSet();
  assert.deepEqual(
    set.map((entry) => entry.language),
    [...sixLanguages],
  );
  for (const { language, messages } of set) {
    assert.equal(messages.length, 2 * heldOutFrom, language);
    for (const half of [messages.slice(0, heldOutFrom), messages.slice(heldOutFrom)])
      assert.ok(half.filter((message) => message.spans.length > 0).length >= heldOutFrom / 2, language);
  }
});
