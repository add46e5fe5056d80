import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectLanguage } from "./detect-language.ts";

const ALL = ["en", "fr", "es", "de", "pt", "ar"];

describe("detectLanguage", () => {
  const samples: [string, string][] = [
    ["en", "I would like to renew my passport before travelling abroad next month."],
    ["fr", "Je voudrais renouveler mon passeport avant de partir à l'étranger le mois prochain."],
    ["es", "Quisiera renovar mi pasaporte antes de viajar al extranjero el próximo mes."],
    ["de", "Ich möchte meinen Reisepass erneuern, bevor ich nächsten Monat ins Ausland reise."],
    ["pt", "Gostaria de renovar o meu passaporte antes de viajar para o estrangeiro no próximo mês."],
    ["ar", "أود تجديد جواز سفري قبل السفر إلى الخارج الشهر المقبل."],
  ];
  for (const [expected, text] of samples) {
    it(`detects ${expected}`, () => {
      const result = detectLanguage(text, ALL);
      assert.equal(result.language, expected);
      assert.equal(result.fallback, false);
      assert.ok(result.confidence > 0 && result.confidence <= 1);
    });
  }

  it("falls back to the default for very short text and says so", () => {
    assert.deepEqual(detectLanguage("ok", ALL, { defaultLanguage: "fr" }), {
      language: "fr",
      confidence: 0,
      fallback: true,
    });
    assert.equal(detectLanguage("  ", ["de", "en"]).language, "de");
  });

  it("recognises Arabic script even in a couple of words", () => {
    assert.deepEqual(detectLanguage("شكرا جزيلا", ALL), { language: "ar", confidence: 1, fallback: false });
  });

  it("only answers with a supported language", () => {
    const result = detectLanguage("Quisiera renovar mi pasaporte antes de viajar al extranjero.", [
      "en",
      "fr",
    ]);
    assert.ok(["en", "fr"].includes(result.language));
  });

  it("accepts region subtags in the supported list", () => {
    const result = detectLanguage("Gostaria de renovar o meu passaporte antes de viajar.", [
      "pt-BR",
      "en-GB",
    ]);
    assert.equal(result.language, "pt");
  });
});
