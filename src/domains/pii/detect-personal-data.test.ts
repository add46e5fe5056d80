import assert from "node:assert/strict";
import { test } from "node:test";
import { detectPersonalData } from "./detect-personal-data.ts";
import { detectionsAsText } from "./detections-as-text.ts";
import { parsePiiPolicy } from "./policy.ts";

const typesIn = detectionsAsText;

/** No text's detections include one of `type`. */
function assertNoneOfType(texts: readonly string[], type: string): void {
  for (const text of texts) {
    assert.ok(!typesIn(text).some((found) => found.startsWith(`${type}:`)), `${text}: ${typesIn(text)}`);
  }
}

/** Each text's detections include the expected one ("TYPE:value"). */
function assertEachFound(cases: readonly (readonly [string, string])[]): void {
  for (const [text, expected] of cases)
    assert.ok(typesIn(text).includes(expected), `${text}: ${typesIn(text)}`);
}

test("an apostrophe between two characters of an e-mail's local part is part of it", () => {
  assert.deepEqual(typesIn("From: marcus.o'brien@nhs.net"), ["EMAIL_ADDRESS:marcus.o'brien@nhs.net"]);
  assert.deepEqual(typesIn("email 'john@x.com'"), ["EMAIL_ADDRESS:john@x.com"]);
});

test("structured values are found with their exact spans", () => {
  const found = typesIn(
    "Mail jane.doe@example.org, card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, ip 10.0.12.7",
  );
  assert.ok(found.includes("EMAIL_ADDRESS:jane.doe@example.org"));
  assert.ok(found.includes("CREDIT_CARD:4111 1111 1111 1111"));
  assert.ok(found.includes("IBAN_CODE:GB82 WEST 1234 5698 7654 32"));
  assert.ok(found.includes("IP_ADDRESS:10.0.12.7"));
});

test("a Luhn-invalid number is not a card", () => {
  assert.ok(!typesIn("card 4111 1111 1111 1112").some((entry) => entry.startsWith("CREDIT_CARD")));
});

test("in German text, a place after a word of living or moving there, and a name that is also a month", () => {
  assertEachFound([
    ["Ich bin nach Flensburg umgezogen und wohne jetzt in Mürwik.", "LOCATION:Mürwik"],
    ["Ich bin nach Flensburg umgezogen und wohne jetzt in Mürwik.", "LOCATION:Flensburg"],
    ["Wir treffen Mai Nguyen im Juni.", "PERSON:Mai Nguyen"],
    ["Wir haben Peter Mai getroffen und danken ihm.", "PERSON:Peter Mai"],
    ["Wir danken Herrn Møllerup für die Hilfe.", "PERSON:Møllerup"],
  ]);
});

test("national identifiers carry their country", () => {
  const result = detectPersonalData("Mi DNI es 12345678Z.");
  assert.ok(result.ok);
  const identifier = result.detections.find((detection) => detection.type === "NATIONAL_ID");
  assert.equal(identifier?.country, "ES");
});

test("Spanish social-security and Saudi identity numbers are national identifiers when their checksum holds", () => {
  const identifierIn = (text: string) => {
    const result = detectPersonalData(text);
    assert.ok(result.ok);
    const found = result.detections.find((detection) => detection.type === "NATIONAL_ID");
    return found && { value: text.slice(found.start, found.end), country: found.country, score: found.score };
  };
  assert.deepEqual(identifierIn("Mi número de afiliación a la Seguridad Social es 28/12345678/40."), {
    value: "28/12345678/40",
    country: "ES",
    score: 0.99,
  });
  assert.equal(identifierIn("NUSS: 281234567840")?.country, "ES");
  // The control digits do not hold: still an identity number by its cue, but of no country and scored as a cue's.
  assert.deepEqual(identifierIn("Mi NUSS es 28/12345678/41."), {
    value: "28/12345678/41",
    country: undefined,
    score: 0.6,
  });
  assert.deepEqual(identifierIn("رقم الهوية 1087654321"), { value: "1087654321", country: "SA", score: 0.6 });
  // A bare run of ten digits passes the check one time in ten: without a cue it stays below the threshold.
  assert.equal(identifierIn("Order 1087654321 shipped"), undefined);
});

test("naming cues work in six languages", () => {
  for (const text of [
    "My name is Alice Martin.",
    "Je m'appelle Alice Martin.",
    "Me llamo Alice Martin.",
    "Ich heiße Alice Martin.",
    "Chamo-me Alice Martin.",
  ]) {
    assert.ok(typesIn(text).includes("PERSON:Alice Martin"), text);
  }
  assert.ok(typesIn("اسمي محمد").some((entry) => entry.startsWith("PERSON:")));
});

test("a date keeps the period of a short month, not the period that ends the sentence", () => {
  assert.ok(typesIn("The new rules apply from 1 January.").includes("DATE_TIME:1 January"));
  assert.ok(typesIn("La demande doit être déposée avant le 15 mars.").includes("DATE_TIME:15 mars"));
  assert.ok(typesIn("See you on 5 May.").includes("DATE_TIME:5 May"));
  assert.ok(typesIn("Meet on 12 Sept. at noon").includes("DATE_TIME:12 Sept."));
  assert.ok(typesIn("Call me at 8:30 p.m.").includes("DATE_TIME:8:30 p.m."));
});

test("an address keeps the period of a short street type, not the period that ends the sentence", () => {
  assert.ok(typesIn("It is at 4 Privet Drive. Thanks").includes("STREET_ADDRESS:4 Privet Drive"));
  assert.ok(typesIn("I live at 12 Oak Street.").includes("STREET_ADDRESS:12 Oak Street"));
  assert.ok(typesIn("I live at 12 Oak St.").includes("STREET_ADDRESS:12 Oak St."));
});

test("a date after a birth cue is a date of birth", () => {
  assert.ok(typesIn("Date of birth: 12/03/1980").includes("DATE_OF_BIRTH:12/03/1980"));
  // "I was born" in the first person: "nací", "nasci".
  assert.ok(typesIn("Nací el 5 de agosto de 1975.").includes("DATE_OF_BIRTH:5 de agosto de 1975"));
  assert.ok(typesIn("Eu nasci a 3 de março de 1990.").includes("DATE_OF_BIRTH:3 de março de 1990"));
  // Forms abbreviate the cue.
  assert.ok(typesIn("Fecha de nac.: 22/07/1990").includes("DATE_OF_BIRTH:22/07/1990"));
  assert.ok(typesIn("Data de nasc.: 05/11/1983").includes("DATE_OF_BIRTH:05/11/1983"));
  assert.ok(typesIn("Date de naiss. : 12/03/1977").includes("DATE_OF_BIRTH:12/03/1977"));
});

test("policy allow-list and entity types are honoured", () => {
  const parsed = parsePiiPolicy({ entityTypes: ["PHONE_NUMBER"], allowList: ["+44 20 7946 0000"] });
  assert.ok(parsed.ok);
  const result = detectPersonalData("Call +44 20 7946 0000 or +44 20 7946 0018, alice@example.org", {
    policy: parsed.policy,
  });
  assert.ok(result.ok);
  assert.deepEqual(
    result.detections.map((detection) => detection.type),
    ["PHONE_NUMBER"],
  );
});

test("inputs beyond the configured size are refused with a value", () => {
  const parsed = parsePiiPolicy({ maxInputLength: 10 });
  assert.ok(parsed.ok);
  const result = detectPersonalData("x".repeat(11), { policy: parsed.policy });
  assert.equal(result.ok, false);
});

test("policy errors name the field", () => {
  const parsed = parsePiiPolicy({ thresholds: { PERSON: 2 }, entityTypes: ["NAME"] });
  assert.equal(parsed.ok, false);
  if (!parsed.ok) {
    assert.ok(parsed.errors.some((error) => error.startsWith("thresholds.PERSON:")));
    assert.ok(parsed.errors.some((error) => error.startsWith("entityTypes.0:")));
  }
});

test("hostile inputs do not throw and finish quickly", () => {
  const hostile = [
    "",
    "\uD800\uDC00\uDC00\uD800",
    "\u200B\u200D\u202E مرحبا Hello 👩‍👩‍👧 <b>x</b>",
    "1".repeat(200_000),
    "1 ".repeat(100_000),
    `${"a".repeat(50_000)}@`,
    "A".repeat(100_000),
    "1-".repeat(100_000),
    "<div>".repeat(20_000),
  ];
  for (const text of hostile) {
    const started = Date.now();
    const result = detectPersonalData(text);
    assert.ok(result.ok);
    assert.ok(Date.now() - started < 5000, `took too long on input of length ${text.length}`);
  }
});

test("a possessive ending stays outside a name and does not hide a known name", () => {
  assert.deepEqual(typesIn("I borrowed Anna Smith's bike."), ["PERSON:Anna Smith"]);
  assert.ok(typesIn("That is Nora’s idea.").includes("PERSON:Nora"));
  assert.deepEqual(typesIn("I'm happy today."), []);
});

test("names joined with a plural verb of people are people, not a firm", () => {
  assert.deepEqual(typesIn("Yesterday Okafor and Brennan were at the lake."), [
    "PERSON:Okafor",
    "PERSON:Brennan",
  ]);
  assert.deepEqual(typesIn("Anna, Tom and Lena went home."), ["PERSON:Anna", "PERSON:Tom", "PERSON:Lena"]);
  assert.deepEqual(typesIn("Johnson & Johnson sells soap."), ["ORGANIZATION:Johnson & Johnson"]);
});

test("everyday capitalised phrases are no names, places or firms", () => {
  // Known places joined by "and" are places, though both are family names too; firms joined so stay firms.
  assert.deepEqual(typesIn("Our offices in Paris and Berlin are closed."), [
    "LOCATION:Paris",
    "LOCATION:Berlin",
  ]);
  assert.ok(typesIn("She worked at Marks and Spencer for years.").includes("ORGANIZATION:Marks and Spencer"));
  // A lone family name right after a possessive is what the owner has; a numbered word is a part of something.
  for (const text of [
    "Mother's Day falls in May.",
    "Fill in Part 3 of the form.",
    "The meeting is in Room 12.",
  ]) {
    assert.ok(
      !typesIn(text).some((found) => found.startsWith("PERSON:") || found.startsWith("LOCATION:")),
      `${text}: ${typesIn(text)}`,
    );
  }
  // A capitalised verb of speech inside a sentence belongs to a title.
  assert.deepEqual(typesIn("Check the Frequently Asked Questions page first."), []);
  assert.ok(typesIn('"I will come," said Okonjo.').includes("PERSON:Okonjo"));
  // Public bodies named by what they are: an organisation, whole.
  assert.deepEqual(typesIn("The Citizens Advice Bureau can help you."), [
    "ORGANIZATION:Citizens Advice Bureau",
  ]);
  assert.ok(typesIn("The Tax Office will write to you.").includes("ORGANIZATION:Tax Office"));
  // An everyday word after a greeting opens no name; a given name that is a word still does.
  assert.deepEqual(typesIn("Hi, I'm Maria Lopez and I live here."), ["PERSON:Maria Lopez"]);
  assert.deepEqual(typesIn("Dear Sir, thanks for your letter."), []);
  assert.deepEqual(typesIn("My name is Will Turner."), ["PERSON:Will Turner"]);
  // A place with a postal code after it is still a place.
  assert.ok(typesIn("She lives in Kangerlussuaq 3900 now.").includes("LOCATION:Kangerlussuaq"));
});

