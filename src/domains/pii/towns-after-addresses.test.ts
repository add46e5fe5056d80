import assert from "node:assert/strict";
import { test } from "node:test";
import { detectionsAsText } from "./detections-as-text.ts";

function towns(text: string): string[] {
  return detectionsAsText(text).filter((entry) => entry.startsWith("LOCATION:"));
}

test("a known town typed in lower case right after a street address is its town", () => {
  for (const [text, town] of [
    ["vivo en calle del pez 12 madrid", "madrid"],
    ["salut, j'habite 4 allee des roses a lyon", "lyon"],
    ["moro na rua das flores 55, em recife", "recife"],
    ["vivimos en c/ san vicente martir 88 pta 14 valencia, gracias", "valencia"],
    ["ich wohne in der lindenstraße 14 in köln", "köln"],
  ])
    assert.deepEqual(towns(text!), [`LOCATION:${town}`], text);
});

test("a postal code before the lower-case town after an address is its postal code", () => {
  assert.deepEqual(detectionsAsText("hallo, ich wohne in der bergstraße 12 in 69117 heidelberg").slice(-2), [
    "POSTAL_CODE:69117",
    "LOCATION:heidelberg",
  ]);
  assert.deepEqual(towns("vivo en calle del pez 12, 2000 veces"), []);
});

test("only a known place after an address, and only right after it, is taken", () => {
  for (const text of [
    "vivo en calle del pez 12 desde hace años",
    "vivo en calle del pez 12 y trabajo en el centro",
    "I live at 12 Main Street and work nearby",
  ])
    assert.deepEqual(towns(text), [], text);
});
