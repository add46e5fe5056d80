import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { addressParts } from "./address-parts.ts";
import { detectPersonalData } from "./detect-personal-data.ts";
import type { Detection } from "./detection.ts";
import { detectionsAsText } from "./detections-as-text.ts";
import { parsePiiPolicy } from "./policy.ts";

const keepsAll = (): boolean => true;

/** The parts of the whole of `text` read as one street address, as "TYPE:value". */
function partsOf(text: string, keeps: (part: Detection) => boolean = keepsAll): string[] {
  const address: Detection = {
    type: "STREET_ADDRESS",
    start: 0,
    end: text.length,
    score: 0.9,
    reason: "test",
  };
  return addressParts(text, address, keeps).map((part) => `${part.type}:${text.slice(part.start, part.end)}`);
}

test("a town, a state and a postal code after a street are parts of their own", () => {
  assert.deepEqual(partsOf("47 Kingsley Road, Manchester M14 6BN"), [
    "STREET_ADDRESS:47 Kingsley Road",
    "LOCATION:Manchester",
    "POSTAL_CODE:M14 6BN",
  ]);
  assert.deepEqual(partsOf("12 Oak Street, Springfield, IL 62704"), [
    "STREET_ADDRESS:12 Oak Street",
    "LOCATION:Springfield",
    "LOCATION:IL",
    "POSTAL_CODE:62704",
  ]);
  assert.deepEqual(partsOf("Rue de la Paix 12, 75001 Paris"), [
    "STREET_ADDRESS:Rue de la Paix 12",
    "POSTAL_CODE:75001",
    "LOCATION:Paris",
  ]);
  assert.deepEqual(partsOf("Avenida de Roma, 88, 5.º Esq., 1700-348 Lisboa"), [
    "STREET_ADDRESS:Avenida de Roma, 88, 5.º Esq.",
    "POSTAL_CODE:1700-348",
    "LOCATION:Lisboa",
  ]);
  assert.deepEqual(partsOf("Calle Mayor 3, Villafranca del Cid"), [
    "STREET_ADDRESS:Calle Mayor 3",
    "LOCATION:Villafranca del Cid",
  ]);
  assert.deepEqual(partsOf("Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001"), [
    "STREET_ADDRESS:Rua Augusta, 1500 - Consolação",
    "LOCATION:São Paulo",
    "LOCATION:SP",
    "POSTAL_CODE:01304-001",
  ]);
  // "St." opening the town's piece is a saint's name, not a street type.
  assert.deepEqual(partsOf("12 Oak Street, St. Louis, MO 63101"), [
    "STREET_ADDRESS:12 Oak Street",
    "LOCATION:St. Louis",
    "LOCATION:MO",
    "POSTAL_CODE:63101",
  ]);
  // Typed in lower case, a town (and state) only before a numeric postal code.
  assert.deepEqual(partsOf("unit 5/22 marine pde, cottesloe wa 6011"), [
    "STREET_ADDRESS:unit 5/22 marine pde",
    "LOCATION:cottesloe",
    "LOCATION:wa",
    "POSTAL_CODE:6011",
  ]);
  assert.deepEqual(partsOf("12 main st, in the back"), ["STREET_ADDRESS:12 main st, in the back"]);
  // A small word after the town is no part of its name: "... 10437 Berlin an" (the verb's particle follows).
  assert.deepEqual(partsOf("Schönhauser Allee 118, 10437 Berlin an"), [
    "STREET_ADDRESS:Schönhauser Allee 118",
    "POSTAL_CODE:10437",
    "LOCATION:Berlin",
  ]);
});

test("an address stays whole where its last pieces are the street's, a country's or a block's", () => {
  for (const text of [
    // Units and labels are the street's: "Apt 5", "CEP 01310-100".
    "12 Main Street, Apt 5",
    "Rua Augusta 45, CEP 01310-100",
    // A number after a street without one is its house number.
    "Rua Voluntários da Pátria, 1045",
    // Written with its country, an address is a whole postal address.
    "9543 1819 St. John Street Suite 056, Tubize, Belgium",
    "692 Kuuse 53 Apt. 641, Grubbenvorst, Netherlands 04020",
    // A block of lines, and military post.
    "6639 Canónigo Valiño 70\n Apt. 758\n Almussafes\n Spain 97197",
    "PSC 0725, Box 6031, APO AP 99241",
    // One piece, and a piece that is no place ("in the back").
    "12 Main Street",
    "12 Main Street, in the back",
  ])
    assert.deepEqual(partsOf(text), [`STREET_ADDRESS:${text}`], text);
  // Read from the end: a piece that is the street's stops the reading.
  assert.deepEqual(partsOf("Flat 3, 47 Kingsley Road, Manchester"), [
    "STREET_ADDRESS:Flat 3, 47 Kingsley Road",
    "LOCATION:Manchester",
  ]);
});