test("place, person and organisation cues of free text", () => {
  assert.ok(typesIn("We arrived at Kelowna this morning.").includes("LOCATION:Kelowna"));
  assert.ok(typesIn("Her home city Tromsdal is small.").includes("LOCATION:Tromsdal"));
  assert.deepEqual(typesIn("SELECT * from Users WHERE id = 1"), []);
  assert.deepEqual(typesIn("WELCOME TO SUNNY HILLS!!!"), []);
  assert.ok(typesIn('"Fine," said Okonjo.').includes("PERSON:Okonjo"));
  assert.ok(typesIn("I met my friend Marisol there.").includes("PERSON:Marisol"));
  assert.ok(typesIn("Marisol, can you send it?").includes("PERSON:Marisol"));
  assert.deepEqual(typesIn("However, can we go?"), []);
  assert.ok(typesIn("She is an engineer at IBM now.").includes("ORGANIZATION:IBM"));
  assert.ok(typesIn("He joined Northwind last year.").includes("ORGANIZATION:Northwind"));
  assert.ok(typesIn("Contoso's CEO resigned.").includes("ORGANIZATION:Contoso"));
  assert.ok(typesIn("I visited the Fabrikam office today.").includes("ORGANIZATION:Fabrikam"));
});

test("addresses at the edges of the cheap pre-checks are still found whole", () => {
  // Each address pattern is tried only where cheap token checks say it can match: these cases sit on the
  // edges of those checks (a unit word running into a letter, a "#" unit, a second number, a postal code
  // after a comma and spaces, a compound street name with a multi-unit lower case letter).
  const cases: [string, string][] = [
    ["Kelly Oak 12 FlatS, Apt 5 is mine", "STREET_ADDRESS:Kelly Oak 12 FlatS, Apt 5"],
    ["Hill 7 #A Apt B", "STREET_ADDRESS:Hill 7 #A Apt B"],
    ["Send it to Alte Landstr. 12a, 10115 Berlin", "STREET_ADDRESS:Alte Landstr. 12a"],
    ["Send it to Alte Landstr. 12a, 10115 Berlin", "POSTAL_CODE:10115"],
    ["Send it to Alte Landstr. 12a, 10115 Berlin", "LOCATION:Berlin"],
    ["I live at 12 Oak Street, Springfield, IL 62704.", "STREET_ADDRESS:12 Oak Street"],
    ["I live at 12 Oak Street, Springfield, IL 62704.", "LOCATION:Springfield"],
    ["I live at 12 Oak Street, Springfield, IL 62704.", "LOCATION:IL"],
    ["I live at 12 Oak Street, Springfield, IL 62704.", "POSTAL_CODE:62704"],
    ["Write to\n221 Baker Lane\nSpringfield\n", "STREET_ADDRESS:221 Baker Lane\nSpringfield"],
  ];
  assertEachFound(cases);
});

test("street types written as a word of their own, unit lines and house numbers with a period", () => {
  const found: [string, string][] = [
    ["Schicken Sie es an Berliner Straße 12, 10115 Berlin.", "STREET_ADDRESS:Berliner Straße 12"],
    ["Schicken Sie es an Berliner Straße 12, 10115 Berlin.", "POSTAL_CODE:10115"],
    ["Schicken Sie es an Berliner Straße 12, 10115 Berlin.", "LOCATION:Berlin"],
    ["Our office moved to Kari Nordmanns gate 7 last year.", "STREET_ADDRESS:Kari Nordmanns gate 7"],
    ["Levelet a Petőfi Sándor utca 21. alatt várjuk.", "STREET_ADDRESS:Petőfi Sándor utca 21"],
    ["Küldje a Kossuth u. 4 címre.", "STREET_ADDRESS:Kossuth u. 4"],
    [
      "Please write to:\n45 Cedar Avenue\nSuite 300\nPortland, OR 97205",
      "STREET_ADDRESS:45 Cedar Avenue\nSuite 300\nPortland, OR 97205",
    ],
    ["Címem:\nDózsa György út 8.\n1132 Budapest", "STREET_ADDRESS:Dózsa György út 8.\n1132 Budapest"],
    ["Címünk: Váci utca 12. Apt. 3, Budapest", "STREET_ADDRESS:Váci utca 12. Apt. 3"],
    ["Címünk: Váci utca 12. Apt. 3, Budapest", "LOCATION:Budapest"],
  ];
  assertEachFound(found);
  // Gates, places in a race and a texting "u" are no streets; a period ends an address unless a line follows.
  assertNoneOfType(
    [
      "Meet me at Heathrow gate 5 tomorrow.",
      "Boarding starts at Departure Gate 12.",
      "Er belegte Platz 3 im Rennen.",
      "Thank u 2 much!",
    ],
    "STREET_ADDRESS",
  );
  assert.ok(
    typesIn("Wir wohnen in der Hauptstraße 5. Dann zogen wir um.").includes("STREET_ADDRESS:Hauptstraße 5"),
  );
});

test("an address goes on over its pieces and stops where the next sentence or datum begins", () => {
  const cases: [string, string][] = [
    // A sentence's period ends the city; an abbreviation's period does not.
    ["Envoyez à 8 avenue Victor Hugo, 69002 Lyon. Merci.", "STREET_ADDRESS:8 avenue Victor Hugo"],
    ["Envoyez à 8 avenue Victor Hugo, 69002 Lyon. Merci.", "POSTAL_CODE:69002"],
    ["Envoyez à 8 avenue Victor Hugo, 69002 Lyon. Merci.", "LOCATION:Lyon"],
    ["I live at 12 Oak Street, St. Louis, MO 63101 now.", "STREET_ADDRESS:12 Oak Street"],
    ["I live at 12 Oak Street, St. Louis, MO 63101 now.", "LOCATION:MO"],
    ["I live at 12 Oak Street, St. Louis, MO 63101 now.", "LOCATION:St. Louis"],
    ["I live at 12 Oak Street, St. Louis, MO 63101 now.", "POSTAL_CODE:63101"],
    // The house number stays whole ("120", not a name part "12" and "0"); a label opens the next datum.
    ["Morada: Rua Augusta 120, 1100-053 Lisboa, NIF 123456789.", "STREET_ADDRESS:Rua Augusta 120"],
    ["Morada: Rua Augusta 120, 1100-053 Lisboa, NIF 123456789.", "POSTAL_CODE:1100-053"],
    ["Morada: Rua Augusta 120, 1100-053 Lisboa, NIF 123456789.", "LOCATION:Lisboa"],
    ["Escriba a Rúa do Vilar 46, Santiago.", "STREET_ADDRESS:Rúa do Vilar 46"],
    ["Escriba a Rúa do Vilar 46, Santiago.", "LOCATION:Santiago"],
    // A floor and its side, as Portuguese and Spanish addresses write them.
    [
      "Moro na Avenida da Liberdade 200, 2.º Esq., 1250-147 Lisboa.",
      "STREET_ADDRESS:Avenida da Liberdade 200, 2.º Esq.",
    ],
    ["Moro na Avenida da Liberdade 200, 2.º Esq., 1250-147 Lisboa.", "POSTAL_CODE:1250-147"],
    ["Moro na Avenida da Liberdade 200, 2.º Esq., 1250-147 Lisboa.", "LOCATION:Lisboa"],
    ["Vivo en Calle Sol 3, 2º Izda., Sevilla.", "STREET_ADDRESS:Calle Sol 3, 2º Izda."],
    ["Vivo en Calle Sol 3, 2º Izda., Sevilla.", "LOCATION:Sevilla"],
    // No postal code after the floor: the number before the comma is still the house number, not the name's.
    ["Escreva para Rua Augusta 45, 2.º Esq., Lisboa.", "STREET_ADDRESS:Rua Augusta 45, 2.º Esq."],
    ["Escreva para Rua Augusta 45, 2.º Esq., Lisboa.", "LOCATION:Lisboa"],
    ["Moro na Rua 25 de Março 100, São Paulo.", "STREET_ADDRESS:Rua 25 de Março 100"],
    ["Moro na Rua 25 de Março 100, São Paulo.", "LOCATION:São Paulo"],
    // Colombian addresses: the cross street and the distance from it after "#" or "No.".
    ["Vivo en la Calle 13 # 45-20, Bogotá", "STREET_ADDRESS:Calle 13 # 45-20"],
    ["Vivo en la Calle 13 # 45-20, Bogotá", "LOCATION:Bogotá"],
    ["Mi dirección es Carrera 7 No. 32-16, Medellín.", "STREET_ADDRESS:Carrera 7 No. 32-16"],
    ["Mi dirección es Carrera 7 No. 32-16, Medellín.", "LOCATION:Medellín"],
    // The side written out, in any case.
    ["Vivo en Calle Sol 3, 4º izquierda, en Sevilla.", "STREET_ADDRESS:Calle Sol 3, 4º izquierda"],
    ["Escriba a Calle Mayor 5, 2º Derecha, Madrid", "STREET_ADDRESS:Calle Mayor 5, 2º Derecha"],
    ["Escriba a Calle Mayor 5, 2º Derecha, Madrid", "LOCATION:Madrid"],
    ["Moro na Rua das Flores 45, apto 302, São Paulo.", "STREET_ADDRESS:Rua das Flores 45, apto 302"],
    ["Moro na Rua das Flores 45, apto 302, São Paulo.", "LOCATION:São Paulo"],
    // A compass direction after the street type, a province code that is also a word.
    ["I live at 88 Queen St W, Toronto, ON M5H 2N2.", "STREET_ADDRESS:88 Queen St W"],
    ["I live at 88 Queen St W, Toronto, ON M5H 2N2.", "LOCATION:Toronto"],
    ["I live at 88 Queen St W, Toronto, ON M5H 2N2.", "LOCATION:ON"],
    ["I live at 88 Queen St W, Toronto, ON M5H 2N2.", "POSTAL_CODE:M5H 2N2"],
    ["Office: 1600 Pennsylvania Ave NW, Washington", "STREET_ADDRESS:1600 Pennsylvania Ave NW"],
    ["Office: 1600 Pennsylvania Ave NW, Washington", "LOCATION:Washington"],
    // Written out: "West" is no one's name.
    ["We moved to 221 Queen Street West, Toronto.", "STREET_ADDRESS:221 Queen Street West"],
    ["We moved to 221 Queen Street West, Toronto.", "LOCATION:Toronto"],
    // Ireland's "Upper" and "Lower" after the street type.
    ["Flat 4, 22 Leeson Street Upper, Dublin", "STREET_ADDRESS:Flat 4, 22 Leeson Street Upper"],
    ["Flat 4, 22 Leeson Street Upper, Dublin", "LOCATION:Dublin"],
    // A unit written before the street.
    ["Send it to Apartment 12, 45 Quay Street, Cardiff.", "STREET_ADDRESS:Apartment 12, 45 Quay Street"],
    ["Send it to Apartment 12, 45 Quay Street, Cardiff.", "LOCATION:Cardiff"],
    ["Suite 200, 350 Fifth Avenue, New York", "STREET_ADDRESS:Suite 200, 350 Fifth Avenue"],
    ["Suite 200, 350 Fifth Avenue, New York", "LOCATION:New York"],
    ["Post it to Apt. 4B, 22 Mill Lane.", "STREET_ADDRESS:Apt. 4B, 22 Mill Lane"],
    ["Post it to #12, 45 Quay Street.", "STREET_ADDRESS:#12, 45 Quay Street"],
    // The one-letter street types of Spanish and Portuguese letters, and a street line that ends its line.
    ["Vivo en C/ Gran Vía 12, 28013 Madrid.", "STREET_ADDRESS:C/ Gran Vía 12"],
    ["Vivo en C/ Gran Vía 12, 28013 Madrid.", "POSTAL_CODE:28013"],
    ["Vivo en C/ Gran Vía 12, 28013 Madrid.", "LOCATION:Madrid"],
    ["Escriban a c/ de la Princesa 3, Madrid.", "STREET_ADDRESS:c/ de la Princesa 3"],
    ["Escriban a c/ de la Princesa 3, Madrid.", "LOCATION:Madrid"],
    ["Morada: R. Augusta, 45, Lisboa.", "STREET_ADDRESS:R. Augusta, 45"],
    ["Morada: R. Augusta, 45, Lisboa.", "LOCATION:Lisboa"],
    ["Morada\nRua das Flores 12\n1200-195 Lisboa", "STREET_ADDRESS:Rua das Flores 12\n1200-195 Lisboa"],
    // Brazilian addresses join the district, the city and the state with dashes.
    [
      "Moro na Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001.",
      "STREET_ADDRESS:Rua Augusta, 1500 - Consolação",
    ],
    ["Moro na Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001.", "LOCATION:São Paulo"],
    ["Moro na Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001.", "LOCATION:SP"],
    ["Moro na Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001.", "POSTAL_CODE:01304-001"],
    ["Rua das Flores, 45, apto 302, Curitiba - PR", "STREET_ADDRESS:Rua das Flores, 45, apto 302"],
    ["Rua das Flores, 45, apto 302, Curitiba - PR", "LOCATION:Curitiba"],
    ["Rua das Flores, 45, apto 302, Curitiba - PR", "LOCATION:PR"],
    ["Send it to 12 Main Street - Springfield, IL 62704", "STREET_ADDRESS:12 Main Street - Springfield"],
    ["Send it to 12 Main Street - Springfield, IL 62704", "LOCATION:IL"],
    ["Send it to 12 Main Street - Springfield, IL 62704", "POSTAL_CODE:62704"],
    // After a dash, a word that opens a sentence is no part of the address.
    ["I live at 12 Main Street - John will call you.", "STREET_ADDRESS:12 Main Street"],
  ];
  assertEachFound(cases);
});

