import assert from "node:assert/strict";
import { test } from "node:test";
import { detectionsAsText } from "./detections-as-text.ts";

/** The street addresses found in `text`, as "STREET_ADDRESS:value". */
function streets(text: string): string[] {
  return detectionsAsText(text).filter((entry) => entry.startsWith("STREET_ADDRESS:"));
}

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
    ["STREET_ADDRESS:Résidence du Parc", "STREET_ADDRESS:Bâtiment C, 12 allée des Tilleuls"],
  );
  assert.deepEqual(addresses("Urbanización Los Olivos, Calle Mayor 3, Marbella"), [
    "STREET_ADDRESS:Urbanización Los Olivos",
    "STREET_ADDRESS:Calle Mayor 3",
  ]);
  // A firm before an address stays one.
  assert.deepEqual(addresses("We'll meet at Corelogic, 0896 Farnell Street"), [
    "ORGANIZATION:Corelogic",
    "STREET_ADDRESS:0896 Farnell Street",
  ]);
});

test("a German street named with a preposition, after an address cue or before a postal code", () => {
  assert.deepEqual(streets("Ich wohne Am Markt 3, 04109 Leipzig."), ["STREET_ADDRESS:Am Markt 3"]);
  assert.deepEqual(streets("Anschrift: An der Alster 12a, Hamburg"), ["STREET_ADDRESS:An der Alster 12a"]);
  // A German court's file number is no house number and street.
  assert.deepEqual(
    streets("Aktenzeichen 3 K 1234/23 — Kläger: Herr Bernd Wagner, Lindenweg 4, 01067 Dresden"),
    ["STREET_ADDRESS:Lindenweg 4"],
  );
  // Austria's and Switzerland's postal codes have four digits.
  assert.deepEqual(streets("Wohnhaft: Am Stadtpark 7, 1030 Wien."), ["STREET_ADDRESS:Am Stadtpark 7"]);
  assert.deepEqual(streets("Meine Adresse ist Zum Alten Hafen 5."), ["STREET_ADDRESS:Zum Alten Hafen 5"]);
  // Without either, the same shape is mostly a time or a count.
  for (const text of ["Im Jahr 2020 habe ich umgezogen.", "Am Montag 3 Termine", "Am Ende 2, bitte"])
    assert.deepEqual(streets(text), [], text);
});

test("streets named with a title or rank, numbered with 'n.º', or without a number ('s/n')", () => {
  assert.deepEqual(streets("Rua Dr. Alberto Souza, 123"), ["STREET_ADDRESS:Rua Dr. Alberto Souza, 123"]);
  assert.deepEqual(streets("Calle Doctor Fleming 12"), ["STREET_ADDRESS:Calle Doctor Fleming 12"]);
  assert.deepEqual(streets("Moro na Rua do Carmo, n.º 5"), ["STREET_ADDRESS:Rua do Carmo, n.º 5"]);
  assert.deepEqual(streets("Vivo en Calle Real s/n, 41001 Sevilla"), ["STREET_ADDRESS:Calle Real s/n"]);
  // The name in the street is no person.
  assert.ok(!detectionsAsText("Rua Dr. Alberto Souza, 123").some((entry) => entry.startsWith("PERSON:")));
});

test("German post-office boxes in digit groups, and area codes set off by a spaced slash", () => {
  assert.ok(
    detectionsAsText("Postfach 10 12 34, 20095 Hamburg").includes("STREET_ADDRESS:Postfach 10 12 34"),
  );
  assert.ok(detectionsAsText("Telefon: 0221 / 123 45 67").includes("PHONE_NUMBER:0221 / 123 45 67"));
  assert.deepEqual(detectionsAsText("ratio 10 / 20"), []);
});

test("a Welsh street, and a UK postcode whose letters are no firm's legal form", () => {
  const found = detectionsAsText("Hiya, from 4 Heol y Felin, Llanelli SA15 3HU, my blue badge has expired");
  assert.ok(found.includes("STREET_ADDRESS:4 Heol y Felin"), String(found));
  assert.ok(found.includes("LOCATION:Llanelli"), String(found));
  assert.ok(found.includes("POSTAL_CODE:SA15 3HU"), String(found));
  assert.ok(!found.some((entry) => entry.startsWith("ORGANIZATION:")), String(found));
  // A legal form standing alone still makes a firm.
  assert.deepEqual(detectionsAsText("Acme SA is a firm"), ["ORGANIZATION:Acme SA"]);
});

test("Austria's stair and door after the house number belong to it; a postal code and town before a street are no street", () => {
  assert.deepEqual(streets("Villacher Straße 89/2, Klagenfurt"), ["STREET_ADDRESS:Villacher Straße 89/2"]);
  assert.deepEqual(streets("wohnhaft in 1100 Wien, Favoritenstraße 88/3/12."), [
    "STREET_ADDRESS:Favoritenstraße 88/3/12",
  ]);
  assert.deepEqual(detectionsAsText("Anschrift: 8010 Graz, Herrengasse 16"), [
    "POSTAL_CODE:8010",
    "LOCATION:Graz",
    "STREET_ADDRESS:Herrengasse 16",
  ]);
});

test("India's house numbers join groups of digits with hyphens", () => {
  assert.deepEqual(streets("Ravi Iyer, R/o 12-3-45 Banjara Hills, Hyderabad - 500034"), [
    "STREET_ADDRESS:12-3-45 Banjara Hills",
  ]);
  assert.deepEqual(streets("We live at 14-16 Oak Street."), ["STREET_ADDRESS:14-16 Oak Street"]);
});

