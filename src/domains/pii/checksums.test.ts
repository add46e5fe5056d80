import assert from "node:assert/strict";
import { test } from "node:test";
import { luhnIsValid, verhoeffIsValid } from "./checksums.ts";
import {
  isValidBrazilCpf,
  isValidFranceNir,
  isValidFranceTaxNumber,
  isValidGermanHealthInsuranceNumber,
  isValidGermanPensionInsuranceNumber,
  isValidIban,
  isValidItalyCodiceFiscale,
  isValidNhsNumber,
  isValidPortugalCitizenCard,
  isValidSpainDni,
  isValidUsSocialSecurityNumber,
} from "./national-id-validators.ts";

test("Luhn accepts a test card number and rejects a one-digit change", () => {
  assert.equal(luhnIsValid("4111111111111111"), true);
  assert.equal(luhnIsValid("4111111111111112"), false);
});

test("Verhoeff accepts a valid number and rejects a transposition", () => {
  assert.equal(verhoeffIsValid("2363"), true);
  assert.equal(verhoeffIsValid("3263"), false);
});

test("IBAN needs the right length for its country and mod-97", () => {
  assert.equal(isValidIban("GB82WEST12345698765432"), true);
  assert.equal(isValidIban("GB82WEST12345698765433"), false);
  assert.equal(isValidIban("GB82WEST1234569876543"), false);
});

test("national identifiers validate their checksums", () => {
  assert.equal(isValidSpainDni("12345678Z"), true);
  assert.equal(isValidSpainDni("12345678A"), false);
  assert.equal(isValidBrazilCpf("52998224725"), true);
  assert.equal(isValidBrazilCpf("52998224724"), false);
  assert.equal(isValidNhsNumber("9434765919"), true);
  assert.equal(isValidNhsNumber("9434765918"), false);
  assert.equal(isValidItalyCodiceFiscale("RSSMRA85T10A562S"), true);
  assert.equal(isValidItalyCodiceFiscale("RSSMRA85T10A562T"), false);
  assert.equal(isValidFranceNir("255081416802538"), true);
  assert.equal(isValidFranceNir("255081416802539"), false);
  // Portugal's citizen card: the example of the official description is valid, a changed last digit is not.
  assert.equal(isValidPortugalCitizenCard("123456789ZZ1"), true);
  assert.equal(isValidPortugalCitizenCard("123456789ZZ2"), false);
  assert.equal(isValidPortugalCitizenCard("123456788ZZ1"), false);
  // France's tax number: the last three digits are the first ten modulo 511 (1234567890 = 511 × 2415984 + 66).
  assert.equal(isValidFranceTaxNumber("1234567890066"), true);
  assert.equal(isValidFranceTaxNumber("1234567890067"), false);
  assert.equal(isValidFranceTaxNumber("4234567890066"), false);
  assert.equal(isValidUsSocialSecurityNumber("536228726"), true);
  assert.equal(isValidUsSocialSecurityNumber("666228726"), false);
});

test("national identifiers: valid checksums pass and altered ones fail", async () => {
  const validators = await import("./national-id-validators.ts");
  // UK NINO: format and excluded prefixes (no checksum digit exists).
  assert.ok(validators.isValidUkNationalInsuranceNumber("AB123456C"));
  assert.ok(!validators.isValidUkNationalInsuranceNumber("GB123456C"));
  assert.ok(!validators.isValidUkNationalInsuranceNumber("AB123456E"));
  // Canada SIN: Luhn.
  assert.ok(validators.isValidCanadaSocialInsuranceNumber("130456288"));
  assert.ok(!validators.isValidCanadaSocialInsuranceNumber("130456287"));
  // Germany tax id: ISO 7064 mod 11,10 and the repeated-digit rule.
  assert.ok(validators.isValidGermanTaxId("86095742719"));
  assert.ok(!validators.isValidGermanTaxId("86095742718"));
  // Portugal NIF: mod 11.
  assert.ok(validators.isValidPortugalNif("123456789"));
  assert.ok(!validators.isValidPortugalNif("123456788"));
  // India Aadhaar: Verhoeff.
  assert.ok(validators.isValidIndiaAadhaar("234123412346"));
  assert.ok(!validators.isValidIndiaAadhaar("234123412347"));
  assert.ok(!validators.isValidIndiaAadhaar("134123412346"));
  // Spain NUSS: province 01-53, then (province and number) mod 97; a number under 10^7 read either way.
  assert.ok(validators.isValidSpainSocialSecurityNumber("281234567840"));
  assert.ok(!validators.isValidSpainSocialSecurityNumber("281234567841"));
  assert.ok(!validators.isValidSpainSocialSecurityNumber("541234567834"), "no province 54");
  assert.ok(validators.isValidSpainSocialSecurityNumber("080123456717"));
  assert.ok(
    validators.isValidSpainSocialSecurityNumber("080123456774"),
    "08 × 10^7 + 1234567 = 81234567, mod 97 = 74",
  );
  // Kuwait civil number: century, birth date, serial, mod-11 check digit.
  assert.ok(validators.isValidKuwaitCivilId("291051201876"));
  assert.ok(validators.isValidKuwaitCivilId("305030112342"));
  assert.ok(!validators.isValidKuwaitCivilId("291051201875"), "check digit");
  assert.ok(!validators.isValidKuwaitCivilId("191051201876"), "no century 1");
  assert.ok(!validators.isValidKuwaitCivilId("291131201876"), "no month 13");
  // Egypt national number: century, birth date and governorate only.
  assert.ok(validators.isValidEgyptNationalId("29001011234567"));
  assert.ok(!validators.isValidEgyptNationalId("29001014034567"), "no governorate 40");
  assert.ok(!validators.isValidEgyptNationalId("29000011234567"), "no month 0");
  // Saudi national identity number: 1 or 2, then Luhn.
  assert.ok(validators.isValidSaudiNationalId("1087654321"));
  assert.ok(validators.isValidSaudiNationalId("2123456788"));
  assert.ok(!validators.isValidSaudiNationalId("1087654322"));
  assert.ok(
    !validators.isValidSaudiNationalId("3087654327"),
    "Luhn-valid, but a citizen's or a resident's only",
  );
});