test("a lone c or r is a street type only with its slash, or its period away from a name", () => {
  assertNoneOfType(["Pick option c/ d 12 times.", "Tick box c 12.", "The r. 12 setting."], "STREET_ADDRESS");
  for (const [text, person] of [
    ["John R. Smith 12 times won.", "PERSON:John R. Smith"],
    ["Dr. R. Augusta 45 years ago.", "PERSON:R. Augusta"],
  ] as const) {
    assert.ok(typesIn(text).includes(person), text);
    assert.ok(!typesIn(text).some((found) => found.startsWith("STREET_ADDRESS")), text);
  }
});

test("everyday phrases with a street-type word and a number are no address", () => {
  assertNoneOfType(
    [
      "The meeting took place on 5 May.",
      "The hearing will take place at 10 am.",
      "Please put it in place of 3 others.",
      "It was the first place in 2019.",
      // A number then a street-type word alone counts things.
      "We offer 2 ways to apply.",
      "You earned 45 points today.",
      "There are 10 parks in the city.",
    ],
    "STREET_ADDRESS",
  );
  // A leading street type whose name opens with particles is still one.
  assert.ok(
    typesIn("Je vis place de la Concorde 5 à Paris.").includes("STREET_ADDRESS:place de la Concorde 5"),
  );
  assert.ok(
    typesIn("Mi dirección es Calle de los Reyes 12").includes("STREET_ADDRESS:Calle de los Reyes 12"),
  );
});

test("after a unit, words joined by spaces alone go on the address only when they end like one", () => {
  const cases: [string, string][] = [
    // A town then a known country (of one word or two) or a region code.
    [
      "The office is at 17031 2202 Rissik St Apt. 050 Coalville South Africa",
      "STREET_ADDRESS:17031 2202 Rissik St Apt. 050 Coalville South Africa",
    ],
    ["Send it to 12 Main Street Apt 4 South Africa", "STREET_ADDRESS:12 Main Street Apt 4 South Africa"],
    ["It is 7878 Rahu 37 Apt. 405 Sindi PR", "STREET_ADDRESS:7878 Rahu 37 Apt. 405 Sindi PR"],
    // Plain words and names after the unit are not the address.
    ["I live at 12 Main Street Apt 4 Thanks Bob", "STREET_ADDRESS:12 Main Street Apt 4"],
    ["I live at 12 Main Street Apt 4 John Smith called", "STREET_ADDRESS:12 Main Street Apt 4"],
  ];
  assertEachFound(cases);
});

test("digits after an identity or record cue are no phone number, whatever 'number is' says", () => {
  const found = typesIn("Hi, I'm Maria. My NHS number is 943 476 5919.");
  assert.ok(!found.some((entry) => entry.startsWith("PHONE_NUMBER:")), found.join(" | "));
  assert.ok(typesIn("Phone: 612 345 678").includes("PHONE_NUMBER:612 345 678"));
  // A number after an identity cue that fails its checksum (a typo) is still redacted.
  const mistyped = "Mon numéro de sécurité sociale est 2 84 05 75 112 345 67.";
  assert.ok(
    typesIn(mistyped).some((entry) => entry.endsWith(":2 84 05 75 112 345 67")),
    typesIn(mistyped).join(" | "),
  );
});

test("the number's own name decides between two countries' checks the same digits pass", () => {
  const tfn = detectPersonalData("My TFN is 123 456 782 and I live in Perth.");
  assert.ok(tfn.ok);
  assert.equal(tfn.detections.find((detection) => detection.type === "NATIONAL_ID")?.country, "AU");
  const sin = detectPersonalData("My SIN is 130 692 544");
  assert.ok(sin.ok);
  assert.equal(sin.detections.find((detection) => detection.type === "NATIONAL_ID")?.country, "CA");
});

test("health cards are medical records, and a capitalised flat with its number a dwelling", () => {
  assertEachFound([
    ["My OHIP number is 1234-567-890-AB and I live in Mississauga.", "MEDICAL_RECORD:1234-567-890-AB"],
    ["Health card: 9876 543 210 XY, Ontario", "MEDICAL_RECORD:9876 543 210"],
    ["I stay in Flat 302, Sai Residency, Andheri East, Mumbai 400069.", "STREET_ADDRESS:Flat 302"],
  ]);
  assertNoneOfType(["a flat 20 % fee"], "STREET_ADDRESS");
});

test("digits parted by a slash without a trunk prefix are a reference, not a phone", () => {
  assertNoneOfType(["عندي استفسار بخصوص طلب رقم 2024/5581", "Tel. Az. 52/2024123"], "PHONE_NUMBER");
});

test("a PAN's shape alone is no identity number, and a field's name before a colon is no speaker", () => {
  assert.deepEqual(typesIn("Order ABCDE1234F shipped"), []);
  assert.deepEqual(typesIn("Ref XABCPE1234F"), []);
  assert.deepEqual(typesIn("PAN: ABCPE1234F"), ["NATIONAL_ID:ABCPE1234F"]);
});

test("an identifier after an identity document's name is an identity number, with its country when its format is known", () => {
  const text = "بطاقة التعريف الوطنية رقم BE728341، الاسم أمينة آيت علي";
  const moroccan = detectPersonalData(text);
  assert.ok(moroccan.ok);
  const unknown = moroccan.detections.find((detection) => detection.type === "NATIONAL_ID");
  assert.ok(unknown !== undefined && unknown.country === undefined);
  assert.equal(text.slice(unknown.start, unknown.end), "BE728341");
  // A number its country's check validates keeps the country; one that fails it is still an identity number.
  const valid = detectPersonalData("Mi DNI es 12345678Z");
  assert.ok(valid.ok && valid.detections.some((detection) => detection.country === "ES"));
  assertEachFound([
    ["Mi DNI es 12345678A", "NATIONAL_ID:12345678A"],
    ["My ID card number is X7728312", "NATIONAL_ID:X7728312"],
    // India's PAN (letters and four digits, found outside the digit windows), Australia's Medicare number, and a
    // mistyped Mexican CURP after its cue.
    ["My Aadhaar is 2345 6789 0123 and PAN ABCPE1234F; I live in Bengaluru.", "NATIONAL_ID:ABCPE1234F"],
    ["PAN: ABCPE1234F", "NATIONAL_ID:ABCPE1234F"],
    ["Medicare number 2123 45670 1.", "NATIONAL_ID:2123 45670 1"],
    ["Mi CURP es HEGG850312MDFRNL09.", "NATIONAL_ID:HEGG850312MDFRNL09"],
    // Arabic names of the identity card, with a preposition joined; phone-shaped digits after one are no phone.
    ["رقم البطاقة الوطنية: BK 123456، مدينة مكناس", "NATIONAL_ID:BK 123456"],
    ["الحاملة لبطاقة التعريف رقم 0123456789", "NATIONAL_ID:0123456789"],
    // Post-office boxes in Arabic.
    ["يرجى إرسال الوثائق إلى: ص.ب 12345، الرياض 11564", "STREET_ADDRESS:ص.ب 12345"],
    ["صندوق بريد 4455 جدة", "STREET_ADDRESS:صندوق بريد 4455"],
    // Digit groups joined by periods are one identifier.
    ["Cliente: João Pedro dos Santos, RG 12.345.678-9, residente", "NATIONAL_ID:12.345.678-9"],
    ["Soy María José Pérez, cédula 1.023.456.789, de Medellín.", "NATIONAL_ID:1.023.456.789"],
    ["DOB: 7/4/1962 | Medicaid ID: 98765432A", "MEDICAL_RECORD:98765432A"],
    // Austria's social insurance number after its abbreviation.
    ["Grüß Gott, SV-Nr. 1234 010180, danke", "NATIONAL_ID:1234 010180"],
    // Germany's health insurance number: the digits after its letter are no US social security number.
    ["Versichertennummer A123456780, Krankenkasse: AOK.", "NATIONAL_ID:A123456780"],
    ["Meine Krankenversichertennummer lautet T456789012.", "NATIONAL_ID:T456789012"],
  ]);
});

test("two or three capitals right before a number, after a place preposition, label it and are no place", () => {
  assertNoneOfType(
    ["A new sign-in from IP 49.204.17.88 on 17 March.", "Envoyez-le en CP 75001 merci"],
    "LOCATION",
  );
  assertEachFound([["I moved from NYC last year.", "LOCATION:NYC"]]);
});

test("a document's number may follow its clause's 'number' after other words", () => {
  assertEachFound([
    [
      "Servus, ich hab meinen Führerschein verloren, die Nummer war 19384720, wie bekomm ich ein Duplikat?",
      "DRIVER_LICENSE:19384720",
    ],
    ["I lost my passport yesterday, the number is X1234567.", "PASSPORT:X1234567"],
  ]);
  // Not past the end of the cue's sentence.
  assertNoneOfType(["I lost my passport last week. The number was X1234567"], "PASSPORT");
});

test("a document number after its cue is taken whole, also when written in digit groups", () => {
  assert.deepEqual(typesIn("Your NHS number 943 476 5919 is on file."), ["MEDICAL_RECORD:943 476 5919"]);
  assert.deepEqual(typesIn("Passport number X1234567 issued in Lyon"), [
    "PASSPORT:X1234567",
    "LOCATION:Lyon",
  ]);
  assert.deepEqual(typesIn("Patient MRN: 00451234."), ["MEDICAL_RECORD:00451234"]);
});

test("a run of digits is a phone number after the words for reaching someone by phone, in the six languages", () => {
  for (const [text, value] of [
    ["Please text me at 5551234567.", "5551234567"],
    ["You can contact me on 55512345 after six.", "55512345"],
    ["Pour me joindre : 61234567", "61234567"],
    ["Llámame al 61234567", "61234567"],
    ["Meu whats é 11 98765-4321", "11 98765-4321"],
    ["أرجو الاتصال بي على 03123456", "03123456"],
    ["اتصلوا بي على 22334455", "22334455"],
  ])
    assert.deepEqual(typesIn(text!), [`PHONE_NUMBER:${value}`], text);
  // The same digits after other words are a reference.
  assert.deepEqual(typesIn("Reference 55512345 was closed."), []);
});

