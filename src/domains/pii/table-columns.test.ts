import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectionsAsText } from "./detections-as-text.ts";
import { tableColumnsRecogniser } from "./table-columns.ts";

/** What the recogniser alone reports, as "TYPE:value". */
function cells(text: string): string[] {
  return tableColumnsRecogniser
    .recognise(text)
    .map((detection) => `${detection.type}:${text.slice(detection.start, detection.end)}`);
}

test("a CSV's header types its columns, whatever the values look like", () => {
  const csv =
    "student_id,first_name,last_name,dob,email,postcode\n" +
    "20231187,Yusuf,Demirci,2009-04-12,yusuf@example.org,LS8 2QT\n" +
    '20231188,"Wójcik, Aleksandra",,2008-11-30,n/a,LS7 4HA\n';
  assert.deepEqual(cells(csv), [
    "STUDENT_ID:20231187",
    "PERSON:Yusuf",
    "PERSON:Demirci",
    "DATE_OF_BIRTH:2009-04-12",
    "EMAIL_ADDRESS:yusuf@example.org",
    "POSTAL_CODE:LS8 2QT",
    "STUDENT_ID:20231188",
    "PERSON:Wójcik, Aleksandra",
    "DATE_OF_BIRTH:2008-11-30",
    "POSTAL_CODE:LS7 4HA",
  ]);
  // In the whole engine the column wins: "Demirci" is a family name here, not the Turkish town.
  const found = detectionsAsText(csv);
  assert.ok(found.includes("PERSON:Demirci"), found.join(" | "));
  assert.ok(!found.some((entry) => entry.startsWith("LOCATION:")), found.join(" | "));
});

test("tab-separated, semicolon-separated and Markdown tables, with headers in the six languages", () => {
  assert.deepEqual(cells("Nom\tPrénom\tTéléphone\nDurand\tMaëlle\t06 12 34 56 78\n"), [
    "PERSON:Durand",
    "PERSON:Maëlle",
    "PHONE_NUMBER:06 12 34 56 78",
  ]);
  assert.deepEqual(cells("Vorname;Nachname;Geburtsdatum\nJörg;Kaltenbrunner;03.11.1979\r\n"), [
    "PERSON:Jörg",
    "PERSON:Kaltenbrunner",
    "DATE_OF_BIRTH:03.11.1979",
  ]);
  assert.deepEqual(cells("| Name | Email |\n|------|-------|\n| Ana Lima | ana@example.org |\n"), [
    "PERSON:Ana Lima",
    "EMAIL_ADDRESS:ana@example.org",
  ]);
});

test("the table ends at a blank line or a row of another width; prose with commas is no table", () => {
  assert.deepEqual(cells("first_name,city\nAna,Porto\n\nWe met Bob, Carol, and Dave in Leeds.\n"), [
    "PERSON:Ana",
    "LOCATION:Porto",
  ]);
  assert.deepEqual(
    cells("Please bring your passport, a utility bill, and proof of income.\nThanks, see you soon."),
    [],
  );
  // A header opens the text, or follows a blank line or a line ending with a colon.
  assert.deepEqual(cells("Here they are:\nfirst_name,city\nAna,Porto\n"), ["PERSON:Ana", "LOCATION:Porto"]);
  assert.deepEqual(cells("We wrote down\nfirst_name,city\nAna,Porto\n"), []);
  // A header without a personal column: a product's "name" is nobody's.
  assert.deepEqual(cells("name,price\nWidget,4.99\n"), []);
});

test("a JSON object's keys type their values; a bare 'name' only beside a personal key", () => {
  assert.deepEqual(cells('{"name": "Ibrahim Al-Tamimi", "dob": "1990-01-31", "student_id": 20231187}'), [
    "DATE_OF_BIRTH:1990-01-31",
    "STUDENT_ID:20231187",
    "PERSON:Ibrahim Al-Tamimi",
  ]);
  assert.deepEqual(cells('{"name": "Acme Ltd", "type": "company"}'), []);
  assert.deepEqual(cells('{"email": null, "phone": ""}'), []);
});

test("any text: no throw, and every cell reported lies within the text and within one line", () => {
  const pieces = fc.constantFrom(
    "first_name",
    "email",
    ",",
    ";",
    "\t",
    "|",
    '"',
    '""',
    "\n",
    "\r\n",
    " ",
    "Ana",
    "",
    "{",
    '"dob":',
    ":",
    "42",
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
      const text = parts.join("");
      for (const detection of tableColumnsRecogniser.recognise(text)) {
        assert.ok(detection.start >= 0 && detection.start <= detection.end && detection.end <= text.length);
        assert.ok(!text.slice(detection.start, detection.end).includes("\n"));
      }
    }),
    { numRuns: 500 },
  );
});