test("identifiers of more countries: the published examples pass, one changed digit fails", async () => {
  const validators = await import("./national-id-validators.ts");
  // UAE identity number: 784, then Luhn over fifteen digits.
  assert.ok(validators.isValidEmiratesId("784199041827355"));
  assert.ok(!validators.isValidEmiratesId("784199041827356"));
  assert.ok(!validators.isValidEmiratesId("785199041827354"), "Luhn-valid, but not the UAE's 784");
  // Swiss AHV number: the example printed on the card, EAN-13.
  assert.ok(validators.isValidSwissSocialInsuranceNumber("7569217076985"));
  assert.ok(!validators.isValidSwissSocialInsuranceNumber("7569217076986"));
  // Belgian national number: mod 97 over the first nine digits, or over "2" and them for births from 2000.
  assert.ok(validators.isValidBelgianNationalNumber("85073003328"));
  assert.ok(!validators.isValidBelgianNationalNumber("85073003329"));
  assert.ok(validators.isValidBelgianNationalNumber("01010112301"), "97 - 2010101123 mod 97 = 1");
  const monthThirteen = `851330033${String(97 - (851330033 % 97)).padStart(2, "0")}`;
  assert.ok(
    !validators.isValidBelgianNationalNumber(monthThirteen),
    "the key holds, but there is no month 13",
  );
  // Chile RUT: mod 11, K for 10.
  assert.ok(validators.isValidChileRut("123456785"));
  assert.ok(!validators.isValidChileRut("123456784"));
  assert.ok(validators.isValidChileRut("10000013K"));
  // Australian tax file number: weighted sum mod 11.
  assert.ok(validators.isValidAustralianTaxFileNumber("123456782"));
  assert.ok(!validators.isValidAustralianTaxFileNumber("123456783"));
  // Australian Medicare: the ninth digit checks the first eight (weights 1, 3, 7, 9), the first is 2 to 6.
  assert.ok(validators.isValidAustralianMedicareNumber("2123456701"));
  assert.ok(!validators.isValidAustralianMedicareNumber("2123456711"));
  assert.ok(!validators.isValidAustralianMedicareNumber("1123456701"));
  // India PAN: the fourth letter says who holds it.
  assert.ok(validators.isValidIndiaPan("ABCPE1234F"));
  assert.ok(!validators.isValidIndiaPan("ABCDE1234F"));
  // Irish PPSN: mod 23 check letter, a second letter counted with weight 9.
  assert.ok(validators.isValidIrishPpsn("1234567T"));
  assert.ok(!validators.isValidIrishPpsn("1234567A"));
  assert.ok(validators.isValidIrishPpsn("1234567FA"));
  // Austrian social-insurance number: the specimen 1237 010180.
  assert.ok(validators.isValidAustrianSocialInsuranceNumber("1237010180"));
  assert.ok(!validators.isValidAustrianSocialInsuranceNumber("1238010180"));
  assert.ok(!validators.isValidAustrianSocialInsuranceNumber("1237320180"), "no day 32");
  // Mexico CURP: weights 18 down to 2 over the first seventeen characters, mod 10.
  assert.ok(validators.isValidMexicoCurp("HELJ870722HDFRPS09"));
  assert.ok(!validators.isValidMexicoCurp("HELJ870722HDFRPS08"));
  assert.ok(!validators.isValidMexicoCurp("HELJ871322HDFRPS09"), "no month 13");
});

test("Germany's pension insurance number: the published example, a changed check digit, a wrong date or area", () => {
  const valid = isValidGermanPensionInsuranceNumber;
  // The letter counts as its place in the alphabet written in two digits: A is "01".
  assert.ok(valid("10010490A443"));
  assert.ok(!valid("10010490A444"));
  assert.ok(!valid("10010490B443"), "another letter changes the sum");
  assert.ok(!valid("10320490A443"), "no day 32");
  assert.ok(!valid("90010490A443"), "areas run from 02 to 89");
  assert.ok(!valid("1001049A443"), "eleven characters");
});

test("Germany's health insurance number: letter as two digits, weights 1 and 2, digit sums modulo 10", () => {
  const valid = isValidGermanHealthInsuranceNumber;
  // A → 01: 0 1 1 2 3 4 5 6 7 8 weighted 1 2 1 2 ... gives digit sums 40, check digit 0.
  assert.ok(valid("A123456780"));
  assert.ok(!valid("A123456781"));
  assert.ok(!valid("B123456780"));
  assert.ok(!valid("a123456780"), "the letter is a capital");
});