test("a national number written as area code and one subscriber block is a phone number without a cue", () => {
  assert.deepEqual(typesIn("Bitte rufen Sie mich unter 030 12345678 zurück."), ["PHONE_NUMBER:030 12345678"]);
  assert.deepEqual(typesIn("Erreichbar unter (0221) 4711123."), ["PHONE_NUMBER:(0221) 4711123"]);
  assert.deepEqual(typesIn("Chiamare lo 06/6982123 dopo le nove"), ["PHONE_NUMBER:06/6982123"]);
  // Without the trunk prefix the digits are no such number.
  assert.deepEqual(typesIn("Rechnung 2023 1234567 bezahlt"), []);
});

test("a lower-case street type, name and word after the number, in text with capitals, are a sentence", () => {
  assert.deepEqual(typesIn("La calle principal tiene 12 casas."), []);
  assert.deepEqual(typesIn("Mi carrera dura 5 años."), []);
  assert.deepEqual(
    typesIn("Terminé la carrera de Derecho en 2010.").filter((entry) => entry.startsWith("STREET")),
    [],
  );
  // A capitalised name after it, or text typed all in lower case, keeps the address.
  assert.deepEqual(typesIn("Vivo en la calle Mayor 5, Madrid."), [
    "STREET_ADDRESS:calle Mayor 5",
    "LOCATION:Madrid",
  ]);
  assert.deepEqual(typesIn("vivo en calle mayor 5"), ["STREET_ADDRESS:calle mayor 5"]);
  // A street name typed in lower case ends at its number.
  assert.deepEqual(typesIn("Write to rue du centre 320, please."), ["STREET_ADDRESS:rue du centre 320"]);
});

test("after a verb of having, a number before a noun counts the noun, not years", () => {
  assert.deepEqual(typesIn("Ela tem 3 filhos."), []);
  assert.deepEqual(typesIn("Ich bin mit 3 Kindern da."), []);
  assert.deepEqual(typesIn("Tengo 45 y vivo solo."), ["AGE:45"]);
  assert.deepEqual(typesIn("Er ist mit 45 gestorben."), ["AGE:45"]);
});

test("an age set off by commas after a name, bare or with its unit", () => {
  assert.deepEqual(typesIn("Patient Harriet Cole, 78, admitted with pneumonia."), [
    "PERSON:Harriet Cole",
    "AGE:78",
  ]);
  assert.ok(typesIn("Madame Lucienne Berthier, 84 ans, vit seule.").includes("AGE:84 ans"));
  // "ans" alone measures a duration; numbers in a list are no ages.
  assert.deepEqual(typesIn("Il travaille ici depuis 10 ans."), []);
  assert.deepEqual(typesIn("See sections 3, 4, 5 and 6."), []);
  // A house number between commas stays the address's.
  assert.deepEqual(typesIn("Vivo en la Calle Mayor, 12, 3º B, Madrid."), [
    "STREET_ADDRESS:Calle Mayor, 12, 3º B",
    "LOCATION:Madrid",
  ]);
});

test("a number written in brackets is found without its brackets", () => {
  assert.deepEqual(typesIn("Next of kin: brother (07911 123456)."), ["PHONE_NUMBER:07911 123456"]);
  assert.deepEqual(typesIn("Call me (+44 7911 123456)"), ["PHONE_NUMBER:+44 7911 123456"]);
  // An area code in brackets stays part of the number.
  assert.deepEqual(typesIn("Call (0161) 496 0000 now"), ["PHONE_NUMBER:(0161) 496 0000"]);
});

test("an international number with its trunk prefix in brackets is one number", () => {
  assert.deepEqual(typesIn("Ring me on +46 (0)8 928 571 38 after six."), [
    "PHONE_NUMBER:+46 (0)8 928 571 38",
  ]);
  assert.deepEqual(typesIn("Tel. +44 (0)20 7946 0123"), ["PHONE_NUMBER:+44 (0)20 7946 0123"]);
});

test("an address goes on to the next line only when that line is part of it, not the next sentence", () => {
  assertEachFound([
    ["Send it to 10 Downing Street\nWait for a reply.", "STREET_ADDRESS:10 Downing Street"],
    ["Post to 4 Elm Road\nBristol BS1 4DJ", "STREET_ADDRESS:4 Elm Road\nBristol BS1 4DJ"],
    // A city written in capitals, or followed by its postal code, is still the address's line.
    ["Meet me at 12 Kelly Road\nOSLO after lunch.", "STREET_ADDRESS:12 Kelly Road\nOSLO"],
    ["Meet me at 12 Kelly Road\nOslo 0150 after lunch.", "STREET_ADDRESS:12 Kelly Road\nOslo 0150"],
    // Nor does it begin on the line above its house number: a team or a job there is no part of it.
    [
      "Jane Doe\nHousing Team\n160 Tooley Street\nLondon SE1 2QH",
      "STREET_ADDRESS:160 Tooley Street\nLondon SE1 2QH",
    ],
    [
      "Jonas Weber\nStadtverwaltung Potsdam\nFriedrich-Ebert-Straße 79\n14469 Potsdam",
      "STREET_ADDRESS:Friedrich-Ebert-Straße 79\n14469 Potsdam",
    ],
    ["Anna Berg\nHousing Office\nBaker Lane 12\nOslo 0150", "STREET_ADDRESS:Baker Lane 12\nOslo 0150"],
    [
      "Anna Berg\nKvadrat\nTrenerys gate 23\n7011 Trondheim",
      "STREET_ADDRESS:Trenerys gate 23\n7011 Trondheim",
    ],
  ]);
});

test("lines that open with bullets or quote marks are lines of an address, and each is reported without its mark", () => {
  for (const mark of ["> ", "• ", "- ", "* ", "??? "]) {
    const text = `Dear team,\n${mark}12 High Street\n${mark}Suite 4\n${mark}Springfield\n${mark}USA 62704`;
    const addresses = typesIn(text).filter((found) => found.startsWith("STREET_ADDRESS:"));
    assert.deepEqual(
      addresses,
      ["12 High Street", "Suite 4", "Springfield", "USA 62704"].map((line) => `STREET_ADDRESS:${line}`),
      JSON.stringify(text),
    );
  }
});

test("the line between a name and an address in a contact block is the organisation", () => {
  assertEachFound([
    ["Jane Doe\nPaxata\nPSC 3294, Box 9168\nAPO AA 61487", "ORGANIZATION:Paxata"],
    [
      "> Lina Artemova\n> Irecycle\n> Lina Artemova\n> 2224 Trenerys gate 23\n> TRONDHEIM",
      "ORGANIZATION:Irecycle",
    ],
    [
      "• María García\n• Nortada Seguros\n• Calle de Alcalá 45\n• 28014 Madrid",
      "ORGANIZATION:Nortada Seguros",
    ],
  ]);
  // A job on that line, a line with digits, or no name above: no organisation.
  assertNoneOfType(
    [
      "Jane Doe\n\nCaseworker\n\n12 High Street\nLondon SW1A 1AA",
      "Jane Doe\nSenior Engineer\nPSC 3294, Box 9168\nAPO AA 61487",
      "Jane Doe\nRoom 12\n12 High Street\nLondon SW1A 1AA",
      "Dear team\nPaxata\n12 High Street\nLondon SW1A 1AA",
      "Jane Doe\nPaxata\nThanks for the call.",
    ],
    "ORGANIZATION",
  );
  // The organisation is the policy's to redact like any other.
  const policy = parsePiiPolicy({ entityTypes: ["PERSON", "STREET_ADDRESS"] });
  assert.ok(policy.ok);
  const result = detectPersonalData("Jane Doe\nPaxata\nPSC 3294, Box 9168\nAPO AA 61487", {
    policy: policy.policy,
  });
  assert.ok(result.ok);
  assert.ok(!result.detections.some((detection) => detection.type === "ORGANIZATION"));
});

test("a line of name words above an address, or above an organisation's line above it, is the person", () => {
  assertEachFound([
    ["Dyan Oyelaran-Vik\n\n864 Quay Street\nCardiff", "PERSON:Dyan Oyelaran-Vik"],
    ["Tuuli van Gijn\n12 Oak Street\nSpringfield, IL 62704", "PERSON:Tuuli van Gijn"],
    ["Brannoc K. Ossendrijver\n12 Oak Street", "PERSON:Brannoc K. Ossendrijver"],
    ["> Quenby Aldaraq\n> Zentrino Movers\n> 79367 Oak Street\n> Springfield", "PERSON:Quenby Aldaraq"],
    [
      "> Quenby Aldaraq\n> Zentrino Movers\n> 79367 Oak Street\n> Springfield",
      "ORGANIZATION:Zentrino Movers",
    ],
    // After the block's label on the same line.
    ["Billing address: Eve Magrath\n    62573 103 Cassidy Street\n    Leeds", "PERSON:Eve Magrath"],
    // One word: after the label whatever it is; at the top of a letter when it is a known name.
    ["Billing address: Aloisia\n    12 Main Street\n    Oslo", "PERSON:Aloisia"],
    ["Chmielewski\n\nPSC 5217, Box 4854\nAPO AP 43", "PERSON:Chmielewski"],
  ]);
  // Headings, organisations, units and buildings above an address are no one's name.
  assertNoneOfType(
    [
      "Customer Services\n12 High Street\nLeeds",
      "Registered Address\n10 Downing Street\nLondon",
      "Riverside Court\n45 Quay Street",
      "Housing Benefit Team\n1 Civic Square",
      "HOUSING OFFICE\n1 Civic Square",
      "Zentrino Movers Ltd\n45 Quay Street",
      "Flat 3\n45 Quay Street",
      "Please send it to:\n45 Quay Street",
      // One word that is no known name at the top of a text is a heading.
      "Invoice\n\n12 Main Street\nLondon",
      "Receipt\n12 Main Street",
    ],
    "PERSON",
  );
});

test("a capital after a street type opens no direction past a period or into a word", () => {
  assertEachFound([
    ["Meet at 12 Oak Street. S is late.", "STREET_ADDRESS:12 Oak Street"],
    ["Write to 10 Downing Street E-mail me.", "STREET_ADDRESS:10 Downing Street"],
  ]);
});

test("a public service's own words in a citizen's message are no person", () => {
  // A greeting to a team, a service that wrote, the label of a document.
  assertNoneOfType(
    ["Dear Housing Team,\nMy boiler is broken.", "On 12 May, Benefits Service wrote:"],
    "PERSON",
  );
  assertEachFound([["On 12 May, Benefits Service wrote:", "ORGANIZATION:Benefits Service"]]);
  assertNoneOfType(["My National Insurance number is on the letter."], "ORGANIZATION");
  // Services, schemes and payments after a word that introduces a person.
  assertNoneOfType(
    [
      "Pay your bill by Direct Debit.",
      "Contact Jobcentre Plus if you need help.",
      "Speak with Citizens Advice first.",
      "Présentez-vous au guichet avec votre Carte Vitale.",
    ],
    "PERSON",
  );
  // A verb that introduces a person, opening the sentence, is no part of the name.
  assertEachFound([["Contact Nora Vance today.", "PERSON:Nora Vance"]]);
});

test("an institution named after a saint is an organisation; a given name before a ward or bay number is no person", () => {
  assertEachFound([
    ["She was admitted to St Mary's Hospital.", "ORGANIZATION:St Mary's Hospital"],
    ["He studies at St. John's College.", "ORGANIZATION:St. John's College"],
  ]);
  assertNoneOfType(["She is on Ward 7B, bed 3.", "Please wait in Bay 4."], "PERSON");
  // An organisation's prefix word takes no name past the end of its sentence.
  assertNoneOfType(["Go to the Hospital. Contact the ward first."], "ORGANIZATION");
  // A name before a number and a lower-case word is still a name.
  assertEachFound([["I met Anna 2 days ago.", "PERSON:Anna"]]);
});

