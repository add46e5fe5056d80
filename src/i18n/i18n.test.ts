import assert from "node:assert/strict";
import { test } from "node:test";
import { IntlMessageFormat } from "intl-messageformat";
import { catalogue, LOCALES, negotiateLocale, translator } from "./index.ts";

test("French is complete: every English message has a French one", () => {
  const english = Object.keys(catalogue("en"));
  const french = new Set(Object.keys(catalogue("fr")));
  const missing = english.filter((key) => !french.has(key));
  assert.deepEqual(missing, []);
});

test("no catalogue has a message that English lacks, and every message is valid ICU", () => {
  const english = new Set(Object.keys(catalogue("en")));
  for (const locale of LOCALES) {
    for (const [key, message] of Object.entries(catalogue(locale))) {
      assert.ok(english.has(key), `${locale}: ${key} is not in the English catalogue`);
      assert.doesNotThrow(() => new IntlMessageFormat(message, locale), `${locale}: ${key}`);
    }
  }
});

test("messages format with plurals; Arabic is right-to-left and falls back to English", () => {
  assert.equal(translator("en").t("staff.ledgerOk", { count: 1 }), "The ledger is intact: 1 event checked.");
  assert.match(translator("fr").t("staff.ledgerOk", { count: 3 }), /3 événements vérifiés/);
  const arabic = translator("ar");
  assert.equal(arabic.direction, "rtl");
  assert.equal(arabic.t("home.title"), catalogue("ar")["home.title"]);
  assert.equal(arabic.t("staff.title"), catalogue("en")["staff.title"]);
  assert.equal(translator("en").t("no.such.key"), "no.such.key");
});

test("Accept-Language negotiation picks the best supported language", () => {
  assert.equal(negotiateLocale("de-DE, fr;q=0.8, en;q=0.5"), "fr");
  assert.equal(negotiateLocale("ar-MA"), "ar");
  assert.equal(negotiateLocale("zh-CN"), "en");
  assert.equal(negotiateLocale(undefined), "en");
});