test("a street named without a house number, in a sentence about someone", () => {
  const cases: [string, string[]][] = [
    ["Our bin collection on Orchard Lane was missed again.", ["STREET_ADDRESS:Orchard Lane"]],
    ["She lives on Marina Fort Street with her aunt.", ["STREET_ADDRESS:Marina Fort Street"]],
    ["My car was hit while parked along Old Kent Road.", ["STREET_ADDRESS:Old Kent Road"]],
    ["J'habite rue Victor Hugo à Lyon.", ["STREET_ADDRESS:rue Victor Hugo"]],
    ["Mon bureau est quai d'Orsay.", ["STREET_ADDRESS:quai d'Orsay"]],
    ["Vivo en la calle Mayor, en Madrid.", ["STREET_ADDRESS:calle Mayor"]],
    ["Moro na Rua das Flores em Lisboa.", ["STREET_ADDRESS:Rua das Flores"]],
    ["Eu trabalho na Av. Paulista, São Paulo.", ["STREET_ADDRESS:Av. Paulista"]],
    ["Mein Auto wurde in der Goethestraße beschädigt.", ["STREET_ADDRESS:Goethestraße"]],
    ["Wir wohnen in der Schönhauser Allee.", ["STREET_ADDRESS:Schönhauser Allee"]],
    ["أسكن في شارع النصر منذ سنتين", ["STREET_ADDRESS:شارع النصر"]],
    ["بيتي بشارع محمد الخامس في الرباط", ["STREET_ADDRESS:شارع محمد الخامس"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(streets(text), expected, text);
  // The name of the street is no person.
  assert.ok(!detectionsAsText("J'habite rue Victor Hugo.").some((entry) => entry.startsWith("PERSON:")));
});

test("a street without a number in a notice, or a type word read as a saint, a person or a noun, is no street", () => {
  for (const text of [
    "The bridge on Main Road is closed for 2 weeks.",
    "Parking on Station Road is suspended.",
    "I called. Parking on Station Road is suspended.",
    "Der Unfall war in der Goethestraße.",
    "وقع الحادث في شارع النصر أمس",
    "I spoke to Lois Lane at the desk.",
    "We met at Jane Way's house.",
    "I live in St Albans.",
    "Es ist eine Sackgasse.",
    "Wir wohnen in einer Seitenstraße.",
    "Die Straße ist gesperrt.",
    "أسكن في شارع مزدحم",
    "We sent it via Royal Mail.",
    "ave Maria",
  ])
    assert.deepEqual(streets(text), [], text);
  // An Arabic street named after an address cue ends before a sentence's word.
  assert.deepEqual(streets("أسكن بشارع الملك فهد في الرياض"), ["STREET_ADDRESS:شارع الملك فهد"]);
});

test("a floor after the house number belongs to the street: Iberian nouns and ground floor, Catalan, German", () => {
  const cases: [string, string][] = [
    ["Avda. de la Constitución 27, 2.ª planta", "Avda. de la Constitución 27, 2.ª planta"],
    ["Moro na Rua X, 10, 2.º andar", "Rua X, 10, 2.º andar"],
    ["Rua Elias Garcia, 14, r/c", "Rua Elias Garcia, 14, r/c"],
    ["Visc al C/ Sant Antoni Maria Claret, 167, 1r 2a", "C/ Sant Antoni Maria Claret, 167, 1r 2a"],
    ["Anschrift: Schönhauser Allee 118, 3. OG", "Schönhauser Allee 118, 3. OG"],
    ["Wir wohnen Hauptstraße 5, EG links", "Hauptstraße 5, EG links"],
  ];
  for (const [text, expected] of cases) assert.deepEqual(streets(text), [`STREET_ADDRESS:${expected}`], text);
  // A word after the number in a sentence is no floor.
  assert.deepEqual(streets("12 Main Street, eg the blue door"), ["STREET_ADDRESS:12 Main Street"]);
});

test("a US state or Canadian province between a town and its postal code is a place", () => {
  assert.deepEqual(detectionsAsText("Please update my address to PO Box 4471, Fairbanks, AK 99701."), [
    "STREET_ADDRESS:PO Box 4471",
    "LOCATION:Fairbanks",
    "LOCATION:AK",
    "POSTAL_CODE:99701",
  ]);
});

test("a leading street type typed without its accent in a chat: 'allee', 'praca'", () => {
  assert.deepEqual(streets("salut, j'habite 4 allee des roses a lyon"), ["STREET_ADDRESS:4 allee des roses"]);
  assert.deepEqual(streets("moro na 12 praca da republica em recife"), [
    "STREET_ADDRESS:12 praca da republica",
  ]);
});

test("Australia's unit and building number ('4/22') and a state of three capitals before its postcode", () => {
  assert.deepEqual(detectionsAsText("I live at 4/22 Smith Street, Fitzroy VIC 3065."), [
    "STREET_ADDRESS:4/22 Smith Street",
    "LOCATION:Fitzroy",
    "LOCATION:VIC",
    "POSTAL_CODE:3065",
  ]);
  // A date's last group before a street is no unit.
  assert.deepEqual(streets("On 12/03/22 Smith Street was closed."), ["STREET_ADDRESS:22 Smith Street"]);
});