test("French and Spanish letters: forms of address, the phone's label, a social-security number's cue", () => {
  assertNoneOfType(["Madame, Monsieur,\nJe vous écris au sujet de ma demande.", "Señora, Señor:"], "PERSON");
  const phone = detectPersonalData("Tél. : 06 12 34 56 78");
  assert.ok(phone.ok);
  assert.ok(phone.detections.some((found) => found.type === "PHONE_NUMBER" && found.score >= 0.8));
  const number = detectPersonalData("Su número de la Seguridad Social es 28 12345678 40.");
  assert.ok(number.ok);
  assert.ok(number.detections.some((found) => found.reason.includes("identity-number context")));
});

test("Arabic letters: streets with their numbers, names with their lineage, a number after 'on the number'", () => {
  assertEachFound([
    ["عنواني 12 شارع الحرية، الدار البيضاء.", "STREET_ADDRESS:12 شارع الحرية"],
    ["أسكن في شارع الملك فهد 45، الرياض.", "STREET_ADDRESS:شارع الملك فهد 45"],
    // A conjunction or preposition joined to the type stays outside the address.
    ["بيتي بشارع الجمهورية 14 في القاهرة", "STREET_ADDRESS:شارع الجمهورية 14"],
    ["اسمي خالد بن سعيد بن محمد وأسكن في جدة.", "PERSON:خالد بن سعيد بن محمد"],
    ["Mohammed bin Rashid visited the centre.", "PERSON:Mohammed bin Rashid"],
  ]);
  // A street named without a number, and "the street" inside a sentence, are no address.
  assertNoneOfType(
    ["شارع الحرية جميل", "في الشارع 5 سيارات", "انتظر في الشارع الخلفي 5 دقائق"],
    "STREET_ADDRESS",
  );
  const phone = detectPersonalData("يرجى التواصل مع السيدة مريم حداد على الرقم 03 123 456.");
  assert.ok(phone.ok);
  assert.ok(phone.detections.some((found) => found.type === "PHONE_NUMBER" && found.score >= 0.8));
});

test("a place guessed after a preposition takes the particles inside its name", () => {
  assertEachFound([
    ["The title refers to a street in Villafranca del Cid.", "LOCATION:Villafranca del Cid"],
    ["My daughter was bitten in Parc de la Tête d'Or on Saturday.", "LOCATION:Parc de la Tête"],
  ]);
  // A particle with no capitalised word after it stays outside.
  assertEachFound([["They met in Ulvik de facto.", "LOCATION:Ulvik"]]);
});

test("after 'office is at', 'based at' or 'situated at', a clause with a number is an address", () => {
  assertEachFound([
    ["The Reed Elsevier office is at Præstevænget 15", "STREET_ADDRESS:Præstevænget 15"],
    ["The team is based at Quay House 4.", "STREET_ADDRESS:Quay House 4"],
    ["The clinic is situated at Am Mühlbach 7.", "STREET_ADDRESS:Am Mühlbach 7"],
  ]);
  // Without a number the clause is no address.
  assert.deepEqual(typesIn("Our office is at the town hall."), []);
});

test("a name with a known given or family name on the first line of a text, a blank line under it, is the person", () => {
  assertEachFound([
    ["Kaczmarek\n\nTalking-books clerk, ten years in public libraries.", "PERSON:Kaczmarek"],
    ["  Chmielewski\n\nNurse, twelve years on a surgical ward.", "PERSON:Chmielewski"],
  ]);
  // A heading; a first line with more under it; a line that is not the first.
  for (const text of [
    "Annual Report\n\nThe committee met.",
    "Housing Benefit\n\nApply now.",
    "Kaczmarek\nClerk\n\nTen years in libraries.",
    "CV\n\nKaczmarek\n\nTalking-books clerk.",
  ])
    assert.deepEqual(typesIn(text), [], text);
});

test("capitalised words after a box address and a comma, ending the line, are the place the box is in", () => {
  assertEachFound([
    ["PSC 0272, Box 1651\nAPO AA 94530, KAJAANI", "LOCATION:KAJAANI"],
    ["PSC 0272, Box 1651\nAPO AA 94530, Lake Placid\nUSA", "LOCATION:Lake Placid"],
  ]);
  // Words that go on into a sentence are not a place.
  assert.ok(
    !typesIn("Write to PO Box 12, The Office will answer.").some((found) => found.startsWith("LOCATION")),
  );
});

test("a building number written before a street's name is part of the address", () => {
  assertEachFound([
    ["I live at 83854 Strickstrasse 61.", "STREET_ADDRESS:83854 Strickstrasse 61"],
    ["Address: 83854 Strickstrasse 61", "STREET_ADDRESS:83854 Strickstrasse 61"],
    ["Jay Pearce lives at 67952 Höfðagata 39, Keflavíkurflugvöllur", "STREET_ADDRESS:67952 Höfðagata 39"],
    ["Jay Pearce lives at 67952 Höfðagata 39, Keflavíkurflugvöllur", "LOCATION:Keflavíkurflugvöllur"],
    ["??? Freja Clausen\n??? 83854 Strickstrasse 61\n??? Zuoz", "STREET_ADDRESS:83854 Strickstrasse 61"],
    ["Send to:\n4923 Parmova 109\nMaribor", "STREET_ADDRESS:4923 Parmova 109\nMaribor"],
  ]);
  // The last group of a phone number, and a year after a word, are no building numbers.
  assertEachFound([
    ["Call 0161 496 0000 Strickstrasse 61", "STREET_ADDRESS:Strickstrasse 61"],
    ["In 2019 Hauptstraße 5 was sold.", "STREET_ADDRESS:Hauptstraße 5"],
  ]);
});

test("a flat or suite with its number is an address on its own; a floor, a room count or a unit inside a street is not", () => {
  assertEachFound([
    ["Please update the billing address with apt. 169 for this card", "STREET_ADDRESS:apt. 169"],
    ["Can you please validate the following? Suite 824", "STREET_ADDRESS:Suite 824"],
    ["O meu endereço mudou: apto 302B.", "STREET_ADDRESS:apto 302B"],
    ["Mrs. Diana Usamov Suite 913 0547 Bygget 91", "STREET_ADDRESS:Suite 913"],
    // Inside a street address, the unit stays part of it.
    ["12 Main Street Apt. 4, Springfield", "STREET_ADDRESS:12 Main Street Apt. 4"],
    ["12 Main Street Apt. 4, Springfield", "LOCATION:Springfield"],
  ]);
  assertNoneOfType(
    ["Comprei um apartamento 3 quartos.", "Meet me on floor 3.", "Room 12 is free."],
    "STREET_ADDRESS",
  );
  // One detection for the street and its unit, none for the unit alone.
  assert.deepEqual(typesIn("Apt. 4, 12 Main Street"), ["STREET_ADDRESS:Apt. 4, 12 Main Street"]);
});

test("a German noun of time or money after a number opens no address line", () => {
  assertNoneOfType(
    [
      "Dienstag bis Freitag 10–19 Uhr, Samstag 10–14 Uhr. Montag Ruhetag.",
      "Die Gebühr: 25 Euro\nZahlbar bis Freitag",
    ],
    "STREET_ADDRESS",
  );
});

test("a street typed in lower case: a number, a leading type and the name, or a compound name and its number", () => {
  assertEachFound([
    ["What is your address? it is 36 rue de pologne", "STREET_ADDRESS:36 rue de pologne"],
    ["j'habite au 36 rue de la paix à lyon", "STREET_ADDRESS:36 rue de la paix"],
    ["vivo en el 12 calle mayor", "STREET_ADDRESS:12 calle mayor"],
    ["ich wohne in der hauptstraße 5", "STREET_ADDRESS:hauptstraße 5"],
    ["Send it to hersnapvej 18 please", "STREET_ADDRESS:hersnapvej 18"],
    ["vivimos en c/ san vicente martir 88 pta 14 valencia", "STREET_ADDRESS:c/ san vicente martir 88 pta 14"],
    // A longer address that holds it is kept whole.
    ["eva kleist lives at 255 hersnapvej 18, københavn k", "STREET_ADDRESS:255 hersnapvej 18, københavn k"],
  ]);
  assertNoneOfType(
    [
      "I sent 2 via email.",
      "We set 3 place settings.",
      "Thank you for offering 3 options.",
      "see the arcade 2 times",
      "Send it c/o Jane Doe, 12 times a year.",
    ],
    "STREET_ADDRESS",
  );
});

test("a number after a capitalised word belongs to what that word ends, not to the next street", () => {
  assertEachFound([
    ["??? Belle\n??? Rua do Arenque 1634 Vesterskovvej 79\n??? 70651", "STREET_ADDRESS:Vesterskovvej 79"],
    [
      "his address: 03555 Vicolo Calcirelli 13 Suite 694 Valderice Trapani 05575 Feldstrasse 42",
      "STREET_ADDRESS:Feldstrasse 42",
    ],
  ]);
});

test("a postal code written before its town opens a line or an item", () => {
  assertEachFound([
    ["Adresse : 8 allée des Tilleuls ; 69003 Lyon ; enfants : 3", "POSTAL_CODE:69003"],
    ["Domicilio: Avda. de la Constitución 27, 2.ª planta ; 41001 Sevilla ; Tel.", "POSTAL_CODE:41001"],
    ["Wohnort:\n10115 Berlin", "POSTAL_CODE:10115"],
    // Two groups: Poland's, and those of Czechia, Slovakia, Sweden and Greece.
    ["Adres: 00-514 Warszawa", "POSTAL_CODE:00-514"],
    ["Adresa: Vodičkova 12, 110 00 Praha", "POSTAL_CODE:110 00"],
  ]);
  // After a word or other digits the number is something else: a house number, a phone number's last group.
  assertNoneOfType(
    ["Wir wohnen in der Hauptstraße 5 Berlin.", "Ruf an: 0612 3456 Paris", "Tel: 12 345 67 Praha"],
    "POSTAL_CODE",
  );
});

test("after an address cue the address ends with its last numbered part and at most a short place after it", () => {
  assert.deepEqual(
    typesIn(
      "hi my address is unit 5/22 marine pde, cottesloe wa 6011, can u update the kids school records pls",
    ),
    ["STREET_ADDRESS:unit 5/22 marine pde", "LOCATION:cottesloe", "LOCATION:wa", "POSTAL_CODE:6011"],
  );
  assertEachFound([
    ["eva kleist lives at 255 hersnapvej 18, københavn k", "STREET_ADDRESS:255 hersnapvej 18, københavn k"],
  ]);
});

test("a bare number after 'who is', 'I'm', 'she is' or 'beide', ending the clause, is an age", () => {
  assertEachFound([
    ["My father, who is 82, needs help with the form.", "AGE:82"],
    ["I'm 34 and unemployed.", "AGE:34"],
    ["Wir sind beide 67 und möchten Grundsicherung beantragen.", "AGE:67"],
    // Chat without the apostrophe, before "and" or a comma.
    ["my name is jake and im 16 and i need help", "AGE:16"],
    ["hi im 15, can i apply", "AGE:15"],
    ["Ich heiße Sophie, bin 29 und wohne in Zürich.", "AGE:29"],
  ]);
  assertNoneOfType(
    [
      "He is 5 minutes away.",
      "I'm 100% sure.",
      "She is 1 of 3 applicants.",
      "The answer is 42.",
      "who is 300.",
      // German "im" is "in the".
      "Er wohnt im 3. Stock.",
      "Put it in the recycling bin 29, please.",
    ],
    "AGE",
  );
});

