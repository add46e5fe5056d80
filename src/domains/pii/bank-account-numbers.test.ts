import assert from "node:assert/strict";
import { test } from "node:test";
import { isAbaRoutingNumber } from "./checksums.ts";
import { detectPersonalData } from "./detect-personal-data.ts";
import { detectionsAsText } from "./detections-as-text.ts";
import { phoneRecogniser } from "./phone-recogniser.ts";

function accounts(text: string): string[] {
  return detectionsAsText(text).filter((entry) => entry.startsWith("BANK_ACCOUNT:"));
}

test("a bank account number or branch code after its cue, in the six languages", () => {
  for (const [text, expected] of [
    [
      "I'd like to update my bank details: sort code 20-45-77, account number 41926819.",
      ["20-45-77", "41926819"],
    ],
    ["My routing number is 021000021 and my account number is 000123456789.", ["021000021", "000123456789"]],
    ["Mon numéro de compte est 00012345678, RIB joint.", ["00012345678"]],
    ["Número de cuenta: 0049 1500 05 1234567892.", ["0049 1500 05 1234567892"]],
    ["Meine Kontonummer lautet 1234567890.", ["1234567890"]],
    ["Banco do Brasil, agência 1234-5, conta corrente 56789-0.", ["56789-0"]],
    ["رقم الحساب 1234567890123", ["1234567890123"]],
  ] as const)
    assert.deepEqual(
      accounts(text),
      expected.map((value) => `BANK_ACCOUNT:${value}`),
      text,
    );
});

test("an IBAN after 'account number' stays an IBAN; a bank's words without a number are nothing", () => {
  assert.deepEqual(detectionsAsText("My account number is GB82 WEST 1234 5698 7654 32."), [
    "IBAN_CODE:GB82 WEST 1234 5698 7654 32",
  ]);
  assert.deepEqual(detectionsAsText("How do I open a bank account?"), []);
  assert.deepEqual(detectionsAsText("The RIB form is attached."), []);
});

test("a routing number that passes the ABA check scores higher than one that does not", () => {
  assert.ok(isAbaRoutingNumber("021000021"));
  assert.equal(isAbaRoutingNumber("021000022"), false);
  assert.equal(isAbaRoutingNumber("02100002"), false);
  const scoreOf = (text: string) => {
    const result = detectPersonalData(text);
    assert.ok(result.ok);
    return result.detections.find((detection) => detection.type === "BANK_ACCOUNT")?.score;
  };
  assert.equal(scoreOf("routing number 021000021"), 0.95);
  assert.equal(scoreOf("routing number 021000022"), 0.85);
});

test("the phone recogniser reads digits after a bank or student cue as that number, not as an identity number", () => {
  const types = (text: string) => phoneRecogniser.recognise(text).map((detection) => detection.type);
  assert.deepEqual(types("account number 41926819"), ["BANK_ACCOUNT"]);
  assert.deepEqual(types("Kontonummer 1234567890"), ["BANK_ACCOUNT"]);
  assert.deepEqual(types("student number 2023001234"), ["STUDENT_ID"]);
  assert.deepEqual(types("matrícula 2023004512"), ["STUDENT_ID"]);
  assert.deepEqual(types("my ssn is 078-05-1120"), ["US_SSN"]);
  assert.deepEqual(types("my ID number is 078-05-1120"), ["NATIONAL_ID"]);
});
