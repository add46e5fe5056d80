import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkReadability } from "./check-readability.ts";
import { countSyllables } from "./count-syllables.ts";
import { readabilityGrade } from "./readability-grade.ts";

const plain =
  "You can renew your card online. It takes ten minutes. You need a photo. We send the card by post.";
const dense =
  "Applicants requesting administrative reconsideration of unfavourable determinations must substantiate their eligibility notwithstanding procedural irregularities attributable to intermediary organisations, documentation deficiencies, and jurisdictional considerations.";

describe("readability", () => {
  it("counts English syllables approximately", () => {
    assert.equal(countSyllables("renew", "en"), 2);
    assert.equal(countSyllables("make", "en"), 1);
    assert.equal(countSyllables("table", "en"), 2);
    assert.equal(countSyllables("administrative", "en"), 5);
  });

  it("orders plain and dense English as expected", () => {
    const easy = readabilityGrade(plain, "en");
    const hard = readabilityGrade(dense, "en");
    assert.ok(easy.measured && hard.measured);
    if (!easy.measured || !hard.measured) return;
    assert.equal(easy.method, "flesch-kincaid");
    assert.ok(easy.grade < 4, `plain grade ${easy.grade}`);
    assert.ok(hard.grade > 16, `dense grade ${hard.grade}`);
  });

  const pairs: [string, string, string][] = [
    [
      "fr",
      "Vous pouvez faire la demande en ligne. Cela prend dix minutes. Il faut une photo.",
      "Les demandeurs sollicitant un réexamen administratif des décisions défavorables doivent justifier leur admissibilité nonobstant les irrégularités procédurales imputables aux organisations intermédiaires.",
    ],
    [
      "es",
      "Puede pedir la tarjeta en línea. Tarda diez minutos. Necesita una foto.",
      "Los solicitantes que requieran la reconsideración administrativa de resoluciones desfavorables deberán acreditar su admisibilidad independientemente de irregularidades procedimentales atribuibles a organizaciones intermediarias.",
    ],
    [
      "de",
      "Sie können den Antrag online stellen. Das dauert zehn Minuten. Sie brauchen ein Foto.",
      "Antragstellende, die eine verwaltungsrechtliche Überprüfung nachteiliger Entscheidungen beantragen, müssen ihre Anspruchsberechtigung ungeachtet verfahrensrechtlicher Unregelmäßigkeiten zwischengeschalteter Organisationen nachweisen.",
    ],
    [
      "pt",
      "Pode pedir o cartão na internet. Leva dez minutos. Precisa de uma foto.",
      "Os requerentes que solicitem a reconsideração administrativa de decisões desfavoráveis deverão comprovar a sua elegibilidade independentemente de irregularidades processuais atribuíveis a organizações intermediárias.",
    ],
  ];
  for (const [language, easyText, hardText] of pairs) {
    it(`grades plain ${language} below dense ${language}`, () => {
      const easy = readabilityGrade(easyText, language);
      const hard = readabilityGrade(hardText, language);
      assert.ok(easy.measured && hard.measured);
      if (!easy.measured || !hard.measured) return;
      assert.ok(easy.grade + 5 < hard.grade, `${language}: ${easy.grade} vs ${hard.grade}`);
    });
  }

  it("flags a draft above the service's target, passes one below", () => {
    assert.equal(checkReadability(plain, "en", 8).verdict, "pass");
    const flagged = checkReadability(dense, "en", 8);
    assert.equal(flagged.verdict, "flag");
  });

  it("says when it cannot measure", () => {
    assert.deepEqual(checkReadability("مرحبا بكم في الخدمة الرقمية للبلدية", "ar", 8), {
      verdict: "not-measured",
      reason: "unsupported-language",
    });
    assert.deepEqual(checkReadability("Yes.", "en", 8), { verdict: "not-measured", reason: "too-short" });
  });
});