test("a part the policy does not redact stays in the address, with everything before it", () => {
  const noPostalCodes = (part: Detection): boolean => part.type !== "POSTAL_CODE";
  assert.deepEqual(partsOf("47 Kingsley Road, Manchester, M14 6BN", noPostalCodes), [
    "STREET_ADDRESS:47 Kingsley Road, Manchester, M14 6BN",
  ]);
  assert.deepEqual(partsOf("47 Kingsley Road, M14 6BN, Manchester", noPostalCodes), [
    "STREET_ADDRESS:47 Kingsley Road, M14 6BN",
    "LOCATION:Manchester",
  ]);
  // Through the engine: a policy that redacts streets and not places still redacts the town inside the address.
  const parsed = parsePiiPolicy({ entityTypes: ["STREET_ADDRESS", "PERSON"] });
  assert.ok(parsed.ok);
  const text = "Send it to Alte Landstr. 12a, 10115 Berlin";
  const result = detectPersonalData(text, { policy: parsed.policy });
  assert.ok(result.ok);
  assert.deepEqual(
    result.detections.map((detection) => `${detection.type}:${text.slice(detection.start, detection.end)}`),
    ["STREET_ADDRESS:Alte Landstr. 12a, 10115 Berlin"],
  );
  assert.deepEqual(detectionsAsText(text), [
    "STREET_ADDRESS:Alte Landstr. 12a",
    "POSTAL_CODE:10115",
    "LOCATION:Berlin",
  ]);
});

test("the parts of any address lie in order inside it, the street first at its start", () => {
  const piece = fc.constantFrom(
    "12 Main Street",
    "Apt 5",
    "Paris",
    "75001 Paris",
    "IL 62704",
    "M14 6BN",
    "x",
    "",
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 6 }), fc.constantFrom(", ", ",", " , "), (pieces, comma) => {
      const text = pieces.join(comma);
      // An address has a character at least.
      fc.pre(text.length > 0);
      const address: Detection = {
        type: "STREET_ADDRESS",
        start: 0,
        end: text.length,
        score: 0.9,
        reason: "t",
      };
      const parts = addressParts(text, address, keepsAll);
      assert.equal(parts[0]!.type, "STREET_ADDRESS");
      assert.equal(parts[0]!.start, 0);
      let end = 0;
      for (const part of parts) {
        assert.ok(
          part.start >= end && part.end > part.start && part.end <= text.length,
          JSON.stringify(text),
        );
        end = part.end;
      }
    }),
  );
});

test("a street opened by its number, then a postal code and a town, written without a comma", () => {
  assert.deepEqual(partsOf("8 impasse des Tilleuls 44000 Nantes"), [
    "STREET_ADDRESS:8 impasse des Tilleuls",
    "POSTAL_CODE:44000",
    "LOCATION:Nantes",
  ]);
  // The street's name first, then its number, as Spain, Portugal and Germany write it.
  assert.deepEqual(partsOf("Calle Mayor 23 28013 Madrid"), [
    "STREET_ADDRESS:Calle Mayor 23",
    "POSTAL_CODE:28013",
    "LOCATION:Madrid",
  ]);
  assert.deepEqual(partsOf("Rua Augusta 120 1100-053 Lisboa"), [
    "STREET_ADDRESS:Rua Augusta 120",
    "POSTAL_CODE:1100-053",
    "LOCATION:Lisboa",
  ]);
  // A street with its number only, or a country at the end: kept whole.
  for (const text of ["Rua do Arenque 1634", "8 rue Haute 1000 Belgium"])
    assert.deepEqual(partsOf(text), [`STREET_ADDRESS:${text}`], text);
  // A policy that keeps places leaves them in the address.
  assert.deepEqual(
    partsOf("8 impasse des Tilleuls 44000 Nantes", (part) => part.type !== "LOCATION"),
    ["STREET_ADDRESS:8 impasse des Tilleuls 44000 Nantes"],
  );
});