test("a number up to 120 in brackets right after a person's name is their age", () => {
  assertEachFound([
    ["hallo, mein sohn elias (8) hat seit gestern fieber", "AGE:8"],
    ["Amy Lee (34) called about the form.", "AGE:34"],
  ]);
  assertNoneOfType(["Anna Berg (200) is here", "See form (12) before you call.", "Amy Lee ( 34 )"], "AGE");
});

test("an Arabic age written in words after its cue: number words and years, or the dual", () => {
  assertEachFound([
    ["بنتي عمرها سنتين وعندها حرارة", "AGE:سنتين"],
    ["ابني عمره ثلاث سنوات", "AGE:ثلاث سنوات"],
    ["عمري خمسة وعشرين سنة", "AGE:خمسة وعشرين سنة"],
  ]);
  // Without the cue, years in words are a duration.
  assertNoneOfType(["انتظرت ثلاث سنوات"], "AGE");
});

test("years after a known name and a verb of having are an age: 'Jeanne Dupuis a 87 ans'", () => {
  assertEachFound([
    ["Bonjour, ma mère Jeanne Dupuis a 87 ans et habite seule à Rouen.", "AGE:87 ans"],
    ["Lucía tiene 12 años.", "AGE:12 años"],
    ["O Pedro tem 9 anos e estuda.", "AGE:9 anos"],
  ]);
  // A project's or a town's years are not.
  assertNoneOfType(["Le projet Horizon a 3 ans.", "Paris a 2 ans de retard."], "AGE");
});

test("Arabic ages with the conjunction written on the cue, and the spoken 'she has five years'", () => {
  assertEachFound([
    ["والدتي تقيم في صفاقس، وعمرها 72 سنة.", "AGE:72 سنة"],
    ["بنتي اسمها نور وعندها 5 سنين، بدي سجلها بالروضة.", "AGE:5 سنين"],
    ["جدي عنده 80 سنة ويحتاج رعاية.", "AGE:80 سنة"],
  ]);
  // Years of experience or of service are no age.
  assertNoneOfType(["عندي 5 سنوات خبرة في المحاسبة.", "عنده 3 سنوات في الشركة."], "AGE");
});

test("Arabic cues with a possessive: my birth date, her university number, my identity card", () => {
  assertEachFound([
    ["تاريخ ميلادي 1990/05/14 ومكان الولادة الرباط.", "DATE_OF_BIRTH:1990/05/14"],
    ["ابنتي ريم طالبة في جامعة الملك سعود، رقمها الجامعي 441203556.", "STUDENT_ID:441203556"],
    ["رقم بطاقتي الوطنية BK482913.", "NATIONAL_ID:BK482913"],
    ["رقم بطاقته الشخصية 29801011234567 من القاهرة.", "NATIONAL_ID:29801011234567"],
  ]);
});

test("ages given in apposition: after a comma with a unit, in brackets, after Spanish 'de'", () => {
  assertEachFound([
    ["Patient: Harpreet Kaur Sandhu, 34 years, F, referred", "AGE:34 years"],
    ["ma fille Lina (9 ans) est inscrite", "AGE:9 ans"],
    ["Mi padre, Manuel Ogando Rey, de 88 años, vive solo", "AGE:88 años"],
    ["Patient: Dimitrios Papadopoulos, 72 J., Fallnummer 40071233", "AGE:72 J."],
  ]);
  // A duration is no age: not after a name, or not set off.
  assertNoneOfType(
    [
      "I have lived here for 10 years, thanks",
      "the project (3 years) ended",
      "un contrato de 2 años, renovable",
    ],
    "AGE",
  );
});

test("identity numbers of more countries, with their cue words in the six languages", () => {
  assertEachFound([
    ["mon numéro national est le 90.07.14-137.24 et", "NATIONAL_ID:90.07.14-137.24"],
    ["Meine AHV-Nummer ist 756.7139.0482.64, ich", "NATIONAL_ID:756.7139.0482.64"],
    ["Camila Soto Fuentes, RUT 16.489.221-2, Universidad", "NATIONAL_ID:16.489.221-2"],
    ["my TFN 653 819 405 doesn't match", "NATIONAL_ID:653 819 405"],
    ["Her PPS number is 6439102I.", "NATIONAL_ID:6439102I"],
    ["Versicherungsnummer 4836 120385, Lukas Haidinger", "NATIONAL_ID:4836 120385"],
    ["رقم الهوية الإماراتية: 784-1990-4182735-5 - الاسم", "NATIONAL_ID:784-1990-4182735-5"],
    ["Mon NAS est le 271 849 036 et mon numéro", "NATIONAL_ID:271 849 036"],
    ["Nombre: Jesús Hernández López | CURP: HELJ870722HDFRPS09 | Fecha", "NATIONAL_ID:HELJ870722HDFRPS09"],
  ]);
  // Nine digits that pass the tax-file check by chance are a phone number without a cue.
  assertEachFound([["call me at 653 819 405", "PHONE_NUMBER:653 819 405"]]);
  // A RUT is written with a hyphen before its check character; nine bare digits are not read as one.
  const bare = detectPersonalData("RUT 123456785");
  assert.ok(bare.ok && !bare.detections.some((detection) => detection.country === "CL"));
  // Kuwait's civil number and Egypt's national number need their cue: alone, twelve or fourteen digits are no id.
  const kuwait = detectPersonalData("الرقم المدني: 291051201876؛ الاسم: دانة العنزي");
  assert.ok(kuwait.ok && kuwait.detections.some((detection) => detection.country === "KW"));
  const egypt = detectPersonalData("الرقم القومي 29001011234567 من فضلك");
  assert.ok(egypt.ok && egypt.detections.some((detection) => detection.country === "EG"));
  assertNoneOfType(["order 291051201876 shipped", "ref 29001011234567"], "NATIONAL_ID");
});

test("Arabic-Indic and Persian digits are read as digits, and the spans are the text's own", () => {
  assertEachFound([
    ["رقم هاتفي ٠٥٠٤٧٣٨٢١٩", "PHONE_NUMBER:٠٥٠٤٧٣٨٢١٩"],
    ["تاريخ الميلاد: ١٢/٠٩/٢٠٠٦", "DATE_OF_BIRTH:١٢/٠٩/٢٠٠٦"],
    ["عمري ۳۴ سنة", "AGE:۳۴ سنة"],
  ]);
});

test("Arabic streets: Maghreb alleys, a house number after 'رقم', numbered parts, districts, an address cue", () => {
  assertEachFound([
    ["وأسكن في زنقة الحرية، رقم 17، الطابق 2", "STREET_ADDRESS:زنقة الحرية، رقم 17، الطابق 2"],
    ["العنوان: قطعة 4، شارع 12، منزل 27", "STREET_ADDRESS:قطعة 4، شارع 12، منزل 27"],
    ["12 شارع النصر، الدور الرابع، شقة 8", "STREET_ADDRESS:12 شارع النصر، الدور الرابع، شقة 8"],
    ["عنواني: شارع الملك فهد، حي العليا، الرياض", "STREET_ADDRESS:شارع الملك فهد، حي العليا"],
    ["السكن: عمارة 5، شقة 12، شارع التحرير، القاهرة", "STREET_ADDRESS:عمارة 5، شقة 12، شارع التحرير"],
    // A floor in words among them, and "new" after "my address".
    [
      "العنوان: عمارة 12، شقة 5، الدور الثالث، شارع التحرير، الدقي، الجيزة.",
      "STREET_ADDRESS:عمارة 12، شقة 5، الدور الثالث، شارع التحرير",
    ],
    [
      "عنواني الجديد: 14 نهج الحبيب ثامر، أريانة 2080، تونس.",
      "STREET_ADDRESS:14 نهج الحبيب ثامر، أريانة 2080، تونس",
    ],
    // A villa's number after "رقم"; a numbered building after a street without a number numbers it.
    [
      "أسكن في فيلا رقم 23، شارع 15، حي الياسمين، الرياض.",
      "STREET_ADDRESS:فيلا رقم 23، شارع 15، حي الياسمين",
    ],
    ["يسكن ابني في مدينة نصر، شارع عباس العقاد، عمارة 7.", "STREET_ADDRESS:شارع عباس العقاد، عمارة 7"],
  ]);
  // Without a number or an address cue, a street is a street in general.
  assertNoneOfType(["ذهبت إلى الشارع أمس", "مشيت في شارع طويل أمس"], "STREET_ADDRESS");
});

test("document numbers after a nationality or a compound cue; medical records after more cue words", () => {
  assertEachFound([
    ["passeport vietnamien n° C4829137, je joins", "PASSPORT:C4829137"],
    ["pasaporte mexicano número G12345678", "PASSPORT:G12345678"],
    ["Reisepass-Nr. FE482913", "PASSPORT:FE482913"],
    ["Führerscheinnummer B072RRE2I55", "DRIVER_LICENSE:B072RRE2I55"],
    // The abbreviations of US forms.
    ["DL 12345678 (California)", "DRIVER_LICENSE:12345678"],
    ["CDL: W4172-55839-01", "DRIVER_LICENSE:W4172-55839-01"],
    ["my BRP number is ZU1234567", "NATIONAL_ID:ZU1234567"],
    ["mi tarjeta de residencia es X1234567", "NATIONAL_ID:X1234567"],
    ["Patienten-Nr. P-2024-08815", "MEDICAL_RECORD:P-2024-08815"],
    ["Guillermo Treviño, expediente clínico 78451-23, el lunes", "MEDICAL_RECORD:78451-23"],
    ["Utente: Carolina Meireles, n.º de utente 284719350.", "MEDICAL_RECORD:284719350"],
  ]);
  assertNoneOfType(["my passport expires in 2025", "su pasaporte vence en 2026"], "PASSPORT");
});

test("names inside a web address are part of it; profile pages are personal", () => {
  const found = typesIn("Profil unter https://www.xing.com/profile/Tobias_Engel7");
  assert.deepEqual(found, ["URL:https://www.xing.com/profile/Tobias_Engel7"]);
  const result = detectPersonalData("see https://www.linkedin.com/in/abdoulaye-sow-4b81a2193");
  assert.ok(result.ok);
  assert.equal(result.detections[0]?.score, 0.9);
});

