import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectEmergency } from "./detect-emergency.ts";

function category(text: string): string | undefined {
  const verdict = detectEmergency(text);
  return verdict.verdict === "handoff" && verdict.code === "emergency" ? verdict.category : undefined;
}

describe("detectEmergency", () => {
  const cases: [string, string][] = [
    ["self-harm", "I can't cope anymore and I want to end my life"],
    ["self-harm", "J'ai envie de mourir, je n'en peux plus"],
    ["self-harm", "Estoy pensando en suicidarme"],
    ["self-harm", "Ich will mir das Leben nehmen"],
    ["self-harm", "Às vezes penso em me matar"],
    ["self-harm", "أريد أن أموت"],
    ["medical", "My father has chest pain and can't breathe"],
    ["medical", "Mon fils est inconscient"],
    ["medical", "Mi madre tiene dolor en el pecho"],
    ["medical", "Mein Mann ist bewusstlos"],
    ["medical", "Meu filho não consegue respirar"],
    ["medical", "والدي فاقد الوعي"],
    ["violence", "My husband threatened to kill me last night"],
    ["violence", "Je suis en danger, il me frappe"],
    ["violence", "Estoy en peligro, mi pareja me pega"],
    ["violence", "Ich bin in Gefahr, er schlägt mich"],
    ["violence", "Estou em perigo, ele vai me matar"],
    ["violence", "زوجي يضربني"],
  ];
  for (const [expected, text] of cases) {
    it(`${expected}: ${text}`, () => assert.equal(category(text), expected));
  }

  it("carries the emergency information key and immediate priority", () => {
    assert.deepEqual(detectEmergency("I want to kill myself"), {
      verdict: "handoff",
      code: "emergency",
      reasonKey: "guards.input.emergency",
      category: "self-harm",
      emergencyInfoKey: "emergency.self-harm",
      priority: "immediate",
    });
  });

  const everyday = [
    "How do I register a death and get a death certificate?",
    "I need to renew my driving licence before it expires.",
    "The court ordered the seizure of my car, how do I appeal?",
    "Comment obtenir un acte de décès ?",
    "Der Antrag wurde entfernt, was nun?",
  ];
  for (const text of everyday) {
    it(`passes: ${text}`, () => assert.equal(detectEmergency(text).verdict, "pass"));
  }
});

it("hands someone without a roof tonight to a person, but not a general question about homelessness", () => {
  for (const text of [
    "I am sleeping on the street tonight, I have nowhere to go",
    "Je dors dans la rue depuis hier soir",
    "Duermo en la calle desde el lunes",
    "Estou sem abrigo e não tenho onde dormir",
  ]) {
    const verdict = detectEmergency(text);
    assert.equal(verdict.verdict, "handoff", text);
    if (verdict.verdict === "handoff" && "category" in verdict)
      assert.equal(verdict.category, "homelessness");
  }
  assert.equal(detectEmergency("What help is there for people who are homeless?").verdict, "pass");
});
