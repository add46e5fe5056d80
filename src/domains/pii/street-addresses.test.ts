import assert from "node:assert/strict";
import { test } from "node:test";
import { detectionsAsText } from "./detections-as-text.ts";

test("a housing estate and the building parts before an address are part of it, not a firm", () => {
  const addresses = (text: string) =>
    detectionsAsText(text).filter(
      (entry) => entry.startsWith("STREET_ADDRESS:") || entry.startsWith("ORGANIZATION:"),
    );
  assert.deepEqual(addresses("Adresse : Résidence Les Pins, bât. B, appt 12, 13008 Marseille").slice(0, 2), [
    "STREET_ADDRESS:Résidence Les Pins, bât. B",
    "STREET_ADDRESS:appt 12",
  ]);
  assert.deepEqual(
    addresses("J'habite Résidence du Parc, Bâtiment C, 12 allée des Tilleuls, 31000 Toulouse"),
    ["STREET_ADDRESS:Résidence du Parc", "STREET_ADDRESS:Bâtiment C, 12 allée des Tilleuls, 31000 Toulouse"],
  );
  assert.deepEqual(addresses("Urbanización Los Olivos, Calle Mayor 3, Marbella"), [
    "STREET_ADDRESS:Urbanización Los Olivos",
    "STREET_ADDRESS:Calle Mayor 3, Marbella",
  ]);
  // A firm before an address stays one.
  assert.deepEqual(addresses("We'll meet at Corelogic, 0896 Farnell Street"), [
    "ORGANIZATION:Corelogic",
    "STREET_ADDRESS:0896 Farnell Street",
  ]);
});