test("French, Spanish, German and Portuguese forms and letters", () => {
  assertEachFound([
    ["Je soussigné Sofiane Meziane, né le 22/11/1978", "PERSON:Sofiane Meziane"],
    ["beneficiário Bishnu Gurung, residente em Odemira", "PERSON:Bishnu Gurung"],
    ["Wir wohnen in der Venloer Str. 341 in Köln.", "STREET_ADDRESS:Venloer Str. 341"],
    [
      "Bitte überweisen Sie die Rückerstattung auf mein Konto bei der Stadtsparkasse München.",
      "ORGANIZATION:Stadtsparkasse München",
    ],
    ["Meine Frau arbeitet bei der Sparkasse Bonn.", "ORGANIZATION:Sparkasse Bonn"],
    ["Er liegt im Krankenhaus Nord in Hamburg.", "ORGANIZATION:Krankenhaus Nord"],
    ["Responsável: Cláudia Oliveira | Tel: (11) 98412-3376", "PHONE_NUMBER:(11) 98412-3376"],
    // A Brazilian mobile without brackets, after the chat words for WhatsApp, is no US ZIP+4 code.
    ["me chama no wpp 11 91234-5678", "PHONE_NUMBER:11 91234-5678"],
    ["meu filho tem 6 anos, meu cel 21 98765-4321", "PHONE_NUMBER:21 98765-4321"],
    ["Tel. 089/1234567", "PHONE_NUMBER:089/1234567"],
    // An extension belongs to the number.
    ["Please contact Priya on 0161 496 0732 ext. 2245 or by e-mail.", "PHONE_NUMBER:0161 496 0732 ext. 2245"],
    ["Tél. 01 23 45 67 89 poste 214", "PHONE_NUMBER:01 23 45 67 89 poste 214"],
    ["call 555-123-4567 extra 12", "PHONE_NUMBER:555-123-4567"],
    ["oi sou o pedro de curitiba meu zap é 41 99876 5432", "PHONE_NUMBER:41 99876 5432"],
    ["Dear Doctor Okafor, thanks", "PERSON:Okafor"],
    // An elided article before a capital is a word of its own: the name after it is read as capitalised.
    ["étudiant en master à l'Université de Rennes, disponible", "ORGANIZATION:Université de Rennes"],
    ["je travaille à l'Hôpital Necker depuis mars", "ORGANIZATION:Hôpital Necker"],
    // The kind of institution in lower case after its word: "Centre hospitalier", "école élémentaire".
    [
      "rendez-vous au Centre hospitalier de Valenciennes, service",
      "ORGANIZATION:Centre hospitalier de Valenciennes",
    ],
    ["inscrite à l'école élémentaire Jules-Ferry depuis", "ORGANIZATION:école élémentaire Jules-Ferry"],
    [
      "s'inscrire à l'École secondaire Cavelier-De LaSalle pour",
      "ORGANIZATION:École secondaire Cavelier-De LaSalle",
    ],
  ]);
  assertNoneOfType(["Le Centre est fermé le lundi.", "au Centre de Valenciennes"], "ORGANIZATION");
  // A title after a greeting is how someone is addressed, not a name.
  assertNoneOfType(["Bonjour Docteur, je vous transmets les résultats."], "PERSON");
  // Five digits after a bare number are a postal code and a unit, no phone.
  assertNoneOfType(["Mrs. Barbara Yudina Apt. 675 62314 Mellemvej 32"], "PHONE_NUMBER");
});

test("a day and month without a year after a date word, and hours written with h or Uhr, are dates", () => {
  assertEachFound([
    ["en arrêt de travail du 14/01 au 28/01 inclus", "DATE_TIME:28/01"],
    ["atendimento no dia 07/05 às 14h20 para", "DATE_TIME:07/05 às 14h20"],
    ["Termin am 03.04. um 9 Uhr", "DATE_TIME:03.04. um 9 Uhr"],
    ["rendez-vous le jeudi 18 avril à 14h15 au centre", "DATE_TIME:jeudi 18 avril à 14h15"],
    ["a consulta é às 14h30", "DATE_TIME:14h30"],
    // (Not "Die Sprechstunde beginnt um 10 Uhr": consulting hours in general are nobody's, general-schedules.ts.)
    ["Mein Gespräch beginnt um 10 Uhr.", "DATE_TIME:10 Uhr"],
  ]);
  // Without a date word a day and month may be a fraction or a score; a minute past 59 is no hour.
  assertNoneOfType(
    ["the score was 3/2 at half time", "two thirds, 2/3 of the budget", "ref 12h75"],
    "DATE_TIME",
  );
});

test("an age cue is a whole word: 'page 3' and 'average 86' hold no age", () => {
  assertNoneOfType(
    ["see page 12 of the form", "a load average 5 on two cores", "patch-package 8 adds"],
    "AGE",
  );
  assertEachFound([["a boy, age 7, was found", "AGE:7"]]);
});

test("Arabic ages, Hijri months, medical files, residence numbers, countries; Irish and Indian postal codes; a form's label is no name", () => {
  assertEachFound([
    ["المريض: خالد المطيري | العمر: 58 سنة | رقم الملف", "AGE:58 سنة"],
    ["انخصم مرتين بتاريخ 3 رمضان. أرجو المساعدة", "DATE_TIME:3 رمضان"],
    ["ابتداءً من يوم الإثنين.", "DATE_TIME:الإثنين"],
    ["رقم ملفي الطبي 448127. هشام", "MEDICAL_RECORD:448127"],
    ["Paciente: Rosa Quispe Mamani, 63 años, HC 552190, Hospital", "MEDICAL_RECORD:552190"],
    ["22 Griffith Avenue, Drumcondra, Dublin D09 X2K7", "POSTAL_CODE:D09 X2K7"],
    ["No. 14, 3rd Cross Street, Kotturpuram, Chennai 600085", "POSTAL_CODE:600085"],
    ["أمينة آيت علي، تاريخ الازدياد 03/07/1995", "DATE_OF_BIRTH:03/07/1995"],
    ["عاملة منزلية من الفلبين، ورقم إقامتي 2085519375، جواز", "NATIONAL_ID:2085519375"],
    ["عاملة منزلية من الفلبين، ورقم إقامتي 2085519375، جواز", "LOCATION:الفلبين"],
  ]);
  // "المدينة" alone is "the city", a form's label; a label after a cue opens the next field.
  assertNoneOfType(["جهة العمل: شركة - المدينة: الرياض"], "PERSON");
  assert.ok(!typesIn("جهة العمل: شركة - المدينة: الرياض").includes("LOCATION:المدينة"));
  assert.ok(!typesIn("Datos del solicitante: Nombre: Jesús López").includes("PERSON:Nombre"));
});

test("digits after an identity or record cue that no checksum validates are that, not a phone", () => {
  assertEachFound([
    ["my social security number is 078-05-1120", "US_SSN:078-05-1120"],
    ["رقم الهوية 2012345678", "NATIONAL_ID:2012345678"],
    ["Emirates ID 784-1985-1234567-1", "NATIONAL_ID:784-1985-1234567-1"],
    ["Steuernummer 21/815/08150", "NATIONAL_ID:21/815/08150"],
    ["numéro fiscal 1234567890123", "NATIONAL_ID:1234567890123"],
    ["My NI is AB 12 34 56 C and my UTR is 1234567890.", "NATIONAL_ID:1234567890"],
  ]);
  assertNoneOfType(["my social security number is 078-05-1120"], "PHONE_NUMBER");
});

test("a phone word nearer the number than an identity cue makes it a phone", () => {
  assertEachFound([
    ["NIF 301 558 957, telemóvel 912 483 706.", "PHONE_NUMBER:912 483 706"],
    ["SSN 078-05-1120 phone 415-555-2671", "PHONE_NUMBER:415-555-2671"],
    // "number is" names no phone: the record cue before it stands.
    ["NHS number is 943 476 5919", "MEDICAL_RECORD:943 476 5919"],
  ]);
});

test("e-mail addresses with their '@' written out, and web addresses with a path but no scheme", () => {
  assertEachFound([
    ["mail me: jean.dupont(at)gmail.com", "EMAIL_ADDRESS:jean.dupont(at)gmail.com"],
    ["email: maria [at] example [dot] com", "EMAIL_ADDRESS:maria [at] example [dot] com"],
    ["see linkedin.com/in/ana-lima-123.", "URL:linkedin.com/in/ana-lima-123"],
    ["twitter.com/janedoe", "URL:twitter.com/janedoe"],
  ]);
  assertNoneOfType(["Meet me at (at) noon", "ana at home dot"], "EMAIL_ADDRESS");
  assertNoneOfType(["on 12/05/2024", "and/or", "km/h", "the file report.pdf/x"], "URL");
  // An address already read whole is not read again from its path.
  assert.deepEqual(typesIn("https://www.x.com/a/b"), ["URL:https://www.x.com/a/b"]);
  assert.deepEqual(typesIn("ana@example.com/foo"), ["EMAIL_ADDRESS:ana@example.com"]);
});

test("dates written year first with slashes or periods, and 'the 4th of July'", () => {
  assertEachFound([
    ["تاريخ الميلاد: 1990/05/12", "DATE_OF_BIRTH:1990/05/12"],
    ["seen on 1990.05.12", "DATE_TIME:1990.05.12"],
    ["Born on the 4th of July 1976", "DATE_OF_BIRTH:4th of July 1976"],
  ]);
  assertNoneOfType(["version 2020.1.2", "ratio 2023/13/45"], "DATE_TIME");
});

test("the period after a day and month with a slash ends the sentence; after one with periods it is the date's", () => {
  assertEachFound([
    ["tem consulta dia 12/06.", "DATE_TIME:12/06"],
    ["Termin am 03.04. um 9 Uhr", "DATE_TIME:03.04. um 9 Uhr"],
  ]);
});

test("a month and its year are a date: the year is no day run into more digits", () => {
  assertEachFound([
    ["The tenant has lived there since March 2019.", "DATE_TIME:March 2019"],
    ["seit März 2021 wohne ich hier", "DATE_TIME:März 2021"],
    ["desde marzo de 2020", "DATE_TIME:marzo de 2020"],
    ["March 20, 2019", "DATE_TIME:March 20, 2019"],
  ]);
});

test("a weekday takes the date or the day after it, and the first day of a range is a date", () => {
  assertEachFound([
    ["Ella no puede venir el lunes 14.", "DATE_TIME:lunes 14"],
    ["le lundi 3 juin", "DATE_TIME:lundi 3 juin"],
    ["Monday, 12 March 2024", "DATE_TIME:Monday, 12 March 2024"],
    ["du 3 au 7 mars", "DATE_TIME:3"],
    ["vom 3. bis 7. März", "DATE_TIME:3"],
    ["doente de 3 a 7 de março", "DATE_TIME:3"],
  ]);
  // Two weekdays are two, and a number before a range word is a day only before a date.
  assert.deepEqual(typesIn("I'm free Monday to Friday"), ["DATE_TIME:Monday", "DATE_TIME:Friday"]);
  assertNoneOfType(["pages 3 to 7 of the form"], "DATE_TIME");
});

test("a whole date alone in brackets right after a person's name is their date of birth", () => {
  assertEachFound([
    [
      "Please cancel the appointment for Luca Bianchi (04.11.2015) at the clinic.",
      "DATE_OF_BIRTH:04.11.2015",
    ],
    ["Mr Khan (12 March 1990) was seen today.", "DATE_OF_BIRTH:12 March 1990"],
  ]);
  // With a time it is an appointment; without a day or a year it says less; apart from a name it is a date.
  for (const text of [
    "The meeting with John Smith (12/03/2024 at 10:00) is confirmed.",
    "Ana Silva (12 March) called.",
    "Ana Silva (March 2019) called.",
    "Ana Silva called (04.11.2015).",
  ])
    assert.ok(!typesIn(text).some((entry) => entry.startsWith("DATE_OF_BIRTH:")), text);
  // A policy that does not redact dates of birth keeps the date as a date.
  const policy = parsePiiPolicy({ entityTypes: ["PERSON", "DATE_TIME"] });
  assert.ok(policy.ok);
  const result = detectPersonalData("Luca Bianchi (04.11.2015)", { policy: policy.policy });
  assert.ok(result.ok);
  assert.deepEqual(
    result.detections.map((detection) => detection.type),
    ["PERSON", "DATE_TIME"],
  );
});

test("France's tax number (numéro fiscal, SPI) after its name, with its mod-511 key", () => {
  assertEachFound([
    ["Mon numéro fiscal est le 12 34 567 890 066.", "NATIONAL_ID:12 34 567 890 066"],
    ["Mon SPI est 03 12 345 678 505", "NATIONAL_ID:03 12 345 678 505"],
  ]);
  // Without a cue, thirteen digits that pass the key by chance are no tax number.
  assertNoneOfType(["Référence 1234567890066"], "NATIONAL_ID");
});

