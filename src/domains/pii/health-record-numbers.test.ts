import assert from "node:assert/strict";
import { test } from "node:test";
import { detectionsAsText } from "./detections-as-text.ts";

function records(text: string): string[] {
  return detectionsAsText(text).filter((entry) => entry.startsWith("MEDICAL_RECORD:"));
}

test("a case file number beside a hospital or clinic is a medical record, in the six languages", () => {
  for (const [text, expected] of [
    ["Mon numéro de dossier à l'hôpital est 2023-118842.", "2023-118842"],
    ["O meu número de processo no hospital é 1189234.", "1189234"],
    ["Mi expediente en la clínica es 55231.", "55231"],
    ["Ihr Aktenzeichen beim Klinikum: KL-2291-44", "KL-2291-44"],
    ["رقم الملف الطبي 882341", "882341"],
    ["Au CHU de Nantes, mon dossier porte le numéro 88412-B.", "88412-B"],
    // The hospital may be named after the number, in its clause; "case" and "file" are case-file words too.
    ["Nº de processo: 12345678 no Hospital de São João", "12345678"],
    ["Case number 2024/118273 at St Luke's clinic", "2024/118273"],
  ])
    assert.deepEqual(records(text!), [`MEDICAL_RECORD:${expected}`], text);
});

test("a case file number with no hospital near, or past the clause, is not a medical record", () => {
  for (const text of [
    "Votre numéro de dossier CAF est 1234567.",
    "Mon dossier est complet. L'hôpital a appelé le 0612345678.",
    "J'étais à l'hôpital. Mon dossier CAF porte le numéro 99812.",
    "My case number is 4471. I was at the hospital.",
    "Please quote case number 55123 when you call.",
  ])
    assert.deepEqual(records(text), [], text);
});

test("a record cue with 'lautet' or Arabic 'هو' between it and the number", () => {
  assert.deepEqual(records("Meine Patientennummer lautet 55-203-118."), ["MEDICAL_RECORD:55-203-118"]);
});

test("series letters before a document number are part of it", () => {
  assert.deepEqual(records("Hospital number: RXH 448 2231, please update my address."), [
    "MEDICAL_RECORD:RXH 448 2231",
  ]);
  assert.ok(detectionsAsText("My passport number is AB 123456.").includes("PASSPORT:AB 123456"));
  // A filler word in capitals is no series: "NO" is "number".
  assert.ok(detectionsAsText("Passport NO 12345678").includes("PASSPORT:12345678"));
});

test("record cues written with 'No' for number: 'Hospital No:', 'Patient No.'", () => {
  assert.deepEqual(records("Patient: Margaret O'Brien, DOB 12/03/1948, Hospital No: RTH-448213, Ward 7B."), [
    "MEDICAL_RECORD:RTH-448213",
  ]);
  assert.deepEqual(records("Patient No. 445-221"), ["MEDICAL_RECORD:445-221"]);
});

test("record cues in the six languages: 'hospital record', 'dossier patient', 'NHC'", () => {
  assert.deepEqual(records("Your hospital record is H4471920."), ["MEDICAL_RECORD:H4471920"]);
  assert.deepEqual(records("N° de dossier patient : 2023-117845"), ["MEDICAL_RECORD:2023-117845"]);
  assert.deepEqual(records("NHC 00981234 — Hospital La Paz"), ["MEDICAL_RECORD:00981234"]);
});

test("driving licences named as the Maghreb and France write them", () => {
  const licences = (text: string) =>
    detectionsAsText(text).filter((entry) => entry.startsWith("DRIVER_LICENSE:"));
  assert.deepEqual(licences("رخصة السياقة رقم 12/345678"), ["DRIVER_LICENSE:12/345678"]);
  assert.deepEqual(licences("numéro de permis : 13AA00002"), ["DRIVER_LICENSE:13AA00002"]);
});

test("a patient's number under the other names health systems give it, in the six languages", () => {
  for (const [text, expected] of [
    ["Her hospital ID is H-2291847 and she is on ward 7.", "H-2291847"],
    ["My CHI number is 1204567890, I am registered at the Glasgow practice.", "1204567890"],
    ["EMR #5582910 shows the allergy.", "5582910"],
    ["Admission number 2024-00871 for the knee surgery.", "2024-00871"],
    ["Número de paciente 0098123 en el hospital La Paz.", "0098123"],
    ["Cartão SUS 898 0012 3456 7890, posto de saúde.", "898 0012 3456 7890"],
    ["رقم المريض 55102 في العيادة الخارجية.", "55102"],
    ["سجلي الطبي رقم 7781203 لدى مستشفى الجامعة.", "7781203"],
  ])
    assert.deepEqual(records(text!), [`MEDICAL_RECORD:${expected}`], text);
});
