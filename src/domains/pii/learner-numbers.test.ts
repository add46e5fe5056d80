import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectPersonalData } from "./detect-personal-data.ts";
import { detectionsAsText } from "./detections-as-text.ts";
import { isUniqueLearnerNumber, isUniquePupilNumber, uniquePupilNumbersIn } from "./learner-numbers.ts";
import { tokensOf } from "./scan.ts";

function studentNumbers(text: string): string[] {
  return detectionsAsText(text).filter((entry) => entry.startsWith("STUDENT_ID:"));
}

/** Every string that differs from `value` in one digit. */
function withOneDigitChanged(value: string): string[] {
  const changed: string[] = [];
  for (let index = 0; index < value.length; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) continue;
    for (let other = 0; other <= 9; other++)
      if (other !== digit) changed.push(value.slice(0, index) + other + value.slice(index + 1));
  }
  return changed;
}

test("a ULN passes its check as published ('9276308686'), and no change of one digit does", () => {
  assert.ok(isUniqueLearnerNumber("9276308686"));
  for (const changed of withOneDigitChanged("9276308686")) {
    // A leading zero is refused by rule, whatever the sum.
    assert.equal(isUniqueLearnerNumber(changed), false, changed);
  }
  assert.equal(isUniqueLearnerNumber("927630868"), false, "nine digits");
  assert.equal(isUniqueLearnerNumber("92763086860"), false, "eleven digits");
  assert.equal(isUniqueLearnerNumber("92763O8686"), false, "a letter O");
});

test("a ULN is never a valid NHS number: the checks were designed apart", () => {
  const nhsValid = (digits: string) => {
    let sum = 0;
    for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (10 - index);
    const check = 11 - (sum % 11);
    return check !== 10 && (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
  };
  fc.assert(
    fc.property(
      fc.stringMatching(/^[1-9]\d{9}$/),
      (digits) => !(isUniqueLearnerNumber(digits) && nhsValid(digits)),
    ),
    { numRuns: 5000 },
  );
});

test("a UPN's check letter (B801200005001, a temporary one); a changed digit or letter fails", () => {
  assert.ok(isUniquePupilNumber("B801200005001"));
  // 2×2 + 7×4 + 1×9 + 6×10 + 4×12 + 9×13 = 266 = 11 × 23 + 13: P.
  assert.ok(isUniquePupilNumber("P207000016049"));
  assert.equal(isUniquePupilNumber("A801200005001"), false);
  assert.equal(isUniquePupilNumber("Q207000016049"), false);
  for (const changed of withOneDigitChanged("B801200005001"))
    assert.equal(isUniquePupilNumber(changed), false, changed);
  // A temporary number ends with a letter, worth its place in the check alphabet (A = 0).
  const temporary = "80120000500A";
  let sum = 0;
  for (let index = 0; index < 11; index++) sum += (temporary.charCodeAt(index) - 48) * (index + 2);
  const letter = "ABCDEFGHJKLMNPQRTUVWXYZ"[sum % 23]!;
  assert.ok(isUniquePupilNumber(letter + temporary), letter + temporary);
  assert.equal(isUniquePupilNumber(`${letter}80120000500I`), false, "I is no check alphabet letter");
  assert.equal(isUniquePupilNumber(`I801200005001`), false);
});

test("pupil numbers found by tokens are those a pattern over the whole text finds", () => {
  const piece = fc.oneof(
    fc.constantFrom("B801200005001", "P207000016049", "A801200005001", "B80120000500", "xB801200005001"),
    fc.stringMatching(/^[A-Z]\d{11}[0-9A-Z]$/),
    fc.constantFrom(" ", "-", ".", "\n", "é", "5", "٣", "𝐀", "B", "Ba"),
  );
  const reference = /(?<![\p{L}\p{N}])[A-Z]\d{11}[0-9A-Z](?![\p{L}\p{N}])/gu;
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join("");
      const expected = [...text.matchAll(reference)]
        .filter((match) => isUniquePupilNumber(match[0]))
        .map((match) => match.index);
      const found: { start: number; end: number }[] = [];
      uniquePupilNumbersIn(tokensOf(text), found);
      assert.deepEqual(
        found.map((span) => span.start),
        expected,
        JSON.stringify(text),
      );
    }),
    { numRuns: 3000 },
  );
});

test("a student or learner number after its cue, in the six languages", () => {
  for (const [text, expected] of [
    ["Student number: 2023001234, enrolled in Biology.", "2023001234"],
    ["Learner number 1029384756, course code ABC123.", "1029384756"],
    ["Mi número de matrícula es 2023-45678.", "2023-45678"],
    ["Matrikelnummer 4711234, Fachbereich Informatik.", "4711234"],
    ["Mon numéro étudiant est 21904587.", "21904587"],
    ["O meu número de aluno é 20231456.", "20231456"],
    ["الرقم الجامعي 441203556", "441203556"],
    ["رقم الطالب: 2019334455", "2019334455"],
  ])
    assert.deepEqual(studentNumbers(text!), [`STUDENT_ID:${expected}`], text);
});

test("a learner number that passes the ULN or UPN check scores higher than one that does not", () => {
  const scoreOf = (text: string) => {
    const result = detectPersonalData(text);
    assert.ok(result.ok);
    const found = result.detections.filter((detection) => detection.type === "STUDENT_ID");
    assert.equal(found.length, 1, text);
    return found[0]!.score;
  };
  assert.equal(scoreOf("My ULN is 9276308686 and I need my certificate."), 0.95);
  assert.equal(scoreOf("My ULN is 9276308687 and I need my certificate."), 0.85);
  assert.equal(scoreOf("UPN B801200005001 was entered for the pupil."), 0.95);
});

test("a UPN alone is found by its check letter; the same shape with a wrong letter is not", () => {
  assert.deepEqual(studentNumbers("The pupil's record lists B801200005001 as the reference."), [
    "STUDENT_ID:B801200005001",
  ]);
  assert.deepEqual(studentNumbers("The code A801200005001 is wrong."), []);
});

test("'matrícula' alone before digits is a student's enrolment; before a plate's letters it is a car's", () => {
  assert.deepEqual(studentNumbers("O aluno Gabriel Souza, matrícula 2023004512, faltou na segunda-feira."), [
    "STUDENT_ID:2023004512",
  ]);
  assert.deepEqual(studentNumbers("Matrícula: 2023-0451"), ["STUDENT_ID:2023-0451"]);
  for (const text of [
    "Matrícula 1234 BCD, un coche gris.",
    "matrícula 12-AB-34",
    "A matrícula do carro é AA-12-BB.",
  ])
    assert.deepEqual(studentNumbers(text), [], text);
});

test("no student number: a car's 'matrícula', a cue after a phone number, a subject after 'in'", () => {
  assert.deepEqual(detectionsAsText("La matrícula del coche es 1234 BCD."), []);
  assert.deepEqual(detectionsAsText("Call 020 7946 0958 about the student number issue."), [
    "PHONE_NUMBER:020 7946 0958",
  ]);
  assert.deepEqual(detectionsAsText("She is enrolled in Biology and tutors in Mathematics."), []);
  assert.deepEqual(detectionsAsText("Il est inscrit en Droit."), []);
});