test("Arabic: the dialects' relative pronoun ends a name, 'سنين' are years, an hour with its part of the day, a relative's identity card", () => {
  assertEachFound([
    ["عندي استفسار عن ابني آدم اللي عمره 10 سنين", "PERSON:آدم"],
    ["عندي استفسار عن ابني آدم اللي عمره 10 سنين", "AGE:10 سنين"],
    ["موعدها يوم الخميس الساعة 9 صباحاً", "DATE_TIME:الخميس الساعة 9 صباحاً"],
    ["أرسلت الطلب باسم والدي ورقم هويته 1023456781", "NATIONAL_ID:1023456781"],
  ]);
});

test("chat in lower case: a NINO after its cue, a relative's given name that is a word, 'de' before a place", () => {
  assertEachFound([
    ["hey its marcus again, my nino is jt621984a lol", "NATIONAL_ID:jt621984a"],
    ["my ni number is jt 62 19 84 a", "NATIONAL_ID:jt 62 19 84 a"],
    ["my mum gloria is in hospital again", "PERSON:gloria"],
    ["mi hija rosa tiene 4 años", "PERSON:rosa"],
    ["hola soy lucia de valencia y necesito ayuda", "PERSON:lucia"],
    ["hola soy lucia de valencia y necesito ayuda", "LOCATION:valencia"],
  ]);
  // Two letters and six digits without a cue, and a word after a relative that a verb does not follow, are neither.
  assertNoneOfType(["code ab123456c"], "NATIONAL_ID");
  assertNoneOfType(["my son will be 6 next week"], "PERSON");
});

test("Portugal's citizen card number with its version letters and two checks", () => {
  assertEachFound([
    ["Cartão de Cidadão 12345678 9 ZZ1", "NATIONAL_ID:12345678 9 ZZ1"],
    ["o meu CC é 15485723 8 ZY1", "NATIONAL_ID:15485723 8 ZY1"],
    ["meu título de eleitor 1234 5678 9012", "NATIONAL_ID:1234 5678 9012"],
  ]);
  // The same with a wrong last digit is no citizen card number.
  assert.ok(!typesIn("Cartão de Cidadão 12345678 9 ZZ2").includes("NATIONAL_ID:12345678 9 ZZ2"));
});

test("German letters: a school's hyphenated compound name, 'geboren' after the date, the noun after an address", () => {
  assertEachFound([
    ["Mein Sohn geht in die Pestalozzi-Grundschule.", "ORGANIZATION:Pestalozzi-Grundschule"],
    // German told by "unsere" and "besucht"; institutes and universities named so too.
    ["Unsere Tochter besucht die Astrid-Lindgren-Grundschule.", "ORGANIZATION:Astrid-Lindgren-Grundschule"],
    ["Mia besucht die Pestalozzi-Grundschule.", "ORGANIZATION:Pestalozzi-Grundschule"],
    ["Sie arbeitet im Robert-Koch-Institut.", "ORGANIZATION:Robert-Koch-Institut"],
    ["Ich bin am 4. Juli 1988 in Dresden geboren.", "DATE_OF_BIRTH:4. Juli 1988"],
    [
      "hiermit beantrage ich, wohnhaft Lindenstraße 12, 50674 Köln, Wohngeld.",
      "STREET_ADDRESS:Lindenstraße 12",
    ],
    ["hiermit beantrage ich, wohnhaft Lindenstraße 12, 50674 Köln, Wohngeld.", "POSTAL_CODE:50674"],
    ["hiermit beantrage ich, wohnhaft Lindenstraße 12, 50674 Köln, Wohngeld.", "LOCATION:Köln"],
    ["Lindenstraße 12, 50674 Köln, Deutschland", "STREET_ADDRESS:Lindenstraße 12, 50674 Köln, Deutschland"],
  ]);
  // A kind of school alone is none.
  assertNoneOfType(["Sie geht in die Grundschule."], "ORGANIZATION");
});

test("Germany's pension insurance number as written, grouped or not, with or without its cue", () => {
  assertEachFound([
    [
      "Meine Sozialversicherungsnummer ist 65 170839 J 003, geboren am 17.08.1939.",
      "NATIONAL_ID:65 170839 J 003",
    ],
    ["Versicherungsnummer 65170839J003", "NATIONAL_ID:65170839J003"],
    ["RV-Nummer: 10 010490 A 443", "NATIONAL_ID:10 010490 A 443"],
  ]);
  // A wrong check digit makes it no number of this kind.
  assertNoneOfType(["Code 65 170839 J 004 ist falsch."], "NATIONAL_ID");
});

test("Germany's health insurance number after its cue, with its country; alone, a reference like any other", () => {
  const result = detectPersonalData("KVNR: A123456780");
  assert.ok(result.ok);
  assert.deepEqual(
    result.detections.map((detection) => [detection.type, detection.country]),
    [["NATIONAL_ID", "DE"]],
  );
  assertNoneOfType(["Die Referenz A123456780 ist neu."], "NATIONAL_ID");
});

test("an Arabic passport cue with a possessive ending: 'جواز سفري', 'جوازي'", () => {
  for (const text of [
    "رقم جواز سفري هو P4567321 وينتهي في 2028.",
    "رقم جوازي P4567321",
    "جواز سفرها رقم P4567321",
  ])
    assert.ok(detectionsAsText(text).includes("PASSPORT:P4567321"), text);
});

test("Arabic homes without a street's number: 'وأسكن في شارع', an area's name, a building's and a flat's numbers", () => {
  assert.ok(detectionsAsText("وأسكن في شارع الهرم، الجيزة.").includes("STREET_ADDRESS:شارع الهرم"));
  assert.deepEqual(detectionsAsText("ساكن في دبي، منطقة الكرامة، بناية 14، شقة 203."), [
    "LOCATION:دبي",
    "LOCATION:الكرامة",
    "STREET_ADDRESS:بناية 14",
    "STREET_ADDRESS:شقة 203",
  ]);
  // A street named without a home's cue or number, and "the area" in general, are nobody's.
  assert.deepEqual(detectionsAsText("أغلق شارع الهرم للصيانة"), []);
  assert.deepEqual(detectionsAsText("هذه المنطقة جميلة"), []);
});

test("an Arabic age set off by commas after a person's role and name: 'المريضة ليلى حداد، 42 سنة،'", () => {
  assert.ok(detectionsAsText("المريضة ليلى حداد، 42 سنة، دخلت المستشفى").includes("AGE:42 سنة"));
  assert.ok(detectionsAsText("الطالب سامر، 15 سنة، في الصف التاسع").includes("AGE:15 سنة"));
  assert.deepEqual(detectionsAsText("بلغ الدخل، 42 سنة، كذا"), []);
});

test("a Belgian 'chaussée' is a street type: 'Chaussée de Waterloo 1042, 1180 Uccle'", () => {
  assert.deepEqual(detectionsAsText("J'habite Chaussée de Waterloo 1042, 1180 Uccle."), [
    "STREET_ADDRESS:Chaussée de Waterloo 1042",
    "POSTAL_CODE:1180",
    "LOCATION:Uccle",
  ]);
});

test("a German pension insurance number after its full cue, its check digit wrong, is still an identity number", () => {
  assert.ok(
    detectionsAsText("Rentenversicherungsnummer: 65 020856 O 507").some((entry) =>
      entry.startsWith("NATIONAL_ID:"),
    ),
  );
});

test("a Spanish clinical history's short cue: 'Nº de historia 4471123'", () => {
  assert.ok(detectionsAsText("Nº de historia 4471123, Hospital La Paz.").includes("MEDICAL_RECORD:4471123"));
});

test("a cue word inside an e-mail address or a domain name cues nothing: '@nhs.net' is no NHS number's cue", () => {
  assert.deepEqual(detectionsAsText("Contact her at ngozi.obi@nhs.net or on 0300 123 4567 ext 2231."), [
    "EMAIL_ADDRESS:ngozi.obi@nhs.net",
    "PHONE_NUMBER:0300 123 4567 ext 2231",
  ]);
  assert.ok(detectionsAsText("NHS no. 943 476 5919").includes("MEDICAL_RECORD:943 476 5919"));
});

test("the street someone lives on, capitalised or numbered, not what they live on", () => {
  assert.ok(detectionsAsText("Trivo lives on Grössgstötten 50.").includes("STREET_ADDRESS:Grössgstötten 50"));
  assert.ok(detectionsAsText("Abramovich lives on 333 street.").includes("STREET_ADDRESS:333 street"));
  assert.deepEqual(detectionsAsText("She lives on benefits of 300 a month."), []);
  assert.deepEqual(detectionsAsText("She lives on 300 a month."), []);
});

test("a National Insurance number with a prefix never issued is one after its cue only ('QQ 12 34 56 C')", () => {
  assert.ok(detectionsAsText("My NI number is QQ 12 34 56 C.").includes("NATIONAL_ID:QQ 12 34 56 C"));
  assert.deepEqual(detectionsAsText("Code QQ123456C"), []);
});

test("nine digits after a social security number's own name are one, even an example's ('123-45-6789')", () => {
  assert.ok(detectionsAsText("My SSN is 123-45-6789.").includes("US_SSN:123-45-6789"));
  assert.ok(detectionsAsText("My social security number is 219-09-9999").includes("US_SSN:219-09-9999"));
  // After another identity cue, an identity number without a country.
  assert.ok(detectionsAsText("My ID number is 123-45-6789").includes("NATIONAL_ID:123-45-6789"));
});

test("five digits after a place preposition and before a town are its postal code; four may be a year", () => {
  assert.ok(
    detectionsAsText("wir wohnen in der Schillerstraße 12 in 01069 Dresden.").includes("POSTAL_CODE:01069"),
  );
  assert.ok(detectionsAsText("Je vis à 75001 Paris.").includes("POSTAL_CODE:75001"));
  assert.ok(
    !detectionsAsText("In 1990 Berlin was divided.").some((entry) => entry.startsWith("POSTAL_CODE")),
  );
});

test("GB driving licence numbers by their shape and date part, without a cue; 'Lic. No.' cues a licence", () => {
  assert.ok(
    detectionsAsText("His licence no. is MORGA753116SM9IJ").includes("DRIVER_LICENSE:MORGA753116SM9IJ"),
  );
  assert.ok(
    detectionsAsText("Driving licence: JONES 710238 AB9CD").includes("DRIVER_LICENSE:JONES 710238 AB9CD"),
  );
  assert.deepEqual(detectionsAsText("MORGA753116SM9IJ"), ["DRIVER_LICENSE:MORGA753116SM9IJ"]);
  // A month or day that no date has: no licence.
  assert.deepEqual(detectionsAsText("MORGA713116SM9IJ"), []);
  assert.ok(detectionsAsText("Lic. No. F255-921-50-094-0").includes("DRIVER_LICENSE:F255-921-50-094-0"));
});

test("an Arabic city's, village's or town's name after its word: 'من مدينة الزرقاء'", () => {
  assert.ok(
    detectionsAsText("مريض عمره 60 عاماً من مدينة الزرقاء، يعاني من ضغط الدم.").includes("LOCATION:الزرقاء"),
  );
  assert.deepEqual(detectionsAsText("هذه المدينة جميلة"), []);
});

test("a UK postcode typed in lower case is one after a postal-code cue, and only there", () => {
  assert.deepEqual(typesIn("my postcode is m14 6bn"), ["POSTAL_CODE:m14 6bn"]);
  assert.deepEqual(typesIn("postcode: sw1a 1aa"), ["POSTAL_CODE:sw1a 1aa"]);
  assert.deepEqual(typesIn("i need a1 2bc of paper"), []);
});

test("'my name's' names the speaker, in lower case too", () => {
  assert.deepEqual(typesIn("hi, my name's danny o'brien and I called yesterday"), ["PERSON:danny o'brien"]);
  assert.deepEqual(typesIn("the company name's spelled wrong"), []);
});
